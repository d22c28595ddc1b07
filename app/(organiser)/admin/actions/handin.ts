"use server";

import { z } from "zod";
import { runFormAction } from "@/lib/actions/form-action";
import { refreshPublicPages } from "@/lib/content/refresh-public-pages";
import { getDb } from "@/lib/db/get-db";
import { getEnv } from "@/lib/env";
import type { TFormState } from "@/lib/forms/form-state";
import { saveHandInLetter, ZHandInLetter } from "@/lib/handin/covering-letter";
import { recordDelivery, ZHandInDelivery } from "@/lib/handin/record-delivery";
import { reason, zodReason } from "@/lib/reasons/reason";

const ZSlug = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,60}$/, zodReason("notACountryOfOurs")) });

export async function saveHandInLetterAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  return runFormAction(
    {
      who: "organiser",
      schema: ZHandInLetter,
      work: async (input, organiser) => {
        const saved = await saveHandInLetter(getDb(), organiser.email, input);
        return reason("handInLetterSaved", { version: saved.version });
      },
    },
    formData,
  );
}

export async function recordHandInAction(slug: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  return runFormAction(
    {
      who: "organiser",
      schema: ZHandInDelivery.extend(ZSlug.shape),
      work: async ({ slug, ...input }, organiser) => {
        const { APP_URL } = getEnv();
        await recordDelivery(getDb(), organiser.email, slug, input, {
          now: new Date(),
          petitionUrl: new URL("/petition", APP_URL).toString(),
        });
        refreshPublicPages(slug);
        return reason("deliveryRecorded");
      },
    },
    formData,
    { slug },
  );
}
