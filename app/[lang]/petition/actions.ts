"use server";

import { reason } from "@/lib/reasons/reason";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { runFormAction } from "@/lib/actions/form-action";
import { getDb } from "@/lib/db/get-db";
import { LANGS, localPath } from "@/lib/i18n/languages";
import { recordSignature } from "@/lib/observability/metrics";
import type { TFormState } from "@/lib/forms/form-state";
import { confirmSignature } from "@/lib/petition/confirm-signature";
import { eraseSignatureByToken } from "@/lib/petition/erase-signature";
import { signContextFrom } from "@/lib/petition/sign-context";
import { ZSignPetitionInput } from "@/lib/petition/sign-input";
import { signPetition } from "@/lib/petition/sign-petition";

const ECHOED = ["firstName", "lastName", "email", "country", "postcode", "optIn", "handInConsent", "formToken"];
// The page's language comes with the token, so the answer is a page in that language.
const ZToken = z.object({ token: z.string().max(200), lang: z.enum(LANGS).default("en") });
// Refusals that were ours (the database, a bug), not the signer's mistake or a limit.
const FAILURES = new Set(["INTERNAL", "UNAVAILABLE"]);

// Public: anyone may sign. The answer is the same whatever the outcome: it must not tell anyone
// whether this address had signed (lib/petition/sign-petition.ts).
export async function signPetitionAction(_previous: TFormState, formData: FormData): Promise<TFormState> {
  const state = await runFormAction(
    {
      who: "public",
      schema: ZSignPetitionInput,
      echo: ECHOED,
      work: async (input) => {
        // "html": the form was posted without JavaScript, so it cannot solve a challenge (lib/challenge/).
        const noScript = input.client === "html";
        await signPetition(getDb(), input, signContextFrom(await headers(), undefined, { noScript }));
        return reason("signReceived");
      },
    },
    formData,
  );
  recordSignature(
    state.status === "ok" ? "accepted" : state.status === "error" && FAILURES.has(state.code) ? "failed" : "refused",
  );
  return state;
}

// Public: holding the emailed token is the permission. A GET of the page confirms nothing.
export async function confirmSignatureAction(formData: FormData) {
  await runFormAction(
    {
      who: "public",
      schema: ZToken,
      work: async ({ token, lang }) => {
        const state = await confirmSignature(getDb(), token);
        const to = state === "done" ? "/petition/confirmed" : `/petition/confirm/${encodeURIComponent(token)}`;
        redirect(localPath(lang, to));
      },
    },
    formData,
  );
}

// Public: holding the emailed token is the permission.
export async function removeSignatureAction(formData: FormData) {
  await runFormAction(
    {
      who: "public",
      schema: ZToken,
      work: async ({ token, lang }) => {
        await eraseSignatureByToken(getDb(), token);
        redirect(localPath(lang, "/petition/removed"));
      },
    },
    formData,
  );
}
