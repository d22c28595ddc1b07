"use client";

import { useActionState } from "react";
import { startDonationAction } from "@/app/(public)/donate/actions";
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
          <div className="field">
            <label htmlFor="giftAidName">Full name</label>
            {error("giftAidName")}
            <input
              id="giftAidName"
              name="giftAidName"
              autoComplete="name"
              maxLength={100}
              defaultValue={values.giftAidName ?? ""}
              {...described("giftAidName")}
            />
          </div>
          <div className="field">
            <label htmlFor="giftAidAddress">Home address</label>
            {error("giftAidAddress")}
            <textarea
              id="giftAidAddress"
              name="giftAidAddress"
              rows={3}
              maxLength={300}
              autoComplete="street-address"
              defaultValue={values.giftAidAddress ?? ""}
              {...described("giftAidAddress")}
            />
          </div>
          <div className="field">
            <label htmlFor="giftAidPostcode">Postcode</label>
            {error("giftAidPostcode")}
            <input
              id="giftAidPostcode"
              name="giftAidPostcode"
              autoComplete="postal-code"
              maxLength={10}
              defaultValue={values.giftAidPostcode ?? ""}
              {...described("giftAidPostcode")}
            />
          </div>
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
