"use client";

import { useActionState } from "react";
import { startDonationAction } from "@/app/[lang]/donate/actions";
import type { TFormState } from "@/lib/forms/form-state";

type TProps = {
  presets: { minor: number; label: string }[];
  boundsText: string;
  giftAidDeclaration: string | null;
};

/** Choose frequency and amount (and Gift Aid), then go to Stripe's checkout. Works without JavaScript. */
export function DonateForm({ presets, boundsText, giftAidDeclaration }: TProps) {
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
        <legend>How often?</legend>
        <label className="choice">
          <input type="radio" name="frequency" value="ONE_OFF" defaultChecked={values.frequency !== "MONTHLY"} /> Once
        </label>
        <label className="choice">
          <input type="radio" name="frequency" value="MONTHLY" defaultChecked={values.frequency === "MONTHLY"} /> Every
          month
        </label>
      </fieldset>
      <fieldset>
        <legend>How much?</legend>
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
          <input type="radio" name="amount" value="custom" defaultChecked={values.amount === "custom"} /> Another amount
        </label>
        <div className="field">
          <label htmlFor="customAmount">Your amount in pounds ({boundsText})</label>
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
      {giftAidDeclaration ? (
        <fieldset>
          <legend>Gift Aid (UK taxpayers)</legend>
          <p className="note">Gift Aid adds 25p to every £1 you give, at no cost to you.</p>
          <div className="field checkbox">
            <input type="checkbox" id="giftAid" name="giftAid" defaultChecked={values.giftAid === "on"} />
            <label htmlFor="giftAid">{giftAidDeclaration}</label>
          </div>
          <p className="note">
            HMRC needs your name and home address for Gift Aid: the house name or number and the postcode are enough.
          </p>
          {textField("giftAidTitle", "Title (optional, such as Ms or Dr)", "honorific-prefix", 4)}
          {textField("giftAidFirstName", "First name", "given-name", 35)}
          {textField("giftAidLastName", "Last name", "family-name", 35)}
          {textField("giftAidHouse", "House name or number", "address-line1", 40)}
          {textField("giftAidPostcode", "Postcode", "postal-code", 10)}
        </fieldset>
      ) : null}
      <input type="hidden" name="sourcePath" value="/donate" />
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? "Opening secure checkout…" : "Continue to secure payment"}
      </button>
      <p className="note">You pay on Stripe&apos;s secure page; we never see your card details.</p>
    </form>
  );
}
