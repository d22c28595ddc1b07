"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { runFormAction } from "@/lib/actions/form-action";
import { signOut } from "@/lib/auth/auth";
import { requestSignInLink } from "@/lib/auth/request-sign-in-link";
import { getDb } from "@/lib/db/get-db";
import { getEnv } from "@/lib/env";
import { hashClientAddress } from "@/lib/http/client-address";
import { refusalReason } from "@/lib/forms/refusal-reason";
import { zodReason } from "@/lib/reasons/reason";

const ZSignInRequest = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email(zodReason("emailInvalid")).max(254)),
});

// Public: asks for a sign-in link. Everyone is limited the same way, leaves the same one row and is
// sent to the same page; the worker, not this process, sends a link if the address is an organiser's.
export async function requestSignInLinkAction(formData: FormData) {
  const state = await runFormAction(
    {
      who: "public",
      schema: ZSignInRequest,
      work: async ({ email }) => {
        const env = getEnv();
        const clientKey = hashClientAddress(await headers(), env.IP_HASH_SECRET);
        await requestSignInLink(getDb(), {
          email,
          clientKey,
          limitSecret: env.IP_HASH_SECRET,
          authSecret: env.AUTH_SECRET,
        });
        return null;
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
