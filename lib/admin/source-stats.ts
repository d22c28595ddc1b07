import type { PrismaClient } from "../db/client";
import type { TSourcePeriod } from "./source-period";

/** What came from one source in a period. No person in it: counts and a sum only. */
export type TSourceTotals = {
  messages: number;
  signatures: number;
  confirmed: number;
  gifts: number;
  /** Minor units (pence) of those gifts. */
  giftAmount: number;
};
export type TSourceRow = TSourceTotals & { label: string };

type TRaw = TSourceTotals & {
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
  page: string | null;
  embedOrigin: string | null;
  country: string | null;
};

export const NO_VALUE = "(none)";

/**
 * Where supporters came from in a period: messages (Action), signatures received and confirmed
 * (pending and confirmed; invalidated and erased ones are not counted) and completed gifts, by
 * utm tags, page, partner site (embedding origin) and country (the country a message went to, or
 * whose page a signature was made on; gifts have none). One pass over each table, grouped in SQL.
 */
export async function getSourceStats(db: PrismaClient, period: TSourcePeriod) {
  const { fromDate: from, toExclusive: to } = period;
  const rows = await db.$queryRaw<TRaw[]>`
    SELECT "utmSource", "utmMedium", "utmCampaign", "page", "embedOrigin", c."name" AS "country",
      sum("messages")::int AS "messages", sum("signatures")::int AS "signatures",
      sum("confirmed")::int AS "confirmed", sum("gifts")::int AS "gifts", sum("giftAmount")::float8 AS "giftAmount"
    FROM (
      SELECT "utmSource", "utmMedium", "utmCampaign", "sourcePath" AS "page", "embedOrigin", "countryId",
        count(*) AS "messages", 0 AS "signatures", 0 AS "confirmed", 0 AS "gifts", 0 AS "giftAmount"
      FROM "Action" WHERE "createdAt" >= ${from} AND "createdAt" < ${to}
      GROUP BY 1, 2, 3, 4, 5, 6
      UNION ALL
      SELECT "utmSource", "utmMedium", "utmCampaign", "sourcePath", "embedOrigin", "sourceCountryId",
        0, count(*), count(*) FILTER (WHERE "status" = 'CONFIRMED'), 0, 0
      FROM "Signature"
      WHERE "createdAt" >= ${from} AND "createdAt" < ${to} AND "status" IN ('PENDING', 'CONFIRMED')
      GROUP BY 1, 2, 3, 4, 5, 6
      UNION ALL
      SELECT "utmSource", "utmMedium", "utmCampaign", "sourcePath", "embedOrigin", NULL,
        0, 0, 0, count(*), sum("amount")
      FROM "Donation" WHERE "createdAt" >= ${from} AND "createdAt" < ${to} AND "completedAt" IS NOT NULL
      GROUP BY 1, 2, 3, 4, 5
    ) AS x
    LEFT JOIN "Country" c ON c."id" = x."countryId"
    GROUP BY 1, 2, 3, 4, 5, 6`;
  const tags = (r: TRaw) => [r.utmSource, r.utmMedium, r.utmCampaign].map((v) => v ?? NO_VALUE).join(" / ");
  const hasTags = (r: TRaw) => !!(r.utmSource || r.utmMedium || r.utmCampaign);
  // One label per source for the cross-table: a partner's frame says most about where a person
  // was, then the link's tags; neither is "direct" (typed, bookmarked, or a link without tags).
  const source = (r: TRaw) => r.embedOrigin ?? (hasTags(r) ? tags(r) : "direct");
  return {
    byOrigin: rollUp(rows, (r) => r.embedOrigin),
    byTags: rollUp(rows, (r) => (hasTags(r) ? tags(r) : null)),
    byPage: rollUp(rows, (r) => r.page),
    byCountry: rollUp(rows, (r) => r.country),
    bySourceAndCountry: rollUp(rows, (r) => `${source(r)} → ${r.country ?? NO_VALUE}`),
    total: rollUp(rows, () => "All")[0] ?? { label: "All", ...zero() },
  };
}

const zero = (): TSourceTotals => ({ messages: 0, signatures: 0, confirmed: 0, gifts: 0, giftAmount: 0 });

/** Totals per label, most signatures first; rows without the value are counted under "(none)". */
function rollUp(rows: TRaw[], labelOf: (row: TRaw) => string | null): TSourceRow[] {
  const totals = new Map<string, TSourceRow>();
  for (const row of rows) {
    const label = labelOf(row) ?? NO_VALUE;
    const into = totals.get(label) ?? { label, ...zero() };
    into.messages += row.messages;
    into.signatures += row.signatures;
    into.confirmed += row.confirmed;
    into.gifts += row.gifts;
    into.giftAmount += row.giftAmount;
    totals.set(label, into);
  }
  return [...totals.values()].sort(
    (a, b) => b.signatures - a.signatures || b.messages - a.messages || a.label.localeCompare(b.label),
  );
}
