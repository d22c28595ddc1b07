import type { PrismaClient } from "../db/client";
import { Prisma, type OutboxBody } from "../generated/prisma/client";
import { renderAtSend, type TSendSettings } from "./render-at-send";
import { classifySmtpFailure, type TFailureClass } from "./smtp-answer";
import type { TMailTransport } from "./transport";

type TClaimed = {
  id: string;
  kind: string;
  signatureId: string | null;
  toAddress: string;
  subject: string;
  text: string;
  /** What `text` holds; rendering at send turns RENDER_AT_SEND into READY when there is an email to send. */
  body: OutboxBody;
  headers: Record<string, string> | null;
  attempts: number;
  rowFailures: number;
};

const BATCH = 20;
const LEASE_MS = 120_000;
const MAX_BACKOFF_MS = 10 * 60_000;
/** An email failing this many times for reasons of its own is set aside (DEAD) with its error. */
export const DEAD_LETTER_AFTER = 5;

/** 5 s, 10 s, 20 s … up to 10 minutes: an outage of any length is waited out. */
export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 5000 * 2 ** Math.max(0, attempts - 1));
}

/** What happened to one claimed email, for the caller and the tests. */
export type TOutcome = "sent" | "later" | "dead" | "failed" | "skipped";

/** Hooks around each send: the suppression list is consulted and taught (lib/mail/suppression). */
export type TDeliveryHooks = {
  /** Whether this email must not go to its address; the reason is recorded on the row. */
  suppressed?: (email: TClaimed) => Promise<string | null>;
  /** The recipient's server answered a send with a bounce or a policy refusal. */
  onAnswer?: (email: TClaimed, failure: TFailureClass, answer: string) => Promise<void>;
};

/**
 * Sends the emails that are due, most urgent first (`priority`, lib/mail/priority.ts). Rows are
 * claimed with SKIP LOCKED and a lease, so several workers never send the same email; each row is
 * rendered and sent on its own, so one that cannot be rendered or is refused never holds up the
 * rest. Returns how many were sent.
 */
export async function deliverDueEmails(
  db: PrismaClient,
  transport: TMailTransport,
  links: TSendSettings,
  now: () => number = Date.now,
  hooks: TDeliveryHooks = {},
): Promise<number> {
  const outcomes = await deliverBatch(db, transport, links, now, hooks);
  return outcomes.filter((o) => o === "sent").length;
}

/** deliverDueEmails, returning every claimed email's outcome. */
export async function deliverBatch(
  db: PrismaClient,
  transport: TMailTransport,
  links: TSendSettings,
  now: () => number = Date.now,
  hooks: TDeliveryHooks = {},
): Promise<TOutcome[]> {
  const at = new Date(now());
  const leaseEnds = at.getTime() + LEASE_MS;
  // A row with no text that says READY was written by an instance older than the body column (during a
  // rolling deploy its default is READY): it is one to render at send, never an empty email to send.
  const claimed = await db.$queryRaw<TClaimed[]>`
    UPDATE "OutboxEmail" SET "lockedUntil" = ${new Date(leaseEnds)},
      "body" = CASE WHEN "body" = 'READY' AND "text" = '' THEN 'RENDER_AT_SEND'::"OutboxBody" ELSE "body" END
    WHERE "id" IN (
      SELECT "id" FROM "OutboxEmail"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${at} AND ("lockedUntil" IS NULL OR "lockedUntil" < ${at})
      ORDER BY "priority", "nextAttemptAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
    RETURNING "id", "kind", "signatureId", "toAddress", "subject", "text", "body", "headers",
      "attempts", "rowFailures"`;
  const renderFailures = await renderAtSend(db, claimed, links, now());
  // The batch goes out at once over the transport's pooled connections; every email settles (sent
  // and recorded, or put back) before the turn ends, even when one of them fails.
  const results = await Promise.allSettled(
    claimed.map((email) => {
      const renderFailure = renderFailures.get(email.id);
      return renderFailure
        ? recordRowFailure(db, email, `Could not render: ${renderFailure.message}`, now)
        : deliverOne(db, transport, email, leaseEnds, now, hooks);
    }),
  );
  const failed = results.find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<TOutcome>).value);
}

/** The shortest pause between worker turns, so a turn never spins. */
const MIN_WAIT_MS = 10;

