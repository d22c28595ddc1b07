import { reason, zodReason } from "../reasons/reason";
import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import type { PrismaClient } from "../db/client";
import { AppError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { eraseSignatureById } from "../petition/erase-signature";
import { PUBLIC_MAIL_PROVIDERS } from "../petition/mail-providers";
import { RETENTION } from "../privacy/retention";
import { cleanLine } from "../text/clean-text";

const DAY = 86_400_000;

const PAGE_SIZE = 25;

export const ZSignatureListFilters = z.object({
  status: z.enum(["PENDING", "CONFIRMED", "INVALIDATED", "ERASED"]).optional().catch(undefined),
  /** Asked to be named on the hand-in list. */
  named: z.enum(["yes", "no"]).optional().catch(undefined),
  /** Updates by email: opted in and still receiving, never opted in, or stopped since (unsubscribed). */
  updates: z.enum(["yes", "no", "stopped"]).optional().catch(undefined),
});
export type TSignatureListFilters = z.infer<typeof ZSignatureListFilters>;

const UPDATES_WHERE = {
  yes: { optIn: true, unsubscribedAt: null },
  no: { optIn: false },
  stopped: { unsubscribedAt: { not: null } },
} as const;

/** Signatures matching a name or email fragment and the filters, newest first, a page at a time. */
export async function searchSignatures(
  db: PrismaClient,
  query: string,
  page: number,
  filters: TSignatureListFilters = {},
) {
  // Cleaned as names were when stored, so a name typed in Zawgyi (or not in NFC) finds itself.
  const q = cleanLine(query.slice(0, 100));
  const where: Prisma.SignatureWhereInput = {
    ...(q
      ? {
          OR: [
            { email: { contains: q, mode: "insensitive" as const } },
            { firstName: { contains: q, mode: "insensitive" as const } },
            { lastName: { contains: q, mode: "insensitive" as const } },
          ],
        }
      : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.named ? { handInConsent: filters.named === "yes" } : {}),
    ...(filters.updates ? UPDATES_WHERE[filters.updates] : {}),
  };
  const [rows, total] = await Promise.all([
    db.signature.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        firstName: true,
        lastName: true,
        email: true,
        status: true,
        signerCountry: true,
        handInConsent: true,
        optIn: true,
        unsubscribedAt: true,
        createdAt: true,
      },
    }),
    db.signature.count({ where }),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/**
 * One signature with the country page it was signed on, for its detail page. Its connection hash is
 * never shown: a keyed hash of an IPv4 address can be reversed by whoever holds the key and tries
 * all four billion; organisers act on "the same connection as this signature" instead.
 */
export function getSignature(db: PrismaClient, id: string) {
  return db.signature.findUnique({
    where: { id: id.slice(0, 64) },
    include: { sourceCountry: { select: { name: true } } },
    omit: { ipHash: true },
  });
}

export async function invalidateSignature(db: PrismaClient, actor: string, id: string) {
  const updated = await db.signature.updateMany({
    where: { id, status: { in: ["PENDING", "CONFIRMED"] } },
    data: { status: "INVALIDATED" },
  });
  if (!updated.count) throw new AppError("NOT_FOUND", "signatureNotInvalidatable");
  await recordAudit(db, actor, "invalidate-signature", id);
}

export async function eraseSignatureAsOrganiser(db: PrismaClient, actor: string, id: string) {
  const erased = await db.$transaction(async (tx) => {
    const done = await eraseSignatureById(tx, id, "organiser");
    if (done) await recordAudit(tx, actor, "erase-signature", id);
    return done;
  });
  if (!erased) throw new AppError("NOT_FOUND", "signatureAlreadyErased");
}

// Empty (the form's first press) means "count first"; coerce alone would read it as 0.
const ZConfirmCount = z
  .preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().nonnegative().optional())
  .catch(undefined);

export const ZBulkInvalidate = z.union([
  z.object({
    by: z.literal("domain"),
    value: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, zodReason("bulkDomainInvalid"))
      .refine((d) => !PUBLIC_MAIL_PROVIDERS.has(d), zodReason("bulkDomainPublic")),
    confirmCount: ZConfirmCount,
  }),
  z.object({
    // Every live signature from the same connection as this one (its ipHash, kept RETENTION.ipHashDays).
    by: z.literal("connection"),
    value: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]{8,64}$/, zodReason("bulkSignatureIdInvalid")),
    confirmCount: ZConfirmCount,
  }),
]);
export type TBulkInvalidate = z.infer<typeof ZBulkInvalidate>;

