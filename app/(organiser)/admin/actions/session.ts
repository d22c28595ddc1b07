"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth/auth";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { userErrorOf } from "@/lib/errors";
import { hashClientAddress } from "@/lib/http/client-address";
import { limitSignInRequests } from "@/lib/rate-limit/abuse-limits";

// Public: asks for a sign-in link. Auth.js sends it only to known organisers (lib/auth/auth.ts);
// everyone is answered with the same page, and limited the same way, organiser or not.
export async function requestSignInLinkAction(formData: FormData) {
  const email = z
    .email()
    .max(254)
    .safeParse(
      String(formData.get("email") ?? "")
        .trim()
        .toLowerCase(),
    );
  if (!email.success) redirect("/admin/sign-in?error=InvalidEmail");
  try {
    await limitSignInRequests(getDb(), hashClientAddress(await headers(), getEnv().IP_HASH_SECRET), email.data);
  } catch (error) {
    const userError = userErrorOf(error);
    if (!userError) throw error;
    redirect(`/admin/sign-in?error=${userError.code === "RATE_LIMITED" ? "RateLimited" : "Unavailable"}`);
  }
  // Auth.js would send an organiser to its own verify-request address and a stranger to the page
  // the signIn callback names: the address bar would tell them apart. Everyone goes to one page.
  await signIn("nodemailer", { email: email.data, redirectTo: "/admin", redirect: false });
  redirect("/admin/sign-in/check-email");
}

// Public: ends the caller's own session, whoever they are.
export async function signOutAction() {
  await signOut({ redirectTo: "/admin/sign-in" });
}
