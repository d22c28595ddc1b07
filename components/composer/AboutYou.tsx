"use client";
import type { TComposerProps } from "./types";
import { setAsUnicode } from "./unicode-input";

/** The composer's "about you": the supporter's name and town, kept in the browser (Zawgyi converted). */
export function AboutYou(props: {
  words: TComposerProps["words"];
  setName: (value: string) => void;
  setTown: (value: string) => void;
}) {
  const { words: t, setName, setTown } = props;
  return (
    <fieldset>
      <legend>{t.aboutYou}</legend>
      <p className="note">{t.aboutYouNote}</p>
      <div className="field">
        <label htmlFor="supporter-name">{t.name}</label>
        <input
          id="supporter-name"
          name="name"
          autoComplete="name"
          maxLength={100}
          onChange={(e) => setAsUnicode(e.currentTarget, setName)}
        />
      </div>
      <div className="field">
        <label htmlFor="supporter-town">{t.town}</label>
        <input
          id="supporter-town"
          name="town"
          autoComplete="address-level2"
          maxLength={100}
          onChange={(e) => setAsUnicode(e.currentTarget, setTown)}
        />
      </div>
    </fieldset>
  );
}
