import { z } from "zod";
import type { PrismaClient } from "../../db/client";
import { applyMailEvent, type TMailEvent } from "../suppression/apply-mail-event";
import type { TSuppressionKey } from "../suppression/suppression-keys";
import { isSnsUrl, verifySnsMessage, ZSnsMessage } from "./verify-sns";

export type TSnsDependencies = {
  /** Fetches the PEM at an allowlisted SNS SigningCertURL (https GET in production). */
  fetchCertificate: (url: string) => Promise<string>;
  /** Confirms a subscription by visiting its (allowlisted) SubscribeURL. */
  confirmSubscription: (url: string) => Promise<void>;
  /** SES_SNS_TOPIC_ARN: the only topic accepted. */
  topicArn: string;
};

const ZRecipient = z.object({ emailAddress: z.string().max(320), status: z.string().max(20).optional() });
// SES's notification (or event publishing) content: only what we act on.
const ZSesMessage = z.object({
  notificationType: z.string().optional(),
  eventType: z.string().optional(),
  bounce: z
    .object({
      bounceType: z.string(),
      bouncedRecipients: z.array(ZRecipient.extend({ diagnosticCode: z.string().max(1000).optional() })).max(100),
    })
    .optional(),
  complaint: z.object({ complainedRecipients: z.array(ZRecipient).max(100) }).optional(),
});

export type TWebhookAnswer = { status: number; body: { ok?: true; error?: string; applied?: number } };

/** SES events as our rule reads them: Permanent bounces are hard unless their status says otherwise. */
function eventsOf(message: z.infer<typeof ZSesMessage>): TMailEvent[] {
  const type = message.notificationType ?? message.eventType;
  if (type === "Bounce" && message.bounce) {
    const permanent = message.bounce.bounceType === "Permanent";
    return message.bounce.bouncedRecipients.map((r) => ({
      type: "bounce" as const,
      address: r.emailAddress,
      status: r.status ?? null,
      permanent,
      source: "ses" as const,
      detail: r.diagnosticCode,
    }));
  }
  if (type === "Complaint" && message.complaint)
    return message.complaint.complainedRecipients.map((r) => ({
      type: "complaint" as const,
      address: r.emailAddress,
      status: null,
      source: "ses" as const,
    }));
  return [];
}

/**
 * Amazon SES bounce and complaint notifications, delivered by SNS. Nothing is read or written before
 * the signature is verified against a certificate from an SNS host; a message for another topic, a
 * forged or an unsigned one answers 403 (or 400 when it is not an SNS message at all).
 */
export async function handleSesNotification(
  db: PrismaClient,
  keys: TSuppressionKey[],
  rawBody: string,
  deps: TSnsDependencies,
  now = Date.now(),
): Promise<TWebhookAnswer> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(rawBody);
  } catch {
    return { status: 400, body: { error: "Not JSON" } };
  }
  const result = ZSnsMessage.safeParse(parsed);
  if (!result.success) return { status: 400, body: { error: "Not a signed SNS message" } };
  const message = result.data;
  let verified = false;
  try {
    verified = await verifySnsMessage(message, deps.fetchCertificate);
  } catch {
    verified = false; // the certificate could not be fetched: SNS retries
  }
  if (!verified) return { status: 403, body: { error: "Signature not verified" } };
  if (message.TopicArn !== deps.topicArn) return { status: 403, body: { error: "Not our topic" } };
  if (message.Type === "SubscriptionConfirmation") {
    if (!message.SubscribeURL || !isSnsUrl(message.SubscribeURL))
      return { status: 400, body: { error: "No SNS subscribe URL" } };
    await deps.confirmSubscription(message.SubscribeURL);
    return { status: 200, body: { ok: true } };
  }
  if (message.Type !== "Notification") return { status: 200, body: { ok: true } };
  let content: unknown;
  try {
    content = JSON.parse(message.Message);
  } catch {
    return { status: 200, body: { ok: true, applied: 0 } }; // signed, but not an SES event: nothing to do
  }
  const ses = ZSesMessage.safeParse(content);
  const events = ses.success ? eventsOf(ses.data) : [];
  for (const event of events) await applyMailEvent(db, keys, event, now);
  return { status: 200, body: { ok: true, applied: events.length } };
}
