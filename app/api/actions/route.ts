import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError, errorResponse } from "@/lib/errors";
import { hashClientAddress } from "@/lib/http/client-address";
import { BODY_LIMITS, webBodySource } from "@/lib/http/read-body";
import { readJsonBody } from "@/lib/http/read-json-body";
import { recordAction, ZRecordActionInput } from "@/lib/messages/record-action";

// Public: anyone may record that they used a channel. Same-origin only, validated, rate-limited.
export async function POST(request: Request) {
  try {
    const input = await readJsonBody(webBodySource(request), ZRecordActionInput, {
      maxBytes: BODY_LIMITS.actions,
      sameOriginOnly: true,
    });
    const result = await recordAction(getDb(), input, hashClientAddress(request.headers, getEnv().IP_HASH_SECRET));
    return Response.json(result, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}

export function GET() {
  return errorResponse(new AppError("INVALID_INPUT", "Send the action as a POST request."));
}
