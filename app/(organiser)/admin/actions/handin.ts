"use server";

import { z } from "zod";
import { runFormAction } from "@/lib/actions/form-action";
import { refreshPublicPages } from "@/lib/content/refresh-public-pages";
import { getDb } from "@/lib/db/get-db";
import { getEnv } from "@/lib/env";
import type { TFormState } from "@/lib/forms/form-state";
import { saveHandInLetter, ZHandInLetter } from "@/lib/handin/covering-letter";
import { recordDelivery, ZHandInDelivery } from "@/lib/handin/record-delivery";

const ZSlug = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,60}$/, "That is not a country of ours.") });

export async function saveHandInLetterAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  return runFormAction(
    {
      who: "organiser",
      schema: ZHandInLetter,
      work: async (input, organiser) => {
        const saved = await saveHandInLetter(getDb(), organiser.email, input);
        return `Letter saved as version ${saved.version}: packs made from now on use it.`;
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
        return "Recorded as delivered: the update is on the country's timeline now.";
      },
    },
    formData,
    { slug },
  );
}
