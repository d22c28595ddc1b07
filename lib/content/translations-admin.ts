// Organisers translate the campaign's words (lib/i18n/content.ts) field by field. Each save is
// audited; a changed text needs approving again, since the approval was of the old words, and so
// does a translation whose English changed since (the approval keeps the English it was given for).
import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { CAMPAIGN_SLUG } from "../campaign/campaign-slug";
import type { PrismaClient } from "../db/client";
import { AppError } from "../errors";
import { cleanText } from "../text/clean-text";
import { hashEnglish, TRANSLATABLE, type TEntity } from "../i18n/content";
import { LANGS, type TLang } from "../i18n/languages";
import { zodReason } from "../reasons/reason";

export const TRANSLATED_LANGS = LANGS.filter((l) => l !== "en");
const ENTITIES = Object.keys(TRANSLATABLE) as [TEntity, ...TEntity[]];

export const ZTranslationEdit = z
  .object({
    lang: z.enum(TRANSLATED_LANGS as [Exclude<TLang, "en">], { error: zodReason("translationLangInvalid") }),
    entity: z.enum(ENTITIES, { error: zodReason("translationEntityInvalid") }),
    entityId: z.string().min(1).max(64),
    field: z.string().max(40),
    text: z
      .string()
      .transform((v) => cleanText(v).trim())
      .pipe(z.string().min(1, zodReason("translationMissing")).max(5000, zodReason("translationTooLong"))),
    approved: z.literal("on").optional(),
    /** The hash of the English the organiser had in front of them: an approval is of that English only. */
    englishHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
  })
  .refine((v) => (TRANSLATABLE[v.entity] as readonly string[]).includes(v.field), {
    message: zodReason("translationFieldInvalid"),
    path: ["field"],
  });

export type TTranslationRow = {
  entity: TEntity;
  entityId: string;
  field: string;
  label: string;
  english: string;
  translation: {
    text: string;
    approvedAt: Date | null;
    approvedBy: string | null;
    updatedBy: string | null;
    approvedEnglish: string | null;
    approvedEnglishHash: string | null;
  } | null;
  /** missing: none yet; draft: awaiting review; changed: approved, but for English since edited; approved: public. */
  status: "missing" | "draft" | "changed" | "approved";
};

function statusOf(english: string, t: TTranslationRow["translation"]): TTranslationRow["status"] {
  if (!t) return "missing";
  if (!t.approvedAt) return "draft";
  return t.approvedEnglishHash === hashEnglish(english) ? "approved" : "changed";
}

/** Everything translatable, in the order of the public pages, with its English and its translation (if any). */
export async function listTranslations(db: PrismaClient, lang: TLang): Promise<TTranslationRow[]> {
  const campaign = await db.campaign.findUniqueOrThrow({
    where: { slug: CAMPAIGN_SLUG },
    select: {
      id: true,
      title: true,
      ask: true,
      petitions: { select: { id: true, title: true, body: true }, orderBy: { createdAt: "asc" }, take: 1 },
      countries: {
        orderBy: [{ briefingRank: { sort: "asc", nulls: "last" } }, { name: "asc" }],
        select: {
          id: true,
          name: true,
          statusNote: true,
          evidence: { orderBy: { position: "asc" }, select: { id: true, title: true, url: true, summary: true } },
          updates: { orderBy: { happenedOn: "desc" }, select: { id: true, title: true, summary: true } },
        },
      },
    },
  });
  const rows: Omit<TTranslationRow, "translation" | "status">[] = [];
  const add = (entity: TEntity, entityId: string, field: string, label: string, english: string | null) => {
    if (english) rows.push({ entity, entityId, field, label, english });
  };
  add("campaign", campaign.id, "title", "Campaign title", campaign.title);
  add("campaign", campaign.id, "ask", "What the campaign asks", campaign.ask);
  const petition = campaign.petitions[0];
  if (petition) {
    add("petition", petition.id, "title", "Petition title", petition.title);
    add("petition", petition.id, "body", "Petition text", petition.body);
  }
  for (const c of campaign.countries) {
    add("country", c.id, "name", `${c.name}: name`, c.name);
    add("country", c.id, "statusNote", `${c.name}: status note`, c.statusNote);
    for (const e of c.evidence)
      add("evidence", e.id, "summary", `${c.name}: research note on ${e.title ?? e.url}`, e.summary);
    for (const u of c.updates) {
      add("countryUpdate", u.id, "title", `${c.name}: update "${u.title}"`, u.title);
      add("countryUpdate", u.id, "summary", `${c.name}: update "${u.title}", summary`, u.summary);
    }
  }
  const saved = await db.contentTranslation.findMany({ where: { lang } });
  const byKey = new Map(saved.map((t) => [`${t.entity}:${t.entityId}:${t.field}`, t]));
  return rows.map((row) => {
    const translation = byKey.get(`${row.entity}:${row.entityId}:${row.field}`) ?? null;
    return { ...row, translation, status: statusOf(row.english, translation) };
  });
}

/** Saves one translation, approved or (by default) a draft; audited. */
export async function saveTranslation(
  db: PrismaClient,
  organiserEmail: string,
  input: z.infer<typeof ZTranslationEdit>,
) {
  const { lang, entity, entityId, field, text } = input;
  const english = await englishOf(db, entity, entityId, field);
  if (english === null) throw new AppError("NOT_FOUND", "translationItemGone");
  const englishHash = hashEnglish(english);
  if (input.approved && input.englishHash && input.englishHash !== englishHash)
    throw new AppError("CONFLICT", "translationEnglishChanged");
  const approval = input.approved
    ? { approvedAt: new Date(), approvedBy: organiserEmail, approvedEnglish: english, approvedEnglishHash: englishHash }
    : { approvedAt: null, approvedBy: null, approvedEnglish: null, approvedEnglishHash: null };
  await db.$transaction(async (tx) => {
    await tx.contentTranslation.upsert({
      where: { lang_entity_entityId_field: { lang, entity, entityId, field } },
      create: { lang, entity, entityId, field, text, updatedBy: organiserEmail, ...approval },
      update: { text, updatedBy: organiserEmail, ...approval },
    });
    await recordAudit(tx, organiserEmail, "translation-save", `${entity}:${entityId}`, {
      lang,
      field,
      approved: !!input.approved,
    });
  });
}

/** The English a translation is of, as it stands; null when the item (or that field) is gone. */
async function englishOf(db: PrismaClient, entity: TEntity, id: string, field: string): Promise<string | null> {
  const where = { where: { id } } as const;
  const row: Record<string, unknown> | null = await (() => {
    switch (entity) {
      case "campaign":
        return db.campaign.findUnique(where);
      case "petition":
        return db.petition.findUnique(where);
      case "country":
        return db.country.findUnique(where);
      case "evidence":
        return db.evidenceItem.findUnique(where);
      case "countryUpdate":
        return db.countryUpdate.findUnique(where);
    }
  })();
  const value = row?.[field];
  return typeof value === "string" && value ? value : null;
}
