"use client";

import Link from "next/link";
import { useActionState, type ReactNode } from "react";
import { signPetitionAction } from "@/app/(public)/petition/actions";
import { CONSENT_NOTICES, CURRENT_CONSENT_VERSION } from "@/lib/petition/consent";
import type { TFormState } from "@/lib/forms/form-state";
import { PartnerLink } from "../embed/PartnerLink";

type TProps = {
  idPrefix: string;
  sourcePath: string;
  sourceCountry?: string;
  countries: { code: string; name: string }[];
  /** Issued by the server when it rendered the page (lib/petition/form-token.ts), for the fill-time rule. */
  formToken: string;
  /** The page's share links (rendered on the server), offered once the signature is received. */
  share: ReactNode;
  /** In a partner's frame (/embed/…): links open our site in a new tab, never inside the frame. */
  embedded?: boolean;
};

/**
 * The signing form. A plain form post that works with JavaScript off (the server action answers
 * with the page and this state); with it on, the page does not reload.
 */
export function SignForm({ idPrefix, sourcePath, sourceCountry, countries, formToken, share, embedded }: TProps) {
  const [state, formAction, pending] = useActionState<TFormState, FormData>(signPetitionAction, { status: "idle" });
  const notice = CONSENT_NOTICES[CURRENT_CONSENT_VERSION];
  const id = (name: string) => `${idPrefix}-${name}`;
  const link = (href: string, text: string) =>
    embedded ? <PartnerLink href={href}>{text}</PartnerLink> : <Link href={href}>{text}</Link>;

  if (state.status === "ok") {
    return (
      <div className="sign-result" role="status" data-testid="sign-result">
        <p>
          <strong>{state.message}</strong>
        </p>
        <p>Could you also {link("/donate", "give to the campaign")}, and ask others to sign?</p>
        {share}
      </div>
    );
  }
  const errors = state.status === "error" ? (state.fields ?? {}) : {};
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
    <form action={formAction} className="sign-form" data-testid="sign-form" key={JSON.stringify(values)} noValidate>
      {state.status === "error" ? (
        <p className="form-error" role="alert" data-testid="sign-error">
          {state.message}
        </p>
      ) : null}
      {field("firstName", "First name", { autoComplete: "given-name", maxLength: 50, required: true })}
      {field("lastName", "Last name", { autoComplete: "family-name", maxLength: 50, required: true })}
      {field("email", "Email address", { type: "email", autoComplete: "email", maxLength: 254, required: true })}
      <div className="field">
        <label htmlFor={id("country")}>Country</label>
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
      {field("postcode", "Postcode (optional)", { autoComplete: "postal-code", maxLength: 12 })}
      <div className="field checkbox">
        <input
          type="checkbox"
          id={id("handInConsent")}
          name="handInConsent"
          defaultChecked={values.handInConsent === "on"}
        />
        <label htmlFor={id("handInConsent")}>{notice.handIn}</label>
      </div>
      <div className="field checkbox">
        <input type="checkbox" id={id("optIn")} name="optIn" defaultChecked={values.optIn === "on"} />
        <label htmlFor={id("optIn")}>{notice.optIn}</label>
      </div>
      <p className="note">
        {notice.notice} {link("/privacy", "Our privacy notice")}.
      </p>
      <div className="hp" aria-hidden="true">
        <label htmlFor={id("website")}>Leave this field empty</label>
        <input id={id("website")} name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <input type="hidden" name="formToken" value={values.formToken || formToken} />
      <input type="hidden" name="sourcePath" value={sourcePath} />
      {sourceCountry ? <input type="hidden" name="sourceCountry" value={sourceCountry} /> : null}
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? "Signing…" : "Sign the petition"}
      </button>
    </form>
  );
}
