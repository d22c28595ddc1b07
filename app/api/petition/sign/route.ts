import { getDb } from "@/lib/db/get-db";
import { getEnv } from "@/lib/env";
import { corsHeaders } from "@/lib/http/cors";
import { webBodySource } from "@/lib/http/read-body";
import { answerSignRequest } from "@/lib/actions/sign-petition-endpoint";

// Public: anyone may sign (lib/actions/sign-petition-endpoint.ts checks the origin). Under `npm start` the
// server layer answers POSTs before they reach this route; it serves when Next runs on its own.
export async function POST(request: Request) {
  const answer = await answerSignRequest(getDb(), getEnv(), webBodySource(request));
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

// Public: CORS preflight.
export function OPTIONS(request: Request) {
  return new Response(null, { status: 204, headers: corsHeaders(request, getEnv().PETITION_EMBED_ORIGINS) });
}
