import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { CAMPAIGN_SLUG } from "../campaign/campaign-slug";
import type { PrismaClient } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { findUnknownMergeFields, renderTemplate, unknownMergeFields } from "../letters/merge-fields";
import { cleanText } from "../text/clean-text";
import { zodReason } from "../reasons/reason";

// The letter at the front of every hand-in pack: one text for the campaign, edited in the admin,
// with merge fields filled for each mission when its pack is made.

export const HANDIN_FIELDS = [
  "mission_name",
  "mission_address",
  "country_name",
  "signature_count",
  "named_count",
  "date_range",
  "today",
  "briefing_source",
  "salutation",
  "country_basis",
] as const;
export type THandInValues = Record<(typeof HANDIN_FIELDS)[number], string>;

/**
 * The seed's version, in our own words, claiming nothing the briefing or the signatures do not show;
 * organisers change it in the admin. The salutation follows the mission (lib/campaign/mission-words.ts)
 * and `country_basis` says what is true of the country: named by the briefing, or added by the campaign.
 */
export const DEFAULT_HANDIN_LETTER = [
  "{{mission_name}}",
  "{{mission_address}}",
  "",
  "{{today}}",
  "",
  "{{salutation}}",
  "",
  "We hand you a petition signed by {{signature_count}} people (signatures dated {{date_range}}). It is addressed " +
    "to the governments that Burma Campaign UK's briefing of March 2021 named as involved in military training " +
    "and/or cooperation with the Burmese military. {{country_basis}}",
  "",
  "The petition asks those governments to end any such training and cooperation, and to say so publicly. Its full " +
    "text follows this letter, with the number of signatures by the country where the signers live and, for the " +
    "United Kingdom, by region.",
  "",
  "This pack names only the {{named_count}} signers who asked to be named, each with their country; everyone else " +
    "is counted, never named.",
  "",
  "We would welcome a reply setting out your government's position.",
  "",
  "Yours sincerely,",
  "",
  "The petition's organisers",
  "",
  "Source: {{briefing_source}}",
].join("\n");

export const ZHandInLetter = z.object({
  body: z
    .string()
    .transform(cleanText)
    .pipe(
      z
        .string()
        .trim()
        .min(1, zodReason("handInLetterEmpty"))
        .max(6000, zodReason("handInLetterTooLong"))
        .superRefine((body, ctx) => {
          // Refused here, as letters to governments are: a pack must never print a raw {{placeholder}}.
          const unknown = findUnknownMergeFields(body, HANDIN_FIELDS);
          if (unknown.length)
            ctx.addIssue({
              code: "custom",
              message: zodReason("letterUnknownMergeField", unknownMergeFields(unknown, HANDIN_FIELDS)),
            });
        }),
    ),
});

type TDb = Pick<PrismaClient, "handInLetter" | "campaign" | "auditLog"> | Prisma.TransactionClient;

export async function getHandInLetter(db: TDb) {
  const letter = await db.handInLetter.findFirst({ where: { campaign: { slug: CAMPAIGN_SLUG } } });
  if (!letter) throw new Error("The hand-in letter is missing: run npm run db:seed");
  return letter;
}

/** An organiser's edit: a new version of the letter, audited with its version. */
export async function saveHandInLetter(db: TDb, actor: string, input: z.output<typeof ZHandInLetter>) {
  const current = await getHandInLetter(db);
  const saved = await db.handInLetter.update({
    where: { id: current.id },
    data: { body: input.body, editedBy: actor, version: { increment: 1 } },
  });
  await recordAudit(db, actor, "edit-handin-letter", saved.id, { version: saved.version });
  return saved;
}

/** The letter with its fields filled; a line whose only field was empty (no address known) is dropped. */
export function fillHandInLetter(body: string, values: THandInValues): string {
  const emptyLines = HANDIN_FIELDS.filter((f) => !values[f].trim()).map(
    (f) => new RegExp(`^\\{\\{\\s*${f}\\s*\\}\\}\\n`, "gm"),
  );
  const trimmed = emptyLines.reduce((text, pattern) => text.replace(pattern, ""), body);
  return renderTemplate(trimmed, values);
}
