import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import type { PrismaClient } from "../db/client";
import { AppError } from "../errors";
import { eraseSignatureById } from "../petition/erase-signature";

export const PAGE_SIZE = 25;

/** Signatures matching a name or email fragment, newest first, a page at a time. */
export async function searchSignatures(db: PrismaClient, query: string, page: number) {
  const q = query.trim().slice(0, 100);
  const where = q
    ? { OR: [{ email: { contains: q, mode: "insensitive" as const } }, { firstName: { contains: q, mode: "insensitive" as const } }, { lastName: { contains: q, mode: "insensitive" as const } }] }
    : {};
  const [rows, total] = await Promise.all([
    db.signature.findMany({
      where, orderBy: [{ createdAt: "desc" }, { id: "asc" }], skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE,
      select: { id: true, firstName: true, lastName: true, email: true, status: true, signerCountry: true, createdAt: true },
    }),
    db.signature.count({ where }),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export async function invalidateSignature(db: PrismaClient, actor: string, id: string) {
  const updated = await db.signature.updateMany({ where: { id, status: { in: ["PENDING", "CONFIRMED"] } }, data: { status: "INVALIDATED" } });
  if (!updated.count) throw new AppError("NOT_FOUND", "That signature does not exist or cannot be invalidated.");
  await recordAudit(db, actor, "invalidate-signature", id);
}

export async function eraseSignatureAsOrganiser(db: PrismaClient, actor: string, id: string) {
  const erased = await db.$transaction(async (tx) => {
    const done = await eraseSignatureById(tx, id, "organiser");
    if (done) await recordAudit(tx, actor, "erase-signature", id);
    return done;
  });
  if (!erased) throw new AppError("NOT_FOUND", "That signature does not exist or was already erased.");
}

export const ZBulkInvalidate = z.union([
  z.object({ by: z.literal("domain"), value: z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, "Give a domain like spam.example.") }),
  z.object({ by: z.literal("ipHash"), value: z.string().trim().regex(/^[A-Za-z0-9_-]{8,64}$/, "Give an address hash as shown on a signature.") }),
]);

/** Invalidates every live signature from one email domain or one (hashed) address: for bot waves. */
export async function bulkInvalidate(db: PrismaClient, actor: string, input: z.infer<typeof ZBulkInvalidate>): Promise<number> {
  const where = input.by === "domain" ? { emailDomain: input.value } : { ipHash: input.value };
  const { count } = await db.signature.updateMany({ where: { ...where, status: { in: ["PENDING", "CONFIRMED"] } }, data: { status: "INVALIDATED" } });
  await recordAudit(db, actor, "bulk-invalidate", `${input.by}:${input.value}`, { rows: count });
  return count;
}
