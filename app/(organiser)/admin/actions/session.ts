"use server";

import { z } from "zod";
import { signIn, signOut } from "@/lib/auth/auth";

// Public: asks for a sign-in link. Auth.js sends it only to known organisers (lib/auth/auth.ts).
export async function requestSignInLinkAction(formData: FormData) {
  const email = z.email().safeParse(String(formData.get("email") ?? "").trim().toLowerCase());
  if (!email.success) {
    const { redirect } = await import("next/navigation");
    redirect("/admin/sign-in?error=InvalidEmail");
  }
  await signIn("nodemailer", { email: email.data, redirectTo: "/admin" });
}

// Public: ends the caller's own session, whoever they are.
export async function signOutAction() {
  await signOut({ redirectTo: "/admin/sign-in" });
}
