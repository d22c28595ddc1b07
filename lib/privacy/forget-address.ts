import { Prisma } from "../generated/prisma/client";
import { canonicalEmail } from "../text/canonical-email";
import { ADDRESS_LIMITS, addressLimitKey } from "../rate-limit/abuse-limits";
import { redisWindowKey } from "../rate-limit/consume";
import type { TRedis } from "../redis/get-redis";

/*
 * Removal removes every row that names an address, not only the signature's own (issue 27): emails
 * of every kind sent or waiting for it, its data-access links, organiser sign-in tokens, a former
 * organiser's account and sessions, the rate-limit counters keyed by it, and the address wherever an
 * audit entry wrote it. The address is matched in the forms the app stores it in (as typed, lower
 * case, canonical), exactly, so each deletion is an index lookup, not a scan of the outbox.
 *
 * Kept after removal, on purpose: a current organiser's account (the audit log names organisers);
 * gifts and Gift Aid declarations (their own retention, lib/donations/donor-retention.ts, and an
 * organiser's erasure); and, once it exists, the mail suppression list's keyed hash of the address
 * (a complaint or hard bounce must outlive the signature, or the next signature would mail again).
 */

/** The address as the app stores it: as typed (a signature, a receipt), lower case (forms lower it), canonical. */
function addressForms(email: string): string[] {
  const typed = email.normalize("NFC").trim();
  return [...new Set([typed, typed.toLowerCase(), canonicalEmail(email)])];
}

type TTx = Prisma.TransactionClient;

/** Deletes or clears, in the caller's transaction, every row in PostgreSQL that names the address. */
export async function forgetAddressInDb(tx: TTx, email: string, secret: string): Promise<void> {
  const forms = addressForms(email);
  const list = Prisma.join(forms);
  await tx.$executeRaw`DELETE FROM "OutboxEmail" WHERE "toAddress" IN (${list})`;
  await tx.$executeRaw`DELETE FROM "DataAccessToken" WHERE "email" IN (${list})`;
  await tx.$executeRaw`DELETE FROM "VerificationToken" WHERE "identifier" IN (${list})`;
  // Its sessions and accounts go with it (foreign keys cascade).
  await tx.$executeRaw`DELETE FROM "User" WHERE "email" IN (${list}) AND "role" IS NULL`;
  const suffix = `:${addressLimitKey(email, secret)}`;
  await tx.$executeRaw`DELETE FROM "RateLimitWindow" WHERE right("key", ${suffix.length}) = ${suffix}`;
  await scrubAudit(tx, forms);
}

// Entries written before exports stopped recording their free-text search may hold the address;
// the entry stays (who exported what, when), the address in it does not.
async function scrubAudit(tx: TTx, forms: string[]): Promise<void> {
  const text = Prisma.sql`lower(coalesce("target", '') || ' ' || coalesce("details"::text, ''))`;
  const matches = Prisma.join(
    forms.map((f) => Prisma.sql`strpos(${text}, ${f.toLowerCase()}) > 0`),
    " OR ",
  );
  const rows = await tx.$queryRaw<{ id: string; target: string | null; details: string | null }[]>`
    SELECT "id", "target", "details"::text AS "details" FROM "AuditLog" WHERE ${matches}`;
  const pattern = new RegExp(forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "gi");
  for (const row of rows) {
    const details = row.details === null ? Prisma.DbNull : JSON.parse(row.details.replace(pattern, "(removed)"));
    await tx.auditLog.update({
      where: { id: row.id },
      data: { target: row.target?.replace(pattern, "(removed)") ?? null, details },
    });
  }
}

const REDIS_WAIT_MS = 1000;

/**
 * Deletes the address's rate-limit counters from Redis: the current and the previous window of each
 * per-address limit (an older one has expired). Best effort: they expire by themselves within a day
 * and a minute, so a Redis that is away never holds up a removal.
 */
export async function forgetAddressInRedis(
  redis: TRedis | null,
  email: string,
  secret: string,
  now = Date.now(),
): Promise<void> {
  if (!redis?.isReady) return;
  const key = addressLimitKey(email, secret);
  const keys = ADDRESS_LIMITS.flatMap((l) => {
    const windowMs = l.windowSeconds * 1000;
    const start = Math.floor(now / windowMs) * windowMs;
    return [start, start - windowMs].map((s) => redisWindowKey(`${l.name}:${key}`, s));
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, REDIS_WAIT_MS);
  });
  await Promise.race([redis.del(keys).catch(() => 0), timeout]);
  clearTimeout(timer);
}
