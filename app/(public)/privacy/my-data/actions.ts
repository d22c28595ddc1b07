"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { userErrorOf } from "@/lib/errors";
import { hashClientAddress } from "@/lib/http/client-address";
import { requestDataAccess } from "@/lib/privacy/data-access";
import { limitSubjectAccessRequests } from "@/lib/rate-limit/abuse-limits";
import { cleanLine } from "@/lib/text/clean-text";

// Public: anyone may ask; the link goes to the address itself, and the page answers the same either way.
export async function requestMyDataAction(formData: FormData) {
  const email = z
    .email()
    .max(254)
    .safeParse(cleanLine(String(formData.get("email") ?? "")).toLowerCase());
  if (!email.success) redirect("/privacy/my-data?error=InvalidEmail");
  const env = getEnv();
  let problem: string | null = null;
  try {
    await limitSubjectAccessRequests(getDb(), hashClientAddress(await headers(), env.IP_HASH_SECRET), email.data);
    await requestDataAccess(getDb(), email.data, env.APP_URL);
  } catch (error) {
    const userError = userErrorOf(error);
    if (!userError) throw error;
    problem = userError.code === "RATE_LIMITED" ? "RateLimited" : "Unavailable";
  }
  redirect(problem ? `/privacy/my-data?error=${problem}` : "/privacy/my-data?sent=1");
}
