"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { runFormAction } from "@/lib/actions/form-action";
import { getDb } from "@/lib/db/get-db";
import { donationConfig } from "@/lib/donations/config";
import { donateInputSchema } from "@/lib/donations/donate-input";
import { customerPortalUrl } from "@/lib/donations/donation-views";
import { startCheckout } from "@/lib/donations/start-checkout";
import { getStripe } from "@/lib/donations/stripe-from-env";
import { getEnv } from "@/lib/env";
import { signerSourceFrom } from "@/lib/embed/signer-source";
import { AppError } from "@/lib/errors";
import type { TFormState } from "@/lib/forms/form-state";
import { hashClientAddress } from "@/lib/http/client-address";
import { isLang, LANGS, localPath } from "@/lib/i18n/languages";
import { limitDonationStarts } from "@/lib/rate-limit/abuse-limits";

const ECHOED = [
  "frequency",
  "amount",
  "customAmount",
  "giftAid",
  "giftAidTitle",
  "giftAidFirstName",
  "giftAidLastName",
  "giftAidHouse",
  "giftAidPostcode",
];

// Public: anyone may give. Parsed against the configured bounds; Stripe takes the payment.
export async function startDonationAction(_previous: TFormState, formData: FormData): Promise<TFormState> {
  const env = getEnv();
  const config = donationConfig(env);
  return runFormAction(
    {
      who: "public",
      schema: donateInputSchema(config),
      echo: ECHOED,
      work: async (input) => {
        const stripe = getStripe();
        if (!config.enabled || !stripe) throw new AppError("FORBIDDEN", "donationsOff");
        const asked = await headers();
        await limitDonationStarts(getDb(), hashClientAddress(asked, env.IP_HASH_SECRET));
        const source = signerSourceFrom(asked, env.PETITION_EMBED_ORIGINS);
        redirect(await startCheckout(getDb(), stripe, config, input, env.APP_URL, source));
      },
    },
    formData,
  );
}

// The page's language comes with the token, so every answer is a page in that language.
const ZManage = z.object({ token: z.string().max(200), lang: z.enum(LANGS).default("en") });

// Public: holding the emailed token is the permission to manage that one monthly gift.
export async function manageDonationAction(formData: FormData) {
  let portal: string | null = null;
  const state = await runFormAction(
    {
      who: "public",
      schema: ZManage,
      work: async ({ token, lang }) => {
        const stripe = getStripe();
        portal = stripe ? await customerPortalUrl(getDb(), stripe, token, getEnv().APP_URL, lang) : null;
        return null;
      },
    },
    formData,
  );
  const token = encodeURIComponent(String(formData.get("token") ?? "").slice(0, 200));
  const asked = String(formData.get("lang"));
  const lang = isLang(asked) ? asked : "en";
  redirect(state.status === "ok" && portal ? portal : localPath(lang, `/donate/manage/${token}?error=1`));
}
