import { z } from "zod";
import type { PrismaClient } from "../db/client";
import { AppError, errorResponse } from "../errors";
import { BODY_LIMITS, type TBodySource } from "../http/read-body";
import { UNSUBSCRIBED_MESSAGE, unsubscribeByToken } from "./unsubscribe";

// RFC 8058: a mail program's "Unsubscribe" button POSTs exactly this, form-encoded, to the address
// in List-Unsubscribe, with no cookies and without showing the page.
const ZOneClick = z.object({ "List-Unsubscribe": z.literal("One-Click") });
const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

/**
 * Public: the token in the address is the permission. Answers 200 with the same words whether the
 * token is a signer's, unknown or used before, so the answer tells nobody whether anyone signed.
 * Only a request that is not a one-click unsubscribe at all (wrong body) is refused, alike for all.
 */
export async function answerOneClick(db: PrismaClient, token: string, request: TBodySource): Promise<Response> {
  try {
    const type = request.headers.get("content-type") ?? "";
    const text = await request.readText(BODY_LIMITS.unsubscribe);
    // The platform's own form parser reads both encodings RFC 8058 allows.
    const form = FORM_TYPES.test(type)
      ? await new Response(text, { headers: { "content-type": type } }).formData().catch(() => null)
      : null;
    if (!form || !ZOneClick.safeParse(Object.fromEntries(form)).success)
      throw new AppError("INVALID_INPUT", "oneClickOnly");
    await unsubscribeByToken(db, token);
    return new Response(UNSUBSCRIBED_MESSAGE, {
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
