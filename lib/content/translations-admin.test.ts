import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { isPublishable, loadTranslator } from "../i18n/content";
import { loadSeedTranslations, seedTranslations } from "../seed/seed-translations";
import { listTranslations, saveTranslation, ZTranslationEdit } from "./translations-admin";

let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
});
afterAll(() => db.$disconnect());

const ORGANISER = "organiser@example.org";

describe("the seed's Burmese", () => {
  it("translates every country's name, every research note, the campaign and the petition, all as drafts", async () => {
    const rows = await listTranslations(db, "my");
    const untranslated = rows.filter((r) => !r.translation).map((r) => r.label);
    expect(untranslated).toEqual([]);
    expect(rows.filter((r) => r.entity === "country" && r.field === "name")).toHaveLength(13);
    expect(rows.filter((r) => r.entity === "evidence").length).toBeGreaterThanOrEqual(14);
    for (const row of rows) expect(row.translation?.approvedAt, row.label).toBeNull();
    // Every one is Burmese, and keeps the English's figures (written in Burmese digits).
    const digits = (s: string) =>
      (s.replace(/[၀-၉]/g, (d) => String(d.charCodeAt(0) - 0x1040)).match(/\d+/g) ?? []).map((n) => String(Number(n)));
    for (const row of rows) {
      expect(row.translation!.text, row.label).toMatch(/[\u1000-\u109f]/);
      const english = new Set(digits(row.english));
      for (const n of digits(row.translation!.text)) expect(english.has(n), `${row.label}: ${n}`).toBe(true);
    }
  });

  it("adds nothing on a second run", async () => {
    expect(await seedTranslations(db, "my", loadSeedTranslations("my"))).toBe(0);
  });
});

describe("translating", () => {
  it("shows only approved translations of the English as it stands, and English, saying so, otherwise", async () => {
    const japan = await db.country.findFirstOrThrow({ where: { slug: "japan" } });
    const draft = await loadTranslator(db, "my", { country: [japan.id] });
    expect(draft("country", japan.id, "name", japan.name)).toEqual({ text: "Japan", fallback: true });
    expect(draft("country", "no-such-id", "name", "Atlantis")).toEqual({ text: "Atlantis", fallback: true });

    const edit = { lang: "my", entity: "country", entityId: japan.id, field: "name", text: "ဂျပန်" };
    await saveTranslation(db, ORGANISER, ZTranslationEdit.parse({ ...edit, approved: "on" }));
    const approved = await loadTranslator(db, "my", { country: [japan.id] });
    expect(approved("country", japan.id, "name", japan.name)).toEqual({ text: "ဂျပန်", fallback: false });
    // The English changes (an organiser's edit, a new seed): back to English, and to review, old English kept.
    expect(approved("country", japan.id, "name", "Nippon")).toEqual({ text: "Nippon", fallback: true });
    await db.country.update({ where: { id: japan.id }, data: { name: "Nippon" } });
    try {
      const row = (await listTranslations(db, "my")).find((r) => r.entityId === japan.id && r.field === "name")!;
      expect(row.status).toBe("changed");
      expect(row.translation?.approvedEnglish).toBe("Japan");
      expect(row.english).toBe("Nippon");
    } finally {
      await db.country.update({ where: { id: japan.id }, data: { name: "Japan" } });
    }
    const english = await loadTranslator(db, "en", { country: [japan.id] });
    expect(english("country", japan.id, "name", japan.name)).toEqual({ text: "Japan", fallback: false });
  });

  it("saves an organiser's translation audited; approving records who, and editing needs approving again", async () => {
    const india = await db.country.findFirstOrThrow({ where: { slug: "india" } });
    const edit = { lang: "my", entity: "country", entityId: india.id, field: "name", text: "အိန္ဒိယ" };
    await saveTranslation(db, ORGANISER, ZTranslationEdit.parse({ ...edit, approved: "on" }));
    const key = { lang_entity_entityId_field: { lang: "my", entity: "country", entityId: india.id, field: "name" } };
    const approved = await db.contentTranslation.findUniqueOrThrow({ where: key });
    expect(approved).toMatchObject({ approvedBy: ORGANISER, updatedBy: ORGANISER });
    expect(approved.approvedAt).not.toBeNull();
    await saveTranslation(db, ORGANISER, ZTranslationEdit.parse({ ...edit, text: "အိန္ဒိယနိုင်ငံ" }));
    expect(await db.contentTranslation.findUniqueOrThrow({ where: key })).toMatchObject({
      text: "အိန္ဒိယနိုင်ငံ",
      approvedAt: null,
    });
    const audit = await db.auditLog.findMany({ where: { action: "translation-save", target: `country:${india.id}` } });
    expect(audit).toHaveLength(2);
  });

  it("refuses an approval of English the organiser did not see", async () => {
    const japan = await db.country.findFirstOrThrow({ where: { slug: "japan" } });
    const edit = { lang: "my", entity: "country", entityId: japan.id, field: "name", text: "ဂျပန်", approved: "on" };
    await expect(
      saveTranslation(db, ORGANISER, ZTranslationEdit.parse({ ...edit, englishHash: "0".repeat(64) })),
    ).rejects.toThrow(/English changed/);
  });

  it("approves the seed's own drafts only under the test switch, and never an organiser's draft", () => {
    const seedDraft = { text: "က", approvedAt: null, approvedEnglishHash: null, updatedBy: null };
    expect(isPublishable(seedDraft, "English", false)).toBe(false);
    expect(isPublishable(seedDraft, "English", true)).toBe(true);
    expect(isPublishable({ ...seedDraft, updatedBy: ORGANISER }, "English", true)).toBe(false);
  });

  it("refuses English, fields that are not translatable, and empty text", () => {
    const base = { lang: "my", entity: "country", entityId: "x", field: "name", text: "က" };
    expect(ZTranslationEdit.safeParse(base).success).toBe(true);
    expect(ZTranslationEdit.safeParse({ ...base, lang: "en" }).success).toBe(false);
    expect(ZTranslationEdit.safeParse({ ...base, field: "iso2" }).success).toBe(false);
    expect(ZTranslationEdit.safeParse({ ...base, entity: "signature" }).success).toBe(false);
    expect(ZTranslationEdit.safeParse({ ...base, text: "  " }).success).toBe(false);
  });
});
