"use server";

import { runFormAction } from "@/lib/actions/form-action";
import { refreshAllPublicPages } from "@/lib/content/refresh-public-pages";
import { getDb } from "@/lib/db/get-db";
import type { TFormState } from "@/lib/forms/form-state";
import { saveTranslation, ZTranslationEdit } from "@/lib/content/translations-admin";
import { reason } from "@/lib/reasons/reason";

// Organisers only: a translation is public once approved, and only for the English it was approved for.
export async function saveTranslationAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  return runFormAction(
    {
      who: "organiser",
      schema: ZTranslationEdit,
      work: async (input, organiser) => {
        await saveTranslation(getDb(), organiser.email, input);
        refreshAllPublicPages();
        return input.approved ? reason("translationApproved") : reason("translationDraftSaved");
      },
    },
    formData,
  );
}
