import type { PrismaClient } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { renderDeferredConfirmations, type TLinkSettings } from "../petition/confirmation-links";
import type { TMailTransport } from "./transport";

type TClaimed = {
  id: string;
  kind: string;
  signatureId: string | null;
  toAddress: string;
  subject: string;
  text: string;
  headers: Record<string, string> | null;
  attempts: number;
};

const BATCH = 20;
const LEASE_MS = 120_000;
const MAX_BACKOFF_MS = 10 * 60_000;

/** 5 s, 10 s, 20 s … up to 10 minutes: an outage of any length is waited out. */
export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 5000 * 2 ** Math.max(0, attempts - 1));
}

// An SMTP 5xx answer to the recipient means this message will never be accepted.
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600 && code !== 554;
}

/**
 * Sends the emails that are due. Rows are claimed with SKIP LOCKED and a lease, so several workers
 * never send the same email; a failure puts the row back with a later attempt time.
 * Returns how many were sent.
 */
export async function deliverDueEmails(
  db: PrismaClient,
  transport: TMailTransport,
  links: TLinkSettings,
): Promise<number> {
  const leaseEnds = Date.now() + LEASE_MS;
  const claimed = await db.$queryRaw<TClaimed[]>`
    UPDATE "OutboxEmail" SET "lockedUntil" = ${new Date(leaseEnds)}
    WHERE "id" IN (
      SELECT "id" FROM "OutboxEmail"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= now() AND ("lockedUntil" IS NULL OR "lockedUntil" < now())
      ORDER BY "nextAttemptAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
    RETURNING "id", "kind", "signatureId", "toAddress", "subject", "text", "headers", "attempts"`;
  await renderDeferredConfirmations(db, claimed, links);
  // The batch goes out at once over the transport's pooled connections; every email settles (sent
  // and recorded, or put back) before the turn ends, even when one of them fails.
  const results = await Promise.allSettled(claimed.map((email) => deliverOne(db, transport, email, leaseEnds)));
  const failed = results.find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
  return results.filter((r) => r.status === "fulfilled" && r.value).length;
}

/** The shortest pause between worker turns, so a turn never spins. */
const MIN_WAIT_MS = 10;

/**
 * How long the worker may wait before its next turn: until the next email no other worker holds falls
 * due, at most `maxMs`. An update's paced emails fall due every few milliseconds; waiting a whole
 * second after catching up would cap its pace at what one turn sends.
 */
export async function msUntilNextDue(db: PrismaClient, maxMs: number): Promise<number> {
  const [{ next }] = await db.$queryRaw<{ next: Date | null }[]>`
    SELECT min("nextAttemptAt") AS "next" FROM "OutboxEmail"
    WHERE "status" = 'PENDING' AND ("lockedUntil" IS NULL OR "lockedUntil" < now())`;
  return next ? Math.max(MIN_WAIT_MS, Math.min(maxMs, next.getTime() - Date.now())) : maxMs;
}

// Margin kept before the lease ends: past it another worker may claim the email again.
const LEASE_MARGIN_MS = 15_000;

async function deliverOne(
  db: PrismaClient,
  transport: TMailTransport,
  email: TClaimed,
  leaseEnds: number,
): Promise<boolean> {
  if (Date.now() > leaseEnds - LEASE_MARGIN_MS) return false; // too late to send safely: a later turn will
  if (email.text === "") {
    // A confirmation whose signature was erased or settled before it went (lib/petition/confirmation-links.ts).
    await db.outboxEmail.updateMany({
      where: { id: email.id },
      data: { status: "FAILED", lockedUntil: null, lastError: "Nothing to send: the signature is no longer pending" },
    });
    return false;
  }
  try {
    await transport.send({
      to: email.toAddress,
      subject: email.subject,
      text: email.text,
      ...(email.headers ? { headers: email.headers } : {}),
    });
  } catch (error) {
    const attempts = email.attempts + 1;
    // If the database is away too, the lease runs out and another turn picks the email up again.
    const permanent = isPermanent(error);
    await db.outboxEmail
      .update({
        where: { id: email.id },
        data: {
          // An email that will never be sent keeps no copy of its text (and of the links in it).
          ...(permanent
            ? { status: "FAILED" as const, text: "", headers: Prisma.DbNull }
            : { status: "PENDING" as const }),
          attempts,
          nextAttemptAt: new Date(Date.now() + backoffMs(attempts)),
          lockedUntil: null,
          lastError: String((error as Error).message ?? error).slice(0, 500),
        },
      })
      .catch(() => {});
    return false;
  }
  // Sent: record it, insisting while the database restarts (until shortly before the lease ends),
  // since an email whose lease ran out unrecorded would be sent a second time.
  for (let attempt = 1; ; attempt++) {
    try {
      // The links in a sent email (its text, an unsubscribe header) are the signer's alone: keep no copy.
      // updateMany: an email erased with its signature while it was being sent is simply gone.
      await db.outboxEmail.updateMany({
        where: { id: email.id },
        data: {
          status: "SENT",
          sentAt: new Date(),
          text: "",
          headers: Prisma.DbNull,
          lockedUntil: null,
          attempts: email.attempts + 1,
          lastError: null,
        },
      });
      return true;
    } catch (error) {
      const wait = Math.min(10_000, 250 * 2 ** attempt);
      if (Date.now() + wait > leaseEnds - LEASE_MARGIN_MS) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
