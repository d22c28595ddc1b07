"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { runFormAction } from "@/lib/actions/form-action";
import { getDb } from "@/lib/db/get-db";
import { unsubscribeByToken } from "@/lib/updates/unsubscribe";

const ZToken = z.object({ token: z.string().max(200) });

// Public: holding the emailed token is the permission. Every token gets the same page after.
export async function unsubscribeAction(formData: FormData) {
  await runFormAction(
    {
      who: "public",
      schema: ZToken,
      work: async ({ token }) => {
        await unsubscribeByToken(getDb(), token);
        redirect("/unsubscribed");
      },
    },
    formData,
  );
}
