"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { runFormAction } from "@/lib/actions/form-action";
import { signIn, signOut } from "@/lib/auth/auth";
import { getDb } from "@/lib/db/get-db";
import { getEnv } from "@/lib/env";
import { hashClientAddress } from "@/lib/http/client-address";
import { refusalReason } from "@/lib/forms/refusal-reason";
import { limitSignInRequests } from "@/lib/rate-limit/abuse-limits";

const ZSignInRequest = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Please enter a valid email address.").max(254)),
});

// Public: asks for a sign-in link. Auth.js sends it only to known organisers (lib/auth/auth.ts);
// everyone is limited the same way and sent to the same page, organiser or not.
export async function requestSignInLinkAction(formData: FormData) {
  const state = await runFormAction(
    {
      who: "public",
      schema: ZSignInRequest,
      work: async ({ email }) => {
        const secret = getEnv().IP_HASH_SECRET;
        await limitSignInRequests(getDb(), hashClientAddress(await headers(), secret), email, secret);
        // Auth.js would send an organiser to its own verify-request address and a stranger to the page
        // the signIn callback names: the address bar would tell them apart. Both go to one page.
        await signIn("nodemailer", { email, redirectTo: "/admin", redirect: false });
        return "";
      },
    },
    formData,
  );
  if (state.status === "ok") redirect("/admin/sign-in/check-email");
  redirect(`/admin/sign-in?error=${refusalReason(state)}`);
}

// Public: ends the caller's own session, whoever they are.
export async function signOutAction() {
  await signOut({ redirectTo: "/admin/sign-in" });
}
