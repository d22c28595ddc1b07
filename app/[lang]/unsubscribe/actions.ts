"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { runFormAction } from "@/lib/actions/form-action";
import { getDb } from "@/lib/db/get-db";
import { LANGS, localPath } from "@/lib/i18n/languages";
import { unsubscribeByToken } from "@/lib/updates/unsubscribe";

// The page's language comes with the token, so the answer is a page in that language.
const ZToken = z.object({ token: z.string().max(200), lang: z.enum(LANGS).default("en") });

// Public: holding the emailed token is the permission. Every token gets the same page after.
export async function unsubscribeAction(formData: FormData) {
  await runFormAction(
    {
      who: "public",
      schema: ZToken,
      work: async ({ token, lang }) => {
        await unsubscribeByToken(getDb(), token);
        redirect(localPath(lang, "/unsubscribed"));
      },
    },
    formData,
  );
}
