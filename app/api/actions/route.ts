import { runJsonRequest, toResponse } from "@/lib/actions/json-request";
import { getDb } from "@/lib/db/get-db";
import { getEnv } from "@/lib/env";
import { AppError, errorResponse } from "@/lib/errors";
import { hashClientAddress } from "@/lib/http/client-address";
import { BODY_LIMITS, webBodySource } from "@/lib/http/read-body";
import { recordAction, ZRecordActionInput } from "@/lib/letters/record-action";

// Public: anyone may record that they used a channel. Same-origin only, validated, rate-limited.
export async function POST(request: Request) {
  return toResponse(
    await runJsonRequest(
      {
        who: "public",
        schema: ZRecordActionInput,
        maxBytes: BODY_LIMITS.actions,
        sameOriginOnly: true,
        status: 201,
        work: (input, source) => {
          const env = getEnv();
          const key = hashClientAddress(source.headers, env.IP_HASH_SECRET);
          return recordAction(getDb(), input, key, Date.now(), env.PETITION_EMBED_ORIGINS);
        },
      },
      webBodySource(request),
    ),
  );
}

export function GET() {
  return errorResponse(new AppError("INVALID_INPUT", "postOnly"));
}
