import { z } from "zod";
import { countRows, isoTime, streamCopyCsv, userText, type TExportQuery } from "./copy-csv";
import { zodReason } from "../reasons/reason";

export const ZExportFilters = z.object({
  shape: z.enum(["crm", "delivery"]).default("crm"),
  from: z.iso
    .date(zodReason("dayInvalid"))
    .optional()
    .or(z.literal("").transform(() => undefined)),
  to: z.iso
    .date(zodReason("dayInvalid"))
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
    "unsubscribed_at",
    "hand_in_consent",
    "consent_version",
    "signed_at",
    "confirmed_at",
    "source",
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "embed_origin",
  ],
  // What the consent says is printed on the hand-in list, and nothing else: name and country.
  delivery: ["full_name", "country"],
} as const;

// ERASED rows have no personal data left and INVALIDATED ones are not signatures: never exported.
// The hand-in list goes to governments, so it names exactly the confirmed signers who ticked the box
// asking to be named, whatever other filter the export page shows (dates, updates consent, pending
// signatures and country pages are for the CRM shape: an "opted in only" left selected once named
// half of them); everyone else is counted in the hand-in pack, never listed.
function whereClause(f: TExportFilters): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  if (f.shape === "delivery") {
    // As the pack (lib/handin/pack-facts.ts): an anonymised signer has no name left to give.
    const named = `s."handInConsent" AND s."firstName" IS NOT NULL AND s."lastName" IS NOT NULL`;
    return { sql: `s."status" = 'CONFIRMED' AND ${named}`, params };
  }
  const parts = [f.status === "confirmed" ? `s."status" = 'CONFIRMED'` : `s."status" IN ('CONFIRMED', 'PENDING')`];
  // "Opted in" is consent given when signing and not withdrawn since (the unsubscribe link), at an
  // address that is not suppressed (a bounce or a spam complaint: lib/mail/suppression/).
  if (f.optIn === "only")
    parts.push(`s."optIn" = true AND s."unsubscribedAt" IS NULL AND s."mailSuppressedAt" IS NULL`);
  if (f.from) parts.push(`s."createdAt" >= $${params.push(f.from)}::date`);
  if (f.to) parts.push(`s."createdAt" < ($${params.push(f.to)}::date + 1)`);
  if (f.country) parts.push(`c."slug" = $${params.push(f.country)}`);
  return { sql: parts.join(" AND "), params };
}

const COLUMNS = {
  crm: [
    userText('s."firstName"'),
    userText('s."lastName"'),
    userText('s."email"'),
    userText('s."postcode"'),
    userText('s."signerCountry"'),
    `CASE WHEN s."optIn" AND s."unsubscribedAt" IS NULL AND s."mailSuppressedAt" IS NULL THEN 'yes' ELSE 'no' END`,
    isoTime('s."unsubscribedAt"'),
    `CASE WHEN s."handInConsent" THEN 'yes' ELSE 'no' END`,
    's."consentNoticeVersion"',
    isoTime('s."createdAt"'),
    isoTime('s."confirmedAt"'),
    userText('s."sourcePath"'),
    // Tags come from the address a supporter arrived at: anyone's text, neutralised like a name.
    userText('s."utmSource"'),
    userText('s."utmMedium"'),
    userText('s."utmCampaign"'),
    userText('s."embedOrigin"'),
  ],
  delivery: [userText(`s."firstName" || ' ' || s."lastName"`), userText('s."signerCountry"')],
} as const;

function exportQuery(filters: TExportFilters): TExportQuery {
  const { sql, params } = whereClause(filters);
  const byCountry = filters.country && filters.shape === "crm";
  return {
    columns: COLUMNS[filters.shape],
    from: `"Signature" s${byCountry ? ` JOIN "Country" c ON c."id" = s."sourceCountryId"` : ""}`,
    where: sql,
    orderBy: `s."createdAt", s."id"`,
    params,
  };
}

export function countExportRows(databaseUrl: string, filters: TExportFilters): Promise<number> {
  return countRows(databaseUrl, exportQuery(filters));
}

/** The signatures as CSV, streamed from Postgres's COPY (lib/export/copy-csv.ts). */
export function streamSignaturesCsv(
  databaseUrl: string,
  filters: TExportFilters,
  onDone: (rows: number) => Promise<void>,
): ReadableStream<Uint8Array> {
  return streamCopyCsv(databaseUrl, HEADERS[filters.shape], exportQuery(filters), onDone);
}

/** The filters an export applied, as the audit log records them: the hand-in list applies none. */
export function appliedFilters(filters: TExportFilters): TExportFilters | { shape: "delivery" } {
  return filters.shape === "delivery" ? { shape: "delivery" } : filters;
}

export function exportFilename(campaignSlug: string, shape: string, now = new Date()): string {
  return `signatures-${campaignSlug}-${shape}-${now.toISOString().slice(0, 10)}.csv`;
}