const LIVE = ["PENDING", "CONFIRMED"] as const;

/** What a bulk invalidation matches: a domain, or the connection hash of a signature still in its window. */
async function matchOf(db: PrismaClient, input: TBulkInvalidate, now: number) {
  if (input.by === "domain") return { column: Prisma.sql`"emailDomain"`, where: { emailDomain: input.value } };
  const since = new Date(now - RETENTION.ipHashDays * DAY);
  const row = await db.signature.findUnique({ where: { id: input.value }, select: { ipHash: true, createdAt: true } });
  if (!row?.ipHash || row.createdAt < since) {
    throw new AppError("NOT_FOUND", reason("connectionNotKept", { days: RETENTION.ipHashDays }));
  }
  return {
    column: Prisma.sql`"ipHash"`,
    where: { ipHash: row.ipHash, createdAt: { gte: since } },
    value: row.ipHash,
    since,
  };
}

/**
 * Invalidates every live signature from one email domain or one signature's connection (within the
 * days its hash is kept), for bot waves, in two steps: without `confirmCount` it only counts
 * ("preview"); with it, it invalidates if the count is still the one the admin saw. Each signature
 * keeps the status it had, so the batch can be undone.
 */
export async function bulkInvalidate(
  db: PrismaClient,
  actor: string,
  input: TBulkInvalidate,
  now = Date.now(),
): Promise<{ step: "preview" | "done"; count: number }> {
  const match = await matchOf(db, input, now);
  const where = { ...match.where, status: { in: [...LIVE] } };
  if (input.confirmCount === undefined) return { step: "preview", count: await db.signature.count({ where }) };
  return db.$transaction(
    async (tx) => {
      const batch = await tx.invalidationBatch.create({
        data: { actorEmail: actor, matchBy: input.by, matchValue: input.value, count: input.confirmCount! },
      });
      // One statement decides which rows (no window between a count and the change): each row's own
      // status goes into statusBeforeInvalidation. If it is not the number the admin confirmed, the
      // transaction is rolled back and nothing changes.
      const count = await tx.$executeRaw`
      UPDATE "Signature" SET "statusBeforeInvalidation" = "status", "status" = 'INVALIDATED',
        "invalidationBatchId" = ${batch.id}
      WHERE ${match.column} = ${match.value ?? input.value} AND "status" IN ('PENDING', 'CONFIRMED')
        ${match.since ? Prisma.sql`AND "createdAt" >= ${match.since}` : Prisma.empty}`;
      if (count !== input.confirmCount) {
        throw new AppError(
          "INVALID_INPUT",
          reason("invalidationCountChanged", {
            count: count.toLocaleString("en-GB"),
            expected: input.confirmCount!.toLocaleString("en-GB"),
          }),
        );
      }
      await recordAudit(tx, actor, "bulk-invalidate", `${input.by}:${input.value}`, { rows: count, batch: batch.id });
      return { step: "done" as const, count };
    },
    { timeout: 60_000 },
  );
}

/** Puts back every signature of a batch that is still invalidated, each to the status it had. */
export async function undoBulkInvalidation(db: PrismaClient, actor: string, batchId: string): Promise<number> {
  return db.$transaction(
    async (tx) => {
      const batch = await tx.invalidationBatch.findUnique({ where: { id: batchId } });
      if (!batch || batch.undoneAt) throw new AppError("NOT_FOUND", "invalidationNotFound");
      const restored = await tx.$executeRaw`
      UPDATE "Signature" SET "status" = "statusBeforeInvalidation", "statusBeforeInvalidation" = NULL,
        "invalidationBatchId" = NULL
      WHERE "invalidationBatchId" = ${batchId} AND "status" = 'INVALIDATED' AND "statusBeforeInvalidation" IS NOT NULL`;
      await tx.invalidationBatch.update({ where: { id: batchId }, data: { undoneAt: new Date(), undoneBy: actor } });
      await recordAudit(tx, actor, "undo-bulk-invalidate", batchId, { rows: restored });
      return restored;
    },
    { timeout: 60_000 },
  );
}

/** The latest bulk invalidations, for the admin to review or undo. */
export function listInvalidationBatches(db: PrismaClient) {
  return db.invalidationBatch.findMany({ orderBy: { createdAt: "desc" }, take: 20 });
}
