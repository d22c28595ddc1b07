import pg from "pg";
import { z } from "zod";
import { csvCell, csvRow, UTF8_BOM } from "./csv";

export const ZExportFilters = z.object({
  shape: z.enum(["crm", "delivery"]).default("crm"),
  from: z.iso.date("Dates look like 2026-11-28.").optional().or(z.literal("").transform(() => undefined)),
  to: z.iso.date("Dates look like 2026-11-28.").optional().or(z.literal("").transform(() => undefined)),
  status: z.enum(["confirmed", "all"]).default("confirmed"),
  optIn: z.enum(["only", "all"]).default("only"),
  country: z.string().regex(/^[a-z0-9-]{1,60}$/).optional().or(z.literal("").transform(() => undefined)),
});
export type TExportFilters = z.output<typeof ZExportFilters>;

const HEADERS = {
  crm: ["first_name", "last_name", "email", "postcode", "country", "opted_in", "consent_version", "signed_at", "confirmed_at", "source"],
  delivery: ["full_name", "postcode_area", "country", "signed_at"],
} as const;

// ERASED rows have no personal data left and INVALIDATED ones are not signatures: never exported.
function whereClause(f: TExportFilters): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const parts = [f.status === "confirmed" ? `s."status" = 'CONFIRMED'` : `s."status" IN ('CONFIRMED', 'PENDING')`];
  if (f.optIn === "only") parts.push(`s."optIn" = true`);
  if (f.from) parts.push(`s."createdAt" >= $${params.push(f.from)}::date`);
  if (f.to) parts.push(`s."createdAt" < ($${params.push(f.to)}::date + 1)`);
  if (f.country) parts.push(`c."slug" = $${params.push(f.country)}`);
  return { sql: parts.join(" AND "), params };
}

/** "SW1A 1AA" → "SW1A": enough to show where signers live, without their street. */
function postcodeArea(postcode: string | null): string {
  return postcode ? postcode.split(" ")[0] : "";
}

// Rows arrive as arrays (no object per row) with timestamps already as ISO text (no Date per cell):
// at a million rows, that per-row work is most of the export's time.
type TRow = [
  firstName: string, lastName: string, email: string, postcode: string | null, signerCountry: string | null, optIn: boolean,
  consentNoticeVersion: string, createdAt: string, confirmedAt: string | null, sourcePath: string | null,
];

function toCsv(shape: TExportFilters["shape"], r: TRow): string {
  const [firstName, lastName, email, postcode, country, optIn, version, createdAt, confirmedAt, sourcePath] = r;
  if (shape === "delivery") {
    return csvRow([csvCell(`${firstName} ${lastName}`), csvCell(postcodeArea(postcode)), csvCell(country), csvCell(createdAt, false)]);
  }
  return csvRow([
    csvCell(firstName), csvCell(lastName), csvCell(email), csvCell(postcode), csvCell(country), optIn ? "yes" : "no",
    csvCell(version, false), csvCell(createdAt, false), csvCell(confirmedAt, false), csvCell(sourcePath),
  ]);
}

// Prisma stores DateTime as UTC in "timestamp without time zone": format it as it is.
const ISO = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export async function countExportRows(databaseUrl: string, filters: TExportFilters): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { sql, params } = whereClause(filters);
    const result = await client.query(
      `SELECT count(*)::int AS n FROM "Signature" s LEFT JOIN "Country" c ON c."id" = s."sourceCountryId" WHERE ${sql}`, params);
    return result.rows[0].n;
  } finally {
    await client.end();
  }
}

/**
 * The signatures as CSV, streamed from a server-side cursor 5,000 rows at a time: memory stays flat
 * whatever the size. `onDone` gets the number of rows written (for the audit log).
 */
export function streamSignaturesCsv(databaseUrl: string, filters: TExportFilters, onDone: (rows: number) => Promise<void>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const client = new pg.Client({ connectionString: databaseUrl });
  let rows = 0;
  let started = false;
  const finish = async () => {
    await client.query("COMMIT").catch(() => {});
    await client.end().catch(() => {});
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!started) {
          started = true;
          await client.connect();
          await client.query("BEGIN READ ONLY");
          const { sql, params } = whereClause(filters);
          await client.query(
            `DECLARE export_cursor NO SCROLL CURSOR FOR
             SELECT s."firstName", s."lastName", s."email", s."postcode", s."signerCountry", s."optIn",
                    s."consentNoticeVersion", ${ISO('s."createdAt"')}, ${ISO('s."confirmedAt"')}, s."sourcePath"
             FROM "Signature" s LEFT JOIN "Country" c ON c."id" = s."sourceCountryId"
             WHERE ${sql} ORDER BY s."createdAt", s."id"`, params);
          controller.enqueue(encoder.encode(UTF8_BOM + csvRow([...HEADERS[filters.shape]])));
          return;
        }
        const batch = await client.query<TRow>({ text: "FETCH 5000 FROM export_cursor", rowMode: "array" });
        if (batch.rows.length === 0) {
          await finish();
          await onDone(rows);
          controller.close();
          return;
        }
        rows += batch.rows.length;
        controller.enqueue(encoder.encode(batch.rows.map((r) => toCsv(filters.shape, r)).join("")));
      } catch (error) {
        await finish();
        controller.error(error);
      }
    },
    async cancel() {
      await finish();
    },
  });
}

export function exportFilename(campaignSlug: string, shape: string, now = new Date()): string {
  return `signatures-${campaignSlug}-${shape}-${now.toISOString().slice(0, 10)}.csv`;
}
