import { runJsonRequest, type TJsonAnswer } from "./json-request";
import type { PrismaClient } from "../db/client";
import type { TEnv } from "../env";
import { AppError } from "../errors";
import { corsHeaders, isOriginAllowed } from "../http/cors";
import { BODY_LIMITS, type TBodySource } from "../http/read-body";
import { signContextFrom } from "../petition/sign-context";
import { ZSignPetitionInput } from "../petition/sign-input";
import { signPetition } from "../petition/sign-petition";
import { SIGN_RECEIVED } from "../i18n/sign-received";

const RECEIVED = { status: "received", message: SIGN_RECEIVED } as const;

/**
 * POST /api/petition/sign: the same signing as the form, as JSON, for embeds and partner sites
 * (cross-origin only for PETITION_EMBED_ORIGINS). Every accepted submission gets the same bytes
 * back (202 and SIGN_RECEIVED), new signer or not. Two ways in share it: the server layer
 * answers it before Next's router (lib/server/sign-fast-path.ts), and the Next route does when Next
 * runs alone.
 */
export async function answerSignRequest(db: PrismaClient, env: TEnv, request: TBodySource): Promise<TJsonAnswer> {
  const answer = await runJsonRequest(
    {
      who: "public",
      schema: ZSignPetitionInput,
      maxBytes: BODY_LIMITS.sign,
      sameOriginOnly: false,
      status: 202,
      work: async (input) => {
        if (!isOriginAllowed(request, env.PETITION_EMBED_ORIGINS)) {
          throw new AppError("FORBIDDEN", "embedOriginRefused");
        }
        await signPetition(db, input, signContextFrom(request.headers, env));
        return RECEIVED;
      },
    },
    request,
  );
  return { ...answer, headers: { ...answer.headers, ...corsHeaders(request, env.PETITION_EMBED_ORIGINS) } };
}