/**
 * How long the worker may wait before its next turn: until the next email no other worker holds falls
 * due, at most `maxMs`. An update's paced emails fall due every few milliseconds; waiting a whole
 * second after catching up would cap its pace at what one turn sends.
 */
export async function msUntilNextDue(db: PrismaClient, maxMs: number, now: () => number = Date.now): Promise<number> {
  const [{ next }] = await db.$queryRaw<{ next: Date | null }[]>`
    SELECT min("nextAttemptAt") AS "next" FROM "OutboxEmail"
    WHERE "status" = 'PENDING' AND ("lockedUntil" IS NULL OR "lockedUntil" < ${new Date(now())})`;
  return next ? Math.max(MIN_WAIT_MS, Math.min(maxMs, next.getTime() - now())) : maxMs;
}

// Margin kept before the lease ends: past it another worker may claim the email again.
const LEASE_MARGIN_MS = 15_000;

const messageOf = (error: unknown) => String((error as Error)?.message ?? error).slice(0, 500);

/** A failure of the email's own: counted, and set aside at DEAD_LETTER_AFTER. */
async function recordRowFailure(
  db: PrismaClient,
  email: TClaimed,
  error: string,
  now: () => number,
): Promise<TOutcome> {
  const rowFailures = email.rowFailures + 1;
  const attempts = email.attempts + 1;
  const dead = rowFailures >= DEAD_LETTER_AFTER;
  await db.outboxEmail.updateMany({
    where: { id: email.id },
    data: {
      status: dead ? "DEAD" : "PENDING",
      attempts,
      rowFailures,
      nextAttemptAt: new Date(now() + backoffMs(rowFailures)),
      lockedUntil: null,
      lastError: error.slice(0, 500),
    },
  });
  return dead ? "dead" : "later";
}

/** Done with, unsent: the reason is kept, the text (and any link in it) is not. */
async function settleUnsent(db: PrismaClient, email: TClaimed, reason: string): Promise<TOutcome> {
  await db.outboxEmail.updateMany({
    where: { id: email.id },
    data: { status: "FAILED", text: "", body: "CLEARED", headers: Prisma.DbNull, lockedUntil: null, lastError: reason },
  });
  return email.body === "READY" ? "failed" : "skipped";
}

async function deliverOne(
  db: PrismaClient,
  transport: TMailTransport,
  email: TClaimed,
  leaseEnds: number,
  now: () => number,
  hooks: TDeliveryHooks,
): Promise<TOutcome> {
  if (now() > leaseEnds - LEASE_MARGIN_MS) return "later"; // too late to send safely: a later turn will
  // Still unrendered after rendering: a confirmation whose signature was erased or settled before it
  // went (lib/petition/confirmation-links.ts); nothing to send. A cleared row is never claimed.
  if (email.body !== "READY") return settleUnsent(db, email, "Nothing to send: the signature is no longer pending");
  const suppressed = await hooks.suppressed?.(email);
  if (suppressed) return settleUnsent(db, email, suppressed);
  try {
    await transport.send({
      kind: email.kind,
      to: email.toAddress,
      subject: email.subject,
      text: email.text,
      ...(email.headers ? { headers: email.headers } : {}),
    });
  } catch (error) {
    const failure = classifySmtpFailure(error);
    const answer = messageOf(error);
    // If the database is away too, the lease runs out and another turn picks the email up again.
    try {
      await hooks.onAnswer?.(email, failure, answer);
      if (failure === "hard") return await settleUnsent(db, email, `Bounced (address suppressed): ${answer}`);
      if (failure === "soft" || failure === "row") return await recordRowFailure(db, email, answer, now);
      const attempts = email.attempts + 1;
      await db.outboxEmail.updateMany({
        where: { id: email.id },
        data: {
          attempts,
          nextAttemptAt: new Date(now() + backoffMs(attempts)),
          lockedUntil: null,
          lastError: answer,
        },
      });
    } catch {
      // The database is away: the lease runs out and a later turn tries again.
    }
    return "later";
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
          sentAt: new Date(now()),
          text: "",
          body: "CLEARED",
          headers: Prisma.DbNull,
          lockedUntil: null,
          attempts: email.attempts + 1,
          lastError: null,
        },
      });
      return "sent";
    } catch (error) {
      const wait = Math.min(10_000, 250 * 2 ** attempt);
      if (now() + wait > leaseEnds - LEASE_MARGIN_MS) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
