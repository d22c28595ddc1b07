import { Prisma } from "../generated/prisma/client";
import type pg from "pg";
import { poolOf, type PrismaClient } from "../db/client";
import { UK_AREA_NOT_RECOGNISED, UK_NO_POSTCODE, ukRegionOfArea } from "./uk-regions";

// What a hand-in pack says about the signatures: counts, where signers live, when they signed, and
// the names of those who asked to be named. Every figure is of confirmed signatures as at one moment
// (`asOf`), so a signature confirmed while a long pack is being written is in none of it.

type TDb = Pick<PrismaClient, "$queryRaw">;
export type TCount = { label: string; count: number };
export type TPackFacts = {
  asOf: Date;
  confirmed: number;
  /** Signers who ticked the box and whose name we still hold (anonymisation removes names). */
  named: number;
  firstSignedAt: Date | null;
  lastSignedAt: Date | null;
  bySignerCountry: TCount[];
  byUkRegion: TCount[];
};
/** `countryCode`: where the signer lives (ISO 3166), which says how their Chinese characters are drawn. */
export type TNamedSigner = { name: string; country: string; countryCode: string | null };

const countryNames = new Intl.DisplayNames(["en-GB"], { type: "region" });
const countryName = (iso2: string | null) => (iso2 ? (countryNames.of(iso2) ?? iso2) : "Not recorded");

const confirmedBy = (petitionId: string, asOf: Date) =>
  Prisma.sql`s."petitionId" = ${petitionId} AND s."status" = 'CONFIRMED'
    AND coalesce(s."confirmedAt", s."createdAt") <= ${asOf}`;
const NAMED = Prisma.sql`s."handInConsent" AND s."firstName" IS NOT NULL AND s."lastName" IS NOT NULL`;

type TGroup = { country: string | null; area: string | null; n: number; named: number; first: Date; last: Date };

function tally(map: Map<string, number>, label: string, n: number) {
  map.set(label, (map.get(label) ?? 0) + n);
}
const sorted = (map: Map<string, number>): TCount[] =>
  [...map]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1));

/** The pack's figures, from one GROUP BY over signer country and UK postcode area. */
export async function gatherPackFacts(db: TDb, petitionId: string, asOf: Date): Promise<TPackFacts> {
  // The area is the letters a UK postcode starts with ("SW" of "SW1A 1AA", or of the "SW1A" that
  // anonymisation keeps); '?' when a postcode was given that does not start like one.
  const groups = await db.$queryRaw<TGroup[]>`
    SELECT s."signerCountry" AS country,
           CASE WHEN s."signerCountry" = 'GB' AND s."postcode" IS NOT NULL
                THEN coalesce(substring(upper(s."postcode") from '^([A-Z]{1,2})[0-9]'), '?') END AS area,
           count(*)::int AS n, (count(*) FILTER (WHERE ${NAMED}))::int AS named,
           min(s."createdAt") AS first, max(s."createdAt") AS last
    FROM "Signature" s WHERE ${confirmedBy(petitionId, asOf)}
    GROUP BY 1, 2`;
  const countries = new Map<string, number>();
  const regions = new Map<string, number>();
  for (const g of groups) {
    tally(countries, countryName(g.country), g.n);
    if (g.country === "GB")
      tally(regions, g.area === null ? UK_NO_POSTCODE : (ukRegionOfArea(g.area) ?? UK_AREA_NOT_RECOGNISED), g.n);
  }
  const times = groups.flatMap((g) => [g.first.getTime(), g.last.getTime()]);
  return {
    asOf,
    confirmed: groups.reduce((sum, g) => sum + g.n, 0),
    named: groups.reduce((sum, g) => sum + g.named, 0),
    firstSignedAt: times.length ? new Date(Math.min(...times)) : null,
    lastSignedAt: times.length ? new Date(Math.max(...times)) : null,
    bySignerCountry: sorted(countries),
    byUkRegion: sorted(regions),
  };
}

/** name, signerCountry, createdAt, id */
type TNamedRow = [string, string | null, Date, string];

/** One page of named signers after `after` (createdAt, id): the conditions of confirmedBy and NAMED. */
async function namedPage(
  pool: pg.Pool,
  petitionId: string,
  asOf: Date,
  pageSize: number,
  after: [Date, string] | null,
): Promise<TNamedRow[]> {
  const { rows } = await pool.query<TNamedRow>({
    text: `
      SELECT s."firstName" || ' ' || s."lastName", s."signerCountry", s."createdAt", s."id"
      FROM "Signature" s
      WHERE s."petitionId" = $1 AND s."status" = 'CONFIRMED' AND coalesce(s."confirmedAt", s."createdAt") <= $2
        AND s."handInConsent" AND s."firstName" IS NOT NULL AND s."lastName" IS NOT NULL
        ${after ? `AND (s."createdAt", s."id") > ($4, $5)` : ""}
      ORDER BY s."createdAt", s."id" LIMIT $3`,
    values: after ? [petitionId, asOf, pageSize, ...after] : [petitionId, asOf, pageSize],
    rowMode: "array",
  });
  return rows;
}

/**
 * The named signers in the order they signed, a page at a time: each page is one indexed query that
 * starts after the last row of the one before (keyset), so memory and query time stay flat however
 * long the list is, and nothing holds the database between pages. Read through the client's pg pool
 * (lib/db/client.ts), as rows of plain values: Prisma's raw-query results, each row unpacked into
 * objects and copied, made half of what a pack of 100,000 names promoted to the old generation, and so
 * of its peak memory.
 */
export async function* namedSigners(
  db: PrismaClient,
  petitionId: string,
  asOf: Date,
  pageSize = 100,
): AsyncGenerator<TNamedSigner[]> {
  const pool = poolOf(db);
  let after: [Date, string] | null = null;
  for (;;) {
    const rows = await namedPage(pool, petitionId, asOf, pageSize, after);
    if (!rows.length) return;
    const more = rows.length === pageSize;
    const [, , createdAt, id] = rows[rows.length - 1];
    after = [createdAt, id];
    yield rows.map(([name, code]) => ({ name, country: countryName(code), countryCode: code }));
    if (!more) return;
  }
}
