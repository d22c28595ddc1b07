import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError, errorResponse } from "@/lib/errors";
import { corsHeaders, isOriginAllowed } from "@/lib/http/cors";
import { readJsonBody } from "@/lib/http/read-json-body";
import { signContextFrom } from "@/lib/petition/sign-context";
import { ZSignPetitionInput } from "@/lib/petition/sign-input";
import { SIGN_MESSAGES, signPetition } from "@/lib/petition/sign-petition";

// Public: the same signing as the form, as JSON, for embeds and partner sites
// (cross-origin only for PETITION_EMBED_ORIGINS).
export async function POST(request: Request) {
  const allowed = getEnv().PETITION_EMBED_ORIGINS;
  const cors = corsHeaders(request, allowed);
  try {
    if (!isOriginAllowed(request, allowed)) throw new AppError("FORBIDDEN", "This site is not allowed to collect signatures for this petition.");
    const input = await readJsonBody(request, ZSignPetitionInput, { maxBytes: 4096, sameOriginOnly: false });
    const outcome = await signPetition(getDb(), input, signContextFrom(request.headers));
    return Response.json(
      { status: outcome, message: SIGN_MESSAGES[outcome] },
      { status: outcome === "signed" ? 201 : 200, headers: { ...cors, "Cache-Control": "no-store" } },
    );
  } catch (error) {
    const response = errorResponse(error);
    for (const [key, value] of Object.entries(cors)) response.headers.set(key, value);
    return response;
  }
}

// Public: CORS preflight.
export function OPTIONS(request: Request) {
  return new Response(null, { status: 204, headers: corsHeaders(request, getEnv().PETITION_EMBED_ORIGINS) });
}
