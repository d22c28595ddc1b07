import { getDb } from "@/lib/db/get-db";
import { getEnv } from "@/lib/env";
import { errorResponse } from "@/lib/errors";
import { BODY_LIMITS, webBodySource } from "@/lib/http/read-body";
import { handleSesNotification } from "@/lib/mail/events/ses-notification";
import { confirmSnsSubscription, fetchSnsCertificate } from "@/lib/mail/events/sns-fetch";
import { suppressionKeys } from "@/lib/mail/suppression/suppression-keys";

// Public endpoint for Amazon SNS: who is asking is proven by the message's signature (certificate
// from an allowlisted SNS host) and its topic, checked before anything is written.
export async function POST(request: Request) {
  const env = getEnv();
  if (!env.SES_SNS_TOPIC_ARN)
    return Response.json({ error: "SES notifications are not configured here." }, { status: 404 });
  let body: string;
  try {
    body = await webBodySource(request).readText(BODY_LIMITS.mailEvents);
  } catch (error) {
    return errorResponse(error);
  }
  const result = await handleSesNotification(getDb(), suppressionKeys(env), body, {
    fetchCertificate: fetchSnsCertificate,
    confirmSubscription: confirmSnsSubscription,
    topicArn: env.SES_SNS_TOPIC_ARN,
  });
  return Response.json(result.body, { status: result.status });
}
