import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError, errorResponse } from "@/lib/errors";
import { hashClientIp } from "@/lib/http/client-ip";
import { readJsonBody } from "@/lib/http/read-json-body";
import { recordAction, ZRecordActionInput } from "@/lib/messages/record-action";

// Public: anyone may record that they used a channel. Same-origin only, validated, rate-limited.
export async function POST(request: Request) {
  try {
    const input = await readJsonBody(request, ZRecordActionInput, { maxBytes: 2048, sameOriginOnly: true });
    const env = getEnv();
    const result = await recordAction(getDb(), input, hashClientIp(request.headers, env.IP_HASH_SECRET, env.TRUSTED_PROXIES));
    return Response.json(result, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}

export function GET() {
  return errorResponse(new AppError("INVALID_INPUT", "Send the action as a POST request."));
}
