import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../db/client";
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
): Promise<void> {
  await db.outboxEmail.create({
    data: { id: randomUUID(), signatureId, kind: template, toAddress: to, ...renderEmail(template, payload) },
  });
}
