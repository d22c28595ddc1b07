// The interface catalogue is code, so its review by a fluent reader is a committed record
// (lib/i18n/messages/my.review.json: reviewer, date, and a hash of each section and key of my.ts as
// reviewed), written by `npx tsx scripts/record-catalogue-review.ts "<reviewer>"`. The admin shows it
// as "reviewed version X, N keys changed since". Never a failing test: the catalogue may change
// before its next review, and the admin says so.
import { createHash } from "node:crypto";
import { z } from "zod";

export const ZCatalogueReview = z.object({
  /** Null until a fluent reader has reviewed the catalogue. */
  reviewer: z.string().nullable(),
  date: z.string().nullable(),
  version: z.number().int().min(0),
  /** Per top-level section of the catalogue: the section's hash, and each key's. */
  sections: z.record(z.string(), z.object({ hash: z.string(), keys: z.record(z.string(), z.string()) })),
});
export type TCatalogueReview = z.infer<typeof ZCatalogueReview>;

const hash = (value: string) => createHash("sha256").update(value, "utf8").digest("hex").slice(0, 16);

function leaves(value: unknown, at: string): [string, string][] {
  if (typeof value === "string") return [[at, value]];
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, v]) => leaves(v, at ? `${at}.${key}` : key));
  return [];
}

/** Each section of a catalogue with its hash and its keys' hashes. */
export function hashCatalogue(catalogue: object): TCatalogueReview["sections"] {
  const sections: TCatalogueReview["sections"] = {};
  for (const [section, value] of Object.entries(catalogue)) {
    const keys = Object.fromEntries(leaves(value, section).map(([key, text]) => [key, hash(text)]));
    sections[section] = { hash: hash(JSON.stringify(keys)), keys };
  }
  return sections;
}

export type TReviewStatus = {
  review: { reviewer: string; date: string; version: number } | null;
  totalKeys: number;
  /** Keys written or changed since the review (every key when there has been none). */
  changedKeys: string[];
};

export function reviewStatus(record: TCatalogueReview, catalogue: object): TReviewStatus {
  const now = hashCatalogue(catalogue);
  const reviewed = new Map(Object.values(record.sections).flatMap((s) => Object.entries(s.keys)));
  const current = Object.values(now).flatMap((s) => Object.entries(s.keys));
  const changedKeys =
    record.reviewer === null
      ? current.map(([key]) => key)
      : current.filter(([key, h]) => reviewed.get(key) !== h).map(([key]) => key);
  return {
    review:
      record.reviewer && record.date ? { reviewer: record.reviewer, date: record.date, version: record.version } : null,
    totalKeys: current.length,
    changedKeys,
  };
}
