"use client";

import { useActionState } from "react";
import { startDonationAction } from "@/app/[lang]/donate/actions";
import { fill } from "@/lib/text/fill";
import type { TFormState } from "@/lib/forms/form-state";
import type { TLang } from "@/lib/i18n/languages";
import type { TMessages } from "@/lib/i18n/messages/en";

type TProps = {
  /** The form's words in the page's language (lib/i18n/messages), handed over by the server. */
  words: TMessages["donate"]["form"];
  lang: TLang;
  /** The page's own address, recorded with the gift. */
  sourcePath: string;
  presets: { minor: number; label: string }[];
  boundsText: string;
  giftAid: boolean;
  /** On other languages' pages: the English declaration, which is what a gift records (its version). */
  declarationOfRecord?: string;
};

/** Choose frequency and amount (and Gift Aid), then go to Stripe's checkout. Works without JavaScript. */
export function DonateForm(props: TProps) {
  const { words: t, lang, sourcePath, presets, boundsText, giftAid, declarationOfRecord } = props;
  const [state, formAction, pending] = useActionState<TFormState, FormData>(startDonationAction, {
    status: "idle",
  });
  const errors = state.status === "error" ? (state.fields ?? {}) : {};
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const error = (name: string) =>
    errors[name] ? (
      <p className="field-error" id={`${name}-error`}>
        {errors[name]}
      </p>
    ) : null;
  const described = (name: string) =>
    errors[name] ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {};
  const textField = (name: string, label: string, autoComplete: string, maxLength: number) => (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {error(name)}
      <input
        id={name}
        name={name}
        autoComplete={autoComplete}
        maxLength={maxLength}
        defaultValue={values[name] ?? ""}
        {...described(name)}
      />
    </div>
  );
  return (
    <form action={formAction} className="donate-form" data-testid="donate-form" key={JSON.stringify(values)}>
      {state.status === "error" ? (
        <p className="form-error" role="alert" data-testid="donate-error">
          {state.message}
        </p>
      ) : null}
      <fieldset>
        <legend>{t.howOften}</legend>
        <label className="choice">
          <input type="radio" name="frequency" value="ONE_OFF" defaultChecked={values.frequency !== "MONTHLY"} />{" "}
          {t.once}
        </label>
        <label className="choice">
          <input type="radio" name="frequency" value="MONTHLY" defaultChecked={values.frequency === "MONTHLY"} />{" "}
          {t.monthly}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t.howMuch}</legend>
        {error("amount")}
        {presets.map((p, i) => (
          <label className="choice" key={p.minor}>
            <input
              type="radio"
              name="amount"
              value={String(p.minor)}
              defaultChecked={values.amount ? values.amount === String(p.minor) : i === 1}
            />{" "}
            {p.label}
          </label>
        ))}
        <label className="choice">
          <input type="radio" name="amount" value="custom" defaultChecked={values.amount === "custom"} /> {t.another}
        </label>
        <div className="field">
          <label htmlFor="customAmount">{fill(t.customAmount, { bounds: boundsText })}</label>
          {error("customAmount")}
          <input
            id="customAmount"
            name="customAmount"
            inputMode="decimal"
            maxLength={12}
            defaultValue={values.customAmount ?? ""}
            {...described("customAmount")}
          />
        </div>
      </fieldset>
      {giftAid ? (
        <fieldset>
          <legend>{t.giftAidLegend}</legend>
          <p className="note">{t.giftAidAdds}</p>
          <div className="field checkbox">
            <input type="checkbox" id="giftAid" name="giftAid" defaultChecked={values.giftAid === "on"} />
            <label htmlFor="giftAid">{t.giftAidDeclaration}</label>
          </div>
          {declarationOfRecord ? (
            <p className="note" data-testid="gift-aid-of-record">
              {t.giftAidOfRecord} <span lang="en-GB">{declarationOfRecord}</span>
            </p>
          ) : null}
          <p className="note">{t.giftAidAddress}</p>
          {textField("giftAidTitle", t.giftAidTitle, "honorific-prefix", 4)}
          {textField("giftAidFirstName", t.firstName, "given-name", 35)}
          {textField("giftAidLastName", t.lastName, "family-name", 35)}
          {textField("giftAidHouse", t.house, "address-line1", 40)}
          {textField("giftAidPostcode", t.postcode, "postal-code", 10)}
        </fieldset>
      ) : null}
      <input type="hidden" name="sourcePath" value={sourcePath} />
      <input type="hidden" name="lang" value={lang} />
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? t.pending : t.submit}
      </button>
      <p className="note">{t.stripeNote}</p>
    </form>
  );
}
