import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../db/client";
import { priorityOf } from "./priority";
import { renderEmail, type TEmailPayload, type TEmailTemplate } from "./templates";

type TOutbox = Pick<PrismaClient, "outboxEmail">;

/**
 * Queues one email in the outbox (in the caller's transaction when given one), rendered from its
 * template; the worker sends it (lib/mail/deliver-outbox.ts). The one way email leaves the app.
 */
export async function queueEmail<T extends TEmailTemplate>(
  db: TOutbox,
  to: string,
  template: T,
  payload: TEmailPayload<T>,
  signatureId: string | null = null,
  /** The email's id, when its links' tokens are made from it (lib/mail/link-tokens.ts). */
  id: string = randomUUID(),
): Promise<void> {
  await queueEmails(db, template, [{ id, to, payload, signatureId }]);
}

export type TQueuedEmail<T extends TEmailTemplate> = {
  id: string;
  to: string;
  payload: TEmailPayload<T>;
  signatureId: string | null;
  /** When it may go (an update's paced slot); now when left out. */
  notBefore?: Date;
};

/** queueEmail for many emails of one template in one statement (an update's batch of recipients). */
export async function queueEmails<T extends TEmailTemplate>(
  db: TOutbox,
  template: T,
  emails: TQueuedEmail<T>[],
): Promise<void> {
  if (!emails.length) return;
  await db.outboxEmail.createMany({
    data: emails.map((email) => {
      const { subject, text, headers } = renderEmail(template, email.payload);
      return {
        id: email.id,
        signatureId: email.signatureId,
        kind: template,
        priority: priorityOf(template),
        toAddress: email.to,
        subject,
        text,
        ...(headers ? { headers } : {}),
        ...(email.notBefore ? { nextAttemptAt: email.notBefore } : {}),
      };
    }),
  });
}
