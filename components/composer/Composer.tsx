"use client";

import { useRef, useState, useSyncExternalStore } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { TActionChannel } from "@/lib/letters/action-channels";
import { channelsForContact } from "@/lib/letters/channels";
import { renderTemplate } from "@/lib/letters/merge-fields";
import { phoneToCall } from "@/lib/letters/phone";
import { fillNodes } from "@/components/ui/fill-nodes";
import { fill } from "@/lib/text/fill";
import { formatNumberIn } from "@/lib/i18n/languages";
import { withSentence } from "@/lib/letters/with-sentence";
import { AboutYou } from "./AboutYou";
import { EmailChannel } from "./EmailChannel";
import { CopyChannel, PhoneChannel, PostChannel, WebsiteChannel } from "./OtherChannels";
import { PrintLetter } from "./PrintLetter";
import { postAction } from "./record-action";
import { ThankYou } from "./ThankYou";
import type { TComposerProps } from "./types";
import { setAsUnicode } from "./unicode-input";

// One draw per page load, so every render of the composer agrees on it.
const PAGE_DRAW = Math.random();
const noSubscription = () => () => {};
const browserDraw = () => PAGE_DRAW;
const serverDraw = () => -1; // no draw on the server: the first letter, until hydrated

/**
 * The message composer: the page's one piece of client JavaScript. As the supporter types, their
 * name, town, address and words stay in the browser; only "a channel was used for this target" is
 * sent. It is also a plain form: "Make my letter" posts it to /api/letter (app/api/letter/route.ts),
 * which answers with the letter to print, an email link and the text to copy, kept nowhere. That is
 * the whole composer without JavaScript, where the buttons that need it are not drawn. Burmese typed
 * in Zawgyi is converted in every field (here, and on the server for the form).
 */
