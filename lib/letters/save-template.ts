import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import type { PrismaClient } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { AppError } from "../errors";
import { cleanLine, cleanText } from "../text/clean-text";
import { findUnknownMergeFields, unknownMergeFields } from "./merge-fields";
import { reason, saidOf, type TReason, zodReason } from "../reasons/reason";

type TDb = Pick<PrismaClient, "messageTemplate" | "auditLog" | "$executeRaw"> | Prisma.TransactionClient;

const ZMessageTemplateInput = z.object({
  subject: z
    .string()
    .transform(cleanLine)
    .pipe(z.string().min(1, zodReason("letterSubjectMissing")).max(200, zodReason("letterSubjectTooLong"))),
  body: z
    .string()
    .transform(cleanText)
    .pipe(z.string().trim().min(1, zodReason("letterBodyMissing")).max(5000, zodReason("letterBodyTooLong"))),
});
export type TMessageTemplateInput = z.input<typeof ZMessageTemplateInput>;

/**
 * A letter's subject and body, cleaned, or the reasons it cannot be saved. A merge field the app does
 * not know is refused here, so a supporter never sends an email with a raw {{placeholder}} in it.
 */
function checkedLetter(input: TMessageTemplateInput): { subject: string; body: string } {
  const parsed = ZMessageTemplateInput.safeParse(input);
  if (!parsed.success) {
    const fields = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), saidOf(i.message)]));
    throw new AppError("INVALID_INPUT", "letterNotSaved", { fields });
  }
  const fields: Record<string, TReason> = {};
  for (const [key, text] of Object.entries(parsed.data)) {
    const unknown = findUnknownMergeFields(text);
    if (unknown.length) fields[key] = reason("letterUnknownMergeField", unknownMergeFields(unknown));
  }
  if (Object.keys(fields).length) throw new AppError("INVALID_INPUT", "letterUnknownMergeFields", { fields });
  return parsed.data;
}

/** Adds a letter to a country's set (the seed passes its key; an organiser's letters have none). */
export async function addLetter(db: TDb, countryId: string, input: TMessageTemplateInput, key: string | null = null) {
  return db.messageTemplate.create({ data: { countryId, key, ...checkedLetter(input) } });
}

async function letterOf(db: TDb, countryId: string, id: string) {
  const letter = await db.messageTemplate.findFirst({ where: { id, countryId } });
  if (!letter) throw new AppError("NOT_FOUND", "letterNotThisCountrys");
  return letter;
}

/** An organiser's edit: a new version of the letter, audited. */
export async function editLetter(db: TDb, actor: string, countryId: string, id: string, input: TMessageTemplateInput) {
  const letter = await letterOf(db, countryId, id);
  const saved = await db.messageTemplate.update({
    where: { id: letter.id },
    data: { ...checkedLetter(input), version: { increment: 1 } },
  });
  await recordAudit(db, actor, "edit-letter", id, { countryId, version: saved.version });
  return saved;
}

/**
 * Retires a letter (no longer offered; kept on record) or brings it back. The last letter a country
 * offers cannot be retired: its page would lose the composer.
 */
export async function setLetterRetired(db: TDb, actor: string, countryId: string, id: string, retired: boolean) {
  const letter = await letterOf(db, countryId, id);
  // One statement, so two organisers retiring a country's last two letters at once cannot both succeed.
  const changed = retired
    ? await db.$executeRaw`
        UPDATE "MessageTemplate" SET "retiredAt" = now()
        WHERE id = ${letter.id} AND "retiredAt" IS NULL
          AND (SELECT count(*) FROM "MessageTemplate" WHERE "countryId" = ${countryId} AND "retiredAt" IS NULL) > 1`
    : (await db.messageTemplate.updateMany({ where: { id: letter.id }, data: { retiredAt: null } })).count;
  if (retired && !changed && !letter.retiredAt) throw new AppError("CONFLICT", "letterOnlyOne");
  await recordAudit(db, actor, retired ? "retire-letter" : "restore-letter", id, { countryId });
}
