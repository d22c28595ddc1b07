import { memoise } from "../cache/memoise";
import type { PrismaClient } from "../db/client";
import { currentGoal } from "./goal";
import { getPetition } from "./petition";

export type TPetitionCounts = {
  confirmed: number;
  goal: number;
  bySignerCountry: Record<string, number>;
  bySourcePage: Record<string, number>;
  updatedAt: string;
};

/**
 * These counts are public (CORS *): a country or page with few signers would tell when one of them
 * confirmed, for someone who chose it for a target (issue 26). Fewer than MIN_SHOWN are left out
 * altogether rather than shown as "fewer than 10": a key appearing would itself tell 0 from 1.
 */
const MIN_SHOWN = 10;
const countsOfTenOrMore = (rows: [string, number][]) => Object.fromEntries(rows.filter(([, n]) => n >= MIN_SHOWN));

/**
 * Confirmed signatures, counted from the table (no counter row that every signature would
 * update) and shared by all requests for five seconds.
 */
export function getPetitionCounts(db: PrismaClient): Promise<TPetitionCounts> {
  return memoise(db, "petition-counts", 5000, () => countNow(db));
}

async function countNow(db: PrismaClient): Promise<TPetitionCounts> {
  const petition = await getPetition(db);
  const where = { petitionId: petition.id, status: "CONFIRMED" as const };
  const [byCountry, byPage] = await Promise.all([
    db.signature.groupBy({ by: ["signerCountry"], where, _count: { _all: true } }),
    db.signature.groupBy({ by: ["sourcePath"], where, _count: { _all: true } }),
  ]);
  const confirmed = byCountry.reduce((sum, row) => sum + row._count._all, 0);
  return {
    confirmed,
    goal: currentGoal(confirmed, petition.goal),
    bySignerCountry: countsOfTenOrMore(byCountry.map((r) => [r.signerCountry ?? "unknown", r._count._all])),
    bySourcePage: countsOfTenOrMore(byPage.map((r) => [r.sourcePath ?? "unknown", r._count._all])),
    updatedAt: new Date().toISOString(),
  };
}
