import "server-only";
import type { PrismaClient } from "../db/client";
import type { TActionChannel } from "./action-channels";

/** Actions per country id, for the home page. Counted from the table: no hot counter row. */
export async function countActionsByCountry(db: PrismaClient): Promise<Map<string, number>> {
  const rows = await db.action.groupBy({ by: ["countryId"], _count: { _all: true } });
  return new Map(rows.map((row) => [row.countryId, row._count._all]));
}

export type TCountryActionCounts = { total: number; byChannel: Partial<Record<TActionChannel, number>> };

export async function countActionsForCountry(db: PrismaClient, countryId: string): Promise<TCountryActionCounts> {
  const rows = await db.action.groupBy({ by: ["channel"], where: { countryId }, _count: { _all: true } });
  const byChannel = Object.fromEntries(rows.map((row) => [row.channel, row._count._all]));
  return { total: rows.reduce((sum, row) => sum + row._count._all, 0), byChannel };
}
