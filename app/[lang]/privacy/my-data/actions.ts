"use server";

import { zodReason } from "@/lib/reasons/reason";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { runFormAction } from "@/lib/actions/form-action";
import { getDb } from "@/lib/db/get-db";
import { getEnv } from "@/lib/env";
import { hashClientAddress } from "@/lib/http/client-address";
import { portalUrlForDataLink } from "@/lib/donations/donation-views";
import { getStripe } from "@/lib/donations/stripe-from-env";
import { isLang, LANGS, localPath } from "@/lib/i18n/languages";
import { eraseSignatureWithDataLink } from "@/lib/petition/erase-signature";
import { requestDataAccess } from "@/lib/privacy/data-access";
import { refusalReason } from "@/lib/forms/refusal-reason";
import { limitSubjectAccessRequests } from "@/lib/rate-limit/abuse-limits";
import { cleanLine } from "@/lib/text/clean-text";

const ZDataRequest = z.object({
  email: z
    .string()
    .max(1000, zodReason("emailInvalid"))
    .transform((v) => cleanLine(v).toLowerCase())
    .pipe(z.email(zodReason("emailInvalid")).max(254)),
});

// Public: anyone may ask; the link goes to the address itself, and the page answers the same either way.
export async function requestMyDataAction(formData: FormData) {
  const asked = String(formData.get("lang"));
  const lang = isLang(asked) ? asked : "en";
  const state = await runFormAction(
    {
      who: "public",
      schema: ZDataRequest,
      work: async ({ email }) => {
        const env = getEnv();
        const secret = env.IP_HASH_SECRET;
        await limitSubjectAccessRequests(getDb(), hashClientAddress(await headers(), secret), email, secret);
        await requestDataAccess(getDb(), email, { appUrl: env.APP_URL, secret: env.AUTH_SECRET }, Date.now(), lang);
        return null;
      },
    },
    formData,
  );
  // The answer is the page in the language the form was posted from, whatever the outcome.
  const page = localPath(lang, "/privacy/my-data");
  if (state.status === "ok") redirect(`${page}?sent=1`);
  redirect(`${page}?error=${refusalReason(state)}`);
}

const ZManageFromData = z.object({
  token: z.string().max(200),
  donationId: z.string().max(64),
  lang: z.enum(LANGS).default("en"),
});

// Public: holding a working data-access link to a monthly gift's address is the permission to open
// Stripe's portal for it (the receipt's own manage link works only 7 days). Anything else comes back
// to the data page, which says when its link is no longer valid.
export async function manageGiftFromDataAction(formData: FormData) {
  let portal: string | null = null;
  await runFormAction(
    {
      who: "public",
      schema: ZManageFromData,
      work: async ({ token, donationId, lang }) => {
        const stripe = getStripe();
        portal = stripe ? await portalUrlForDataLink(getDb(), stripe, token, donationId, getEnv().APP_URL, lang) : null;
        return null;
      },
    },
    formData,
  );
  const token = encodeURIComponent(String(formData.get("token") ?? "").slice(0, 200));
  const asked = String(formData.get("lang"));
  redirect(portal ?? localPath(isLang(asked) ? asked : "en", `/privacy/my-data/${token}`));
}

const ZRemoveFromData = z.object({
  token: z.string().max(200),
  signatureId: z.string().max(64),
  lang: z.enum(LANGS).default("en"),
});

// Public: holding a working data-access link to the signature's own address is the permission (a remove
// link works 30 days after its email). Anything else comes back to the data page, which says when its
// link is no longer valid.
export async function removeFromDataAction(formData: FormData) {
  let erased = false;
  await runFormAction(
    {
      who: "public",
      schema: ZRemoveFromData,
      work: async ({ token, signatureId }) => {
        erased = (await eraseSignatureWithDataLink(getDb(), token, signatureId)) === "erased";
        return null;
      },
    },
    formData,
  );
  const asked = String(formData.get("lang"));
  const lang = isLang(asked) ? asked : "en";
  if (erased) redirect(localPath(lang, "/petition/removed"));
  const token = encodeURIComponent(String(formData.get("token") ?? "").slice(0, 200));
  redirect(localPath(lang, `/privacy/my-data/${token}`));
}