export function Composer(props: TComposerProps) {
  const { lang, words: t, country, targets, letters, whyExamples, inBriefing, share } = props;
  const [chosenLetter, setChosenLetter] = useState<number | null>(null);
  const [why, setWhy] = useState("");
  const [targetId, setTargetId] = useState(targets[0]?.id ?? "");
  const [name, setName] = useState("");
  const [town, setTown] = useState("");
  const [senderAddress, setSenderAddress] = useState("");
  const [editedSubject, setEditedSubject] = useState<string | null>(null);
  const [editedBody, setEditedBody] = useState<string | null>(null);
  // What the supporter typed, as typed (a Zawgyi phone shows it right); the letter gets it in Unicode.
  const [whyTyped, setWhyTyped] = useState("");
  const [subjectTyped, setSubjectTyped] = useState<string | null>(null);
  const [bodyTyped, setBodyTyped] = useState<string | null>(null);
  const [result, setResult] = useState<{ count?: number; error?: string } | null>(null);
  const hydrated = useHydrated();
  // Each channel counts once per visit and target, however often its button is pressed.
  const recorded = useRef(new Set<string>());
  // A letter at random per visitor, so embassies do not receive one text many times over. Drawn in
  // the browser: the cached page is the same for everyone (and shows the first without JavaScript).
  const draw = useSyncExternalStore(noSubscription, browserDraw, serverDraw);
  const letterIndex = chosenLetter ?? (draw < 0 ? 0 : Math.floor(draw * letters.length));
  const template = letters[letterIndex] ?? letters[0];
  const target = targets.find((t) => t.id === targetId) ?? targets[0];
  if (!target || !template) return null;

  const values = { target_name: target.name, country_name: country.name, supporter_name: name, supporter_town: town };
  const subject = editedSubject ?? renderTemplate(template.subject, values);
  const suggested = withSentence(renderTemplate(template.body, values), why);
  const body = editedBody ?? suggested;
  const personalised =
    why.trim() !== "" || (editedBody !== null && editedBody.trim() !== renderTemplate(template.body, values).trim());
  const channels = channelsForContact(target);
  const phone = phoneToCall(target.phone);
  // What stays in English (the letter, the contact's details, the phone script) says so on other pages.
  const english = lang === "en" ? undefined : "en-GB";
  async function act(channel: TActionChannel) {
    const key = `${target.id}:${channel}`;
    if (recorded.current.has(key)) return;
    recorded.current.add(key);
    setResult(await postAction(country.slug, target.id, channel));
  }

  return (
    <form className="composer" data-testid="composer" method="post" action="/api/letter">
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="country" value={country.slug} />
      <input type="hidden" name="letter" value={template.id} />
      <AboutYou words={t} setName={setName} setTown={setTown} />

      <fieldset>
        <legend>{t.yourMessage}</legend>
        {targets.length > 1 ? (
          <div className="field">
            <label htmlFor="target">{t.sendTo}</label>
            <select
              id="target"
              name="target"
              value={target.id}
              onChange={(e) => setTargetId(e.target.value)}
              lang={english}
            >
              {targets.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <p>
            {t.to} <strong lang={english}>{target.name}</strong>
            <input type="hidden" name="target" value={target.id} />
          </p>
        )}
        {!target.verified ? (
          <p className="flag flag-unverified">
            <strong>{t.unverifiedStrong}</strong>{" "}
            {fillNodes(t.unverified, { sources: <a href="#contacts-heading">{t.seeSources}</a> })}
          </p>
        ) : null}
        {letters.length > 1 ? (
          <p
            className="note"
            data-testid="letter-choice"
            data-letter={template.id}
            data-drawn={draw < 0 ? "server" : "browser"}
          >
            {fill(t.letterOf, {
              number: formatNumberIn(lang, letterIndex + 1),
              count: formatNumberIn(lang, letters.length),
            })}{" "}
            {hydrated ? (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setChosenLetter((letterIndex + 1) % letters.length);
                  setEditedBody(null);
                  setEditedSubject(null);
                  setBodyTyped(null);
                  setSubjectTyped(null);
                }}
              >
                {t.otherLetter}
              </button>
            ) : null}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="why-i-care">{t.why}</label>
          <textarea
            id="why-i-care"
            name="sentence"
            rows={2}
            maxLength={600}
            value={whyTyped}
            aria-describedby="why-examples"
            onChange={(e) => {
              setWhyTyped(e.currentTarget.value);
              void setAsUnicode(e.currentTarget, setWhy);
            }}
          />
          <details id="why-examples">
            <summary>{t.whyIdeas}</summary>
            {/* Ideas only, in the letter's language: nothing puts a claim about the supporter into a letter
                sent in their name that they did not write themselves. */}
            <p className="note">{t.whyOwnWords}</p>
            <ul className="why-examples" lang={english}>
              {whyExamples.map((example) => (
                <li key={example}>{example}</li>
              ))}
            </ul>
          </details>
        </div>
        <div className="field">
          <label htmlFor="message-subject">{t.subject}</label>
          <input
            id="message-subject"
            name="subject"
            lang={english}
            maxLength={200}
            value={subjectTyped ?? subject}
            onChange={(e) => {
              setSubjectTyped(e.currentTarget.value);
              void setAsUnicode(e.currentTarget, setEditedSubject);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="message-body">{t.message}</label>
          <textarea
            id="message-body"
            name="body"
            lang={english}
            rows={16}
            maxLength={5000}
            value={bodyTyped ?? body}
            aria-describedby="message-help message-count"
            onChange={(e) => {
              setBodyTyped(e.currentTarget.value);
              void setAsUnicode(e.currentTarget, setEditedBody);
            }}
          />
          <p id="message-count" className="note" data-testid="char-count">
            {fill(t.characters, { count: formatNumberIn(lang, body.length) })}
          </p>
          <p id="message-help" className={personalised ? "note" : "tip"} data-testid="personalise-tip">
            {personalised ? t.personalised : t.tip}
          </p>
          {hydrated && (editedBody !== null || editedSubject !== null) ? (
            <p className="note">
              {t.edited}{" "}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setEditedBody(null);
                  setEditedSubject(null);
                  setBodyTyped(null);
                  setSubjectTyped(null);
                }}
              >
                {t.reset}
              </button>
            </p>
          ) : null}
        </div>
      </fieldset>

      <div className="make-letter">
        <button type="submit" className="button button-primary" data-testid="make-letter">
          {t.makeLetter}
        </button>
        <p className="note">{t.makeLetterNote}</p>
      </div>

      <section aria-labelledby="send-heading">
        <h3 id="send-heading">{t.sendHeading}</h3>
        {/* Above the channels, not below them all: in view of the button just used (focus moves to it). */}
        <ThankYou lang={lang} words={t} result={result} targetName={target.name} share={share} />
        {channels.includes("email") ? (
          <EmailChannel words={t} emails={target.emails} subject={subject} body={body} onAct={act} />
        ) : null}
        {channels.includes("webform") && target.website ? (
          <WebsiteChannel
            words={t}
            english={english}
            website={target.website}
            missionKind={target.missionKind}
            subject={subject}
            body={body}
            onAct={act}
          />
        ) : null}
        {channels.includes("post") && target.address ? (
          <PostChannel
            words={t}
            english={english}
            address={target.address}
            senderAddress={senderAddress}
            setSenderAddress={setSenderAddress}
            onAct={act}
          />
        ) : null}
        {phone && target.phone ? (
          <PhoneChannel
            words={t}
            english={english}
            phone={phone}
            phoneText={target.phone}
            caution={target.phoneCaution}
            onAct={act}
            script={
              `Hello, my name is ${name.trim() || "…"}. ` +
              (inBriefing
                ? `In March 2021 Burma Campaign UK named ${country.name} among the countries involved in military ` +
                  "training and/or cooperation with the Burmese military, which seized power in a coup that February. "
                : "") +
              `I am calling to ask the government of ${country.name} to end any military training and ` +
              "cooperation with the Burmese military, and to say so publicly. Please pass my message to the " +
              `${target.headOfMission}. Thank you.`
            }
          />
        ) : null}
        <CopyChannel words={t} english={english} subject={subject} body={body} onAct={act} />
      </section>

      {target.address ? (
        <PrintLetter
          senderName={name.trim()}
          senderAddress={senderAddress.trim()}
          senderTown={town.trim()}
          recipientName={target.name}
          recipientAddress={target.address}
          subject={subject}
          body={body}
        />
      ) : null}
    </form>
  );
}
