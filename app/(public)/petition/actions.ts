"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { userErrorOf } from "@/lib/errors";
import { formStrings } from "@/lib/http/form-strings";
import { confirmSignature } from "@/lib/petition/confirm-signature";
import { eraseSignatureByToken } from "@/lib/petition/erase-signature";
import { fieldErrors, ZSignPetitionInput } from "@/lib/petition/sign-input";
import { SIGN_RECEIVED_MESSAGE, signPetition } from "@/lib/petition/sign-petition";
import { signContextFrom } from "@/lib/petition/sign-context";
import type { TSignFormState } from "@/components/petition/sign-form-state";

const ECHOED = [
  "firstName",
  "lastName",
  "email",
  "country",
  "postcode",
  "optIn",
  "handInConsent",
  "formToken",
] as const;

// Public: anyone may sign. Parsed with zod here; rate limits and dedupe are in lib/petition.
export async function signPetitionAction(_previous: TSignFormState, formData: FormData): Promise<TSignFormState> {
  const raw = formStrings(formData);
  const values = Object.fromEntries(ECHOED.map((key) => [key, (raw[key] ?? "").slice(0, 300)]));
  const parsed = ZSignPetitionInput.safeParse(raw);
  if (!parsed.success) {
    return {
      status: "error",
      message: "Please check the highlighted details.",
      fields: fieldErrors(parsed.error),
      values,
    };
  }
  try {
    // The same answer whatever the outcome: it must not tell anyone whether this address had signed.
    await signPetition(getDb(), parsed.data, signContextFrom(await headers()));
    return { status: "ok", message: SIGN_RECEIVED_MESSAGE };
  } catch (error) {
    const userError = userErrorOf(error);
    if (userError) return { status: "error", message: userError.message, values };
    console.error(error);
    return {
      status: "error",
      message: "Something went wrong on our side and your signature was not saved. Please try again in a minute.",
      values,
    };
  }
}

const token = (formData: FormData) => {
  const value = formData.get("token");
  return typeof value === "string" ? value.slice(0, 200) : "";
};

// Public: holding the emailed token is the permission. A GET of the page confirms nothing.
export async function confirmSignatureAction(formData: FormData) {
  const state = await confirmSignature(getDb(), token(formData));
  redirect(state === "done" ? "/petition/confirmed" : `/petition/confirm/${encodeURIComponent(token(formData))}`);
}

// Public: holding the emailed token is the permission.
export async function removeSignatureAction(formData: FormData) {
  await eraseSignatureByToken(getDb(), token(formData));
  redirect("/petition/removed");
}
