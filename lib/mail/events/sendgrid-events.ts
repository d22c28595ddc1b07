import { createPublicKey, createVerify, type KeyObject } from "node:crypto";
import { z } from "zod";
import type { PrismaClient } from "../../db/client";
import { applyMailEvent, type TMailEvent } from "../suppression/apply-mail-event";
import type { TSuppressionKey } from "../suppression/suppression-keys";
import type { TWebhookAnswer } from "./ses-notification";

export const SENDGRID_SIGNATURE_HEADER = "x-twilio-email-event-webhook-signature";
export const SENDGRID_TIMESTAMP_HEADER = "x-twilio-email-event-webhook-timestamp";

const ZEvent = z.object({
  email: z.string().max(320),
  event: z.string().max(50),
  type: z.string().max(50).optional(),
  status: z.string().max(20).optional(),
  reason: z.string().max(1000).optional(),
});

/** SENDGRID_WEBHOOK_PUBLIC_KEY as SendGrid shows it: base64 of the DER public key (ECDSA P-256). */
export function sendgridPublicKey(base64: string): KeyObject {
  return createPublicKey({ key: Buffer.from(base64, "base64"), format: "der", type: "spki" });
}

/** SendGrid's signed Event Webhook: ECDSA (SHA-256) over the timestamp header followed by the raw body. */
function verifySendgridSignature(
  publicKey: KeyObject,
  rawBody: string,
  signature: string | null,
  timestamp: string | null,
): boolean {
  if (!signature || !timestamp) return false;
  const verifier = createVerify("sha256");
  verifier.update(timestamp + rawBody, "utf8");
  try {
    return verifier.verify(publicKey, signature, "base64");
  } catch {
    return false;
  }
}

function eventOf(e: z.infer<typeof ZEvent>): TMailEvent | null {
  if (e.event === "spamreport") return { type: "complaint", address: e.email, status: null, source: "sendgrid" };
  if (e.event !== "bounce") return null;
  // SendGrid's "bounce" is permanent and "blocked" temporary, unless the status code says more.
  return {
    type: "bounce",
    address: e.email,
    status: /^\d\.\d{1,3}\.\d{1,3}$/.test(e.status ?? "") ? e.status! : null,
    permanent: e.type !== "blocked",
    source: "sendgrid",
    detail: e.reason,
  };
}

/** Bounces and spam reports from SendGrid; an unsigned or forged post answers 403 and changes nothing. */
export async function handleSendgridEvents(
  db: PrismaClient,
  keys: TSuppressionKey[],
  publicKey: KeyObject,
  rawBody: string,
  headers: { signature: string | null; timestamp: string | null },
  now = Date.now(),
): Promise<TWebhookAnswer> {
  if (!verifySendgridSignature(publicKey, rawBody, headers.signature, headers.timestamp))
    return { status: 403, body: { error: "Signature not verified" } };
  let parsed: unknown;
  try {
    parsed = JSON.parse(rawBody);
  } catch {
    return { status: 400, body: { error: "Not JSON" } };
  }
  const result = z.array(z.unknown()).max(1000).safeParse(parsed);
  if (!result.success) return { status: 400, body: { error: "Not a list of events" } };
  let applied = 0;
  for (const item of result.data) {
    const event = ZEvent.safeParse(item);
    const mailEvent = event.success ? eventOf(event.data) : null;
    if (!mailEvent) continue;
    await applyMailEvent(db, keys, mailEvent, now);
    applied++;
  }
  return { status: 200, body: { ok: true, applied } };
}
