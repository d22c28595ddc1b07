"use client";

import { useActionState, useEffect, useRef, useSyncExternalStore, type ReactNode } from "react";
import { PageLink as Link } from "@/components/ui/PageLink";
import { signPetitionAction } from "@/app/[lang]/petition/actions";
import type { TFormState } from "@/lib/forms/form-state";
import { PartnerLink } from "../embed/PartnerLink";
import { useChallengeAnswer } from "./use-challenge-answer";
import type { TLang } from "@/lib/i18n/languages";
import type { TMessages } from "@/lib/i18n/messages/en";

type TProps = {
  idPrefix: string;
  /** The page's language: the server answers in it (lib/i18n/localise-reason.ts). */
  lang: TLang;
  /** The form's words in the page's language (lib/i18n/messages), handed over by the server. */
  words: TMessages["sign"];
  donatePath: string;
  privacyPath: string;
  sourcePath: string;
  sourceCountry?: string;
  countries: { code: string; name: string }[];
  /** Issued by the server when it rendered the page (lib/petition/form-token.ts), for the fill-time rule. */
  formToken: string;
  /** The page's share links (rendered on the server), offered once the signature is received. */
  share: ReactNode;
  /**
   * In a partner's frame (/embed/…): links open our site in a new tab, never inside the frame, and
   * say so in the frame's language.
   */
  embedded?: { newTab: string };
};

// Nothing to subscribe to: the snapshot differs only between the server's render and the browser's.
const noSubscription = () => () => {};

/**
 * The signing form. A plain form post that works with JavaScript off (the server action answers
 * with the page and this state); with it on, the page does not reload.
 */
export function SignForm(props: TProps) {
  const { idPrefix, words: t, donatePath, privacyPath, sourcePath, sourceCountry, countries, formToken, share } = props;
  const { embedded, lang } = props;
  const [state, formAction, pending] = useActionState<TFormState, FormData>(signPetitionAction, { status: "idle" });
  // Above the signing limits the server asks for a proof of work, which the page solves by itself;
  // a form posted without JavaScript says so ("html") and is let through up to a lower cap instead.
  const formRef = useRef<HTMLFormElement>(null);
  const solving = useChallengeAnswer(state, formRef);
  const client = useSyncExternalStore(
    noSubscription,
    () => "js",
    () => "html",
  );
  const checking = state.status === "error" && state.code === "CHALLENGE_REQUIRED";
  const [before, after] = t.askDonate.split("{link}");
  const id = (name: string) => `${idPrefix}-${name}`;
  // The answer replaces the (taller) form: focus takes the reader and the screen to it. Without
  // JavaScript the answer page's autoFocus does the same.
  const answer = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "ok") answer.current?.focus();
  }, [state]);
  const link = (href: string, text: string) =>
    embedded ? (
      <PartnerLink href={href} newTab={embedded.newTab}>
        {text}
      </PartnerLink>
    ) : (
      <Link href={href}>{text}</Link>
    );

  if (state.status === "ok") {
    return (
      <div className="sign-result" role="status" data-testid="sign-result" tabIndex={-1} ref={answer} autoFocus>
        <p>
          <strong>{state.message}</strong>
        </p>
        <p>
          {before}
          {link(donatePath, t.donateLink)}
          {after}
        </p>
        {share}
      </div>
    );
  }
  const errors: Record<string, string> = state.status === "error" ? (state.fields ?? {}) : {};
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const field = (name: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement>) => (
    <div className="field">
      <label htmlFor={id(name)}>{label}</label>
      {errors[name] ? (
        <p className="field-error" id={id(`${name}-error`)}>
          {errors[name]}
        </p>
      ) : null}
      <input
        id={id(name)}
        name={name}
        defaultValue={values[name] ?? ""}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? id(`${name}-error`) : undefined}
        {...props}
      />
    </div>
  );
  // key: after an answer the fields are re-created, so the echoed values show with JavaScript on too.
  return (
    <form
      ref={formRef}
      action={formAction}
      id={id("form")}
      className="sign-form"
      data-testid="sign-form"
      key={JSON.stringify(values)}
      noValidate
    >
      {checking ? (
        <p className="note" role="status" data-testid="sign-checking">
          {state.message}
        </p>
      ) : state.status === "error" ? (
        <p className="form-error" role="alert" data-testid="sign-error">
          {state.message}
        </p>
      ) : null}
      {field("firstName", t.firstName, { autoComplete: "given-name", maxLength: 50, required: true })}
      {field("lastName", t.lastName, { autoComplete: "family-name", maxLength: 50, required: true })}
      {field("email", t.email, { type: "email", autoComplete: "email", maxLength: 254, required: true })}
      <div className="field">
        <label htmlFor={id("country")}>{t.country}</label>
        {errors.country ? (
          <p className="field-error" id={id("country-error")}>
            {errors.country}
          </p>
        ) : null}
        <select
          id={id("country")}
          name="country"
          defaultValue={values.country || "GB"}
          autoComplete="country"
          aria-invalid={errors.country ? true : undefined}
          aria-describedby={errors.country ? id("country-error") : undefined}
        >
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      {field("postcode", t.postcode, { autoComplete: "postal-code", maxLength: 12 })}
      <div className="field checkbox">
        <input
          type="checkbox"
          id={id("handInConsent")}
          name="handInConsent"
          defaultChecked={values.handInConsent === "on"}
        />
        <label htmlFor={id("handInConsent")}>{t.handIn}</label>
      </div>
      <div className="field checkbox">
        <input type="checkbox" id={id("optIn")} name="optIn" defaultChecked={values.optIn === "on"} />
        <label htmlFor={id("optIn")}>{t.optIn}</label>
      </div>
      <p className="note">
        {t.notice} {link(privacyPath, t.privacyLink)}.
      </p>
      <div className="hp" aria-hidden="true">
        <label htmlFor={id("website")}>{t.honeypot}</label>
        <input id={id("website")} name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="client" value={client} />
      <input type="hidden" name="altcha" defaultValue="" />
      <input type="hidden" name="formToken" value={values.formToken || formToken} />
      <input type="hidden" name="sourcePath" value={sourcePath} />
      {sourceCountry ? <input type="hidden" name="sourceCountry" value={sourceCountry} /> : null}
      <button type="submit" className="button button-primary" disabled={pending || solving}>
        {pending ? t.pending : t.submit}
      </button>
    </form>
  );
}
