import { getDb } from "@/lib/db/get-db";
import { getEnv } from "@/lib/env";
import { errorResponse } from "@/lib/errors";
import { BODY_LIMITS, webBodySource } from "@/lib/http/read-body";
import {
  handleSendgridEvents,
  SENDGRID_SIGNATURE_HEADER,
  SENDGRID_TIMESTAMP_HEADER,
  sendgridPublicKey,
} from "@/lib/mail/events/sendgrid-events";
import { suppressionKeys } from "@/lib/mail/suppression/suppression-keys";

// Public endpoint for SendGrid's Event Webhook: who is asking is proven by its ECDSA signature over
// the timestamp and the raw body, checked before anything is parsed or written.
export async function POST(request: Request) {
  const env = getEnv();
  if (!env.SENDGRID_WEBHOOK_PUBLIC_KEY)
    return Response.json({ error: "SendGrid events are not configured here." }, { status: 404 });
  let body: string;
  try {
    body = await webBodySource(request).readText(BODY_LIMITS.mailEvents);
  } catch (error) {
    return errorResponse(error);
  }
  const result = await handleSendgridEvents(
    getDb(),
    suppressionKeys(env),
    sendgridPublicKey(env.SENDGRID_WEBHOOK_PUBLIC_KEY),
    body,
    {
      signature: request.headers.get(SENDGRID_SIGNATURE_HEADER),
      timestamp: request.headers.get(SENDGRID_TIMESTAMP_HEADER),
    },
  );
  return Response.json(result.body, { status: result.status });
}
