import { Readable } from "node:stream";
import pg from "pg";
import { to as copyTo, type CopyToStreamQuery } from "pg-copy-streams";
import { z } from "zod";
import { csvRow, UTF8_BOM } from "./csv";

export const ZExportFilters = z.object({
  shape: z.enum(["crm", "delivery"]).default("crm"),
  from: z.iso
    .date("Dates look like 2026-11-28.")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  to: z.iso
    .date("Dates look like 2026-11-28.")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  status: z.enum(["confirmed", "all"]).default("confirmed"),
  optIn: z.enum(["only", "all"]).default("only"),
  country: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional()
    .or(z.literal("").transform(() => undefined)),
});
export type TExportFilters = z.output<typeof ZExportFilters>;

const HEADERS = {
  crm: [
    "first_name",
    "last_name",
    "email",
    "postcode",
    "country",
    "opted_in",
    "consent_version",
    "signed_at",
    "confirmed_at",
    "source",
  ],
  delivery: ["full_name", "postcode_area", "country", "signed_at"],
} as const;

// ERASED rows have no personal data left and INVALIDATED ones are not signatures: never exported.
// The hand-in list goes to governments, so it names only signers who ticked the box asking to be
// named; everyone else is counted in the hand-in pack, never listed.
function whereClause(f: TExportFilters): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const parts = [f.status === "confirmed" ? `s."status" = 'CONFIRMED'` : `s."status" IN ('CONFIRMED', 'PENDING')`];
  if (f.shape === "delivery") parts.push(`s."handInConsent" = true`);
  // "Opted in" is consent given when signing and not withdrawn since (the unsubscribe link).
  if (f.optIn === "only") parts.push(`s."optIn" = true AND s."unsubscribedAt" IS NULL`);
  if (f.from) parts.push(`s."createdAt" >= $${params.push(f.from)}::date`);
  if (f.to) parts.push(`s."createdAt" < ($${params.push(f.to)}::date + 1)`);
  if (f.country) parts.push(`c."slug" = $${params.push(f.country)}`);
  return { sql: parts.join(" AND "), params };
}

// Postgres writes the CSV itself (COPY … TO STDOUT, as psql's \copy does): no per-row work in
// JavaScript, which at a million rows was most of the export's time. Each cell of user text is
// neutralised in SQL the way lib/export/csv.ts does it (the cheapest test Postgres offers: its first
// character); an empty string would be written as "" (RFC 4180 allows it).
const userText = (expr: string) =>
  `CASE WHEN left(${expr}, 1) IN ('=', '+', '-', '@', E'\\t', E'\\r') THEN '''' || ${expr} ELSE ${expr} END`;
// Prisma stores DateTime as UTC in "timestamp without time zone": its text form with T and Z is
// ISO 8601 (fractions without trailing zeros), and cheaper for Postgres than to_char.
const ISO = (column: string) => `replace(${column}::text, ' ', 'T') || 'Z'`;

const COLUMNS = {
  crm: [
    userText('s."firstName"'),
    userText('s."lastName"'),
    userText('s."email"'),
    userText('s."postcode"'),
    userText('s."signerCountry"'),
    `CASE WHEN s."optIn" AND s."unsubscribedAt" IS NULL THEN 'yes' ELSE 'no' END`,
    's."consentNoticeVersion"',
    ISO('s."createdAt"'),
    ISO('s."confirmedAt"'),
    userText('s."sourcePath"'),
  ],
  // "SW1A 1AA" → "SW1A": enough to show where signers live, without their street.
  delivery: [
    userText(`s."firstName" || ' ' || s."lastName"`),
    userText(`split_part(s."postcode", ' ', 1)`),
    userText('s."signerCountry"'),
    ISO('s."createdAt"'),
  ],
} as const;

/** Postgres ends CSV rows with LF; RFC 4180 (and Excel on some systems) wants CRLF. */
function crlf(): TransformStream<Uint8Array, Uint8Array> {
  return new TransformStream({
    transform(chunk, controller) {
      let count = 0;
      for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) count++;
      const out = new Uint8Array(chunk.length + count);
      for (let i = 0, j = 0; i < chunk.length; i++) {
        if (chunk[i] === 10) out[j++] = 13;
        out[j++] = chunk[i];
      }
      controller.enqueue(out);
    },
  });
}

export async function countExportRows(databaseUrl: string, filters: TExportFilters): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { sql, params } = whereClause(filters);
    const result = await client.query(
      `SELECT count(*)::int AS n FROM "Signature" s LEFT JOIN "Country" c ON c."id" = s."sourceCountryId" WHERE ${sql}`,
      params,
    );
    return result.rows[0].n;
  } finally {
    await client.end();
  }
}

/**
 * The signatures as CSV, streamed from Postgres's COPY with backpressure: memory stays flat whatever
 * the size. `onDone` gets the number of rows written (for the audit log).
 */
export function streamSignaturesCsv(
  databaseUrl: string,
  filters: TExportFilters,
  onDone: (rows: number) => Promise<void>,
): ReadableStream<Uint8Array> {
  const client = new pg.Client({ connectionString: databaseUrl });
  const { sql, params } = whereClause(filters);
  // COPY takes no parameters: the few (validated) filter values are quoted as literals by the driver.
  const where = sql.replace(/\$(\d+)/g, (_, n: string) => client.escapeLiteral(String(params[Number(n) - 1])));
  const header = new TextEncoder().encode(UTF8_BOM + csvRow([...HEADERS[filters.shape]]));
  let copy: CopyToStreamQuery | undefined;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  const finish = () => client.end().catch(() => {});
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(header);
    },
    async pull(controller) {
      try {
        if (!reader) {
          await client.connect();
          await client.query("SET DateStyle TO ISO"); // the timestamps' text form, whatever the server's default
          copy = client.query(
            copyTo(
              `COPY (SELECT ${COLUMNS[filters.shape].join(", ")}
                   FROM "Signature" s${filters.country ? ` JOIN "Country" c ON c."id" = s."sourceCountryId"` : ""}
                   WHERE ${where} ORDER BY s."createdAt", s."id") TO STDOUT WITH (FORMAT csv)`,
            ),
          );
          reader = (Readable.toWeb(copy) as ReadableStream<Uint8Array>).pipeThrough(crlf()).getReader();
        }
        const { done, value } = await reader.read();
        if (!done) return controller.enqueue(value);
        const rows = copy!.rowCount;
        await finish();
        await onDone(rows);
        controller.close();
      } catch (error) {
        await finish();
        controller.error(error);
      }
    },
    async cancel() {
      await reader?.cancel().catch(() => {});
      await finish();
    },
  });
}

export function exportFilename(campaignSlug: string, shape: string, now = new Date()): string {
  return `signatures-${campaignSlug}-${shape}-${now.toISOString().slice(0, 10)}.csv`;
}
