import type { PrismaClient } from "../db/client";
import { Prisma } from "../generated/prisma/client";

/** Who an update is for, as stored on it. */
export type TAudience = { petitionId: string; signerCountry: string | null; sourceCountryId: string | null };

/**
 * The signatures an update goes to: confirmed, asked for updates when signing, not unsubscribed since,
 * still holding an address (not erased or anonymised), narrowed by the update's filters. Read again at
 * every batch, so whoever unsubscribes while an update is going out gets nothing more.
 */
export function audienceWhere(a: TAudience): Prisma.Sql {
  return Prisma.sql`s."petitionId" = ${a.petitionId} AND s."status" = 'CONFIRMED' AND s."optIn"
    AND s."unsubscribedAt" IS NULL AND s."mailSuppressedAt" IS NULL AND s."email" IS NOT NULL
    AND (${a.signerCountry}::text IS NULL OR s."signerCountry" = ${a.signerCountry}::text)
    AND (${a.sourceCountryId}::text IS NULL OR s."sourceCountryId" = ${a.sourceCountryId}::text)`;
}

export async function countAudience(db: Pick<PrismaClient, "$queryRaw">, a: TAudience): Promise<number> {
  const [{ n }] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS "n" FROM "Signature" s WHERE ${audienceWhere(a)}`;
  return n;
}
