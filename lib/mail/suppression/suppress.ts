import type { PrismaClient } from "../../db/client";
import { canonicalEmail } from "../../text/canonical-email";
import type { SuppressionReason as TSuppressionReason } from "../../generated/prisma/client";
import { addressHashes, type TSuppressionKey } from "./suppression-keys";

/** Soft bounces (mailbox full, over quota) suppress once there are this many within the window. */
const SOFT_BOUNCES_TO_SUPPRESS = 3;
const SOFT_BOUNCE_WINDOW_MS = 14 * 86_400_000;

export type TSuppression = { reason: TSuppressionReason; source: string; status: string | null; createdAt: Date };

/** The address's entry on the suppression list, under any of the keys; re-keyed under the current one. */
export async function findSuppression(
  db: PrismaClient,
  keys: TSuppressionKey[],
  address: string,
): Promise<TSuppression | null> {
  const hashes = addressHashes(keys, address);
  const rows = await db.suppressedAddress.findMany({ where: { hash: { in: hashes.map((h) => h.hash) } } });
  if (!rows.length) return null;
  const [current] = hashes;
  const row = rows.find((r) => r.hash === current.hash) ?? rows[0];
  if (row.hash !== current.hash) {
    // Found under an older key: written again under the current one, so that key can be retired.
    await db.suppressedAddress.upsert({
      where: { hash: current.hash },
      create: { ...row, hash: current.hash, keyName: current.name },
      update: {},
    });
    await db.suppressedAddress.deleteMany({ where: { hash: row.hash } });
  }
  return row;
}

/** Puts the address on the suppression list (kept as a keyed hash only); a second report changes nothing. */
export async function suppressAddress(
  db: PrismaClient,
  keys: TSuppressionKey[],
  address: string,
  entry: { reason: TSuppressionReason; source: string; status?: string | null },
  now = Date.now(),
): Promise<void> {
  if (await findSuppression(db, keys, address)) return;
  const [current] = addressHashes(keys, address);
  await db.suppressedAddress.upsert({
    where: { hash: current.hash },
    create: {
      hash: current.hash,
      keyName: current.name,
      reason: entry.reason,
      source: entry.source,
      status: entry.status ?? null,
      createdAt: new Date(now),
    },
    update: {},
  });
  await markSignatures(db, address, now);
}

/** The signatures at a suppressed address are no longer "opted in" (exports, update audiences). */
export async function markSignatures(db: PrismaClient, address: string, now = Date.now()): Promise<void> {
  await db.signature.updateMany({
    where: { emailKey: canonicalEmail(address), mailSuppressedAt: null },
    data: { mailSuppressedAt: new Date(now) },
  });
}

/** Counts a soft bounce; the address is suppressed at SOFT_BOUNCES_TO_SUPPRESS within the window. */
export async function recordSoftBounce(
  db: PrismaClient,
  keys: TSuppressionKey[],
  address: string,
  source: string,
  status: string | null,
  now = Date.now(),
): Promise<void> {
  const [current] = addressHashes(keys, address);
  await db.softBounce.create({ data: { hash: current.hash, at: new Date(now) } });
  const recent = await db.softBounce.count({
    where: { hash: current.hash, at: { gt: new Date(now - SOFT_BOUNCE_WINDOW_MS) } },
  });
  if (recent >= SOFT_BOUNCES_TO_SUPPRESS)
    await suppressAddress(db, keys, address, { reason: "SOFT_BOUNCES", source, status }, now);
}
