import type { PrismaClient } from "../db/client";
import type { TEnv } from "../env";
import { AppError, errorResponse } from "../errors";
import { corsHeaders, isOriginAllowed } from "../http/cors";
import { BODY_LIMITS, type TBodySource } from "../http/read-body";
import { readJsonBody } from "../http/read-json-body";
import { signContextFrom } from "./sign-context";
import { ZSignPetitionInput } from "./sign-input";
import { SIGN_RECEIVED_MESSAGE, signPetition } from "./sign-petition";

export type TSignAnswer = { status: number; headers: Record<string, string>; body: string };

const RECEIVED_BODY = JSON.stringify({ status: "received", message: SIGN_RECEIVED_MESSAGE });

/**
 * POST /api/petition/sign: the same signing as the form, as JSON, for embeds and partner sites
 * (cross-origin only for PETITION_EMBED_ORIGINS). Every accepted submission gets the same bytes
 * back (202 and SIGN_RECEIVED_MESSAGE), new signer or not. Two ways in share it: the server layer answers it
 * before Next's router (lib/server/sign-fast-path.ts), and the Next route does when Next runs alone.
 */
export async function answerSignRequest(db: PrismaClient, env: TEnv, request: TBodySource): Promise<TSignAnswer> {
  const cors = corsHeaders(request, env.PETITION_EMBED_ORIGINS);
  try {
    if (!isOriginAllowed(request, env.PETITION_EMBED_ORIGINS))
      throw new AppError("FORBIDDEN", "This site is not allowed to collect signatures for this petition.");
    const input = await readJsonBody(request, ZSignPetitionInput, {
      maxBytes: BODY_LIMITS.sign,
      sameOriginOnly: false,
    });
    await signPetition(db, input, signContextFrom(request.headers, env));
    return {
      status: 202,
      headers: { ...cors, "Content-Type": "application/json", "Cache-Control": "no-store" },
      body: RECEIVED_BODY,
    };
  } catch (error) {
    const response = errorResponse(error);
    return {
      status: response.status,
      headers: { ...Object.fromEntries(response.headers), ...cors },
      body: await response.text(),
    };
  }
}
