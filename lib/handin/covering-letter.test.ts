import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { findUnknownMergeFields } from "../letters/merge-fields";
import {
  DEFAULT_HANDIN_LETTER,
  fillHandInLetter,
  getHandInLetter,
  HANDIN_FIELDS,
  saveHandInLetter,
  ZHandInLetter,
} from "./covering-letter";
import { englishOfZod } from "../reasons/reason";

let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
});
afterAll(() => db.$disconnect());

const VALUES = {
  mission_name: "Embassy of Japan in the UK",
  mission_address: "",
  country_name: "Japan",
  signature_count: "1,204",
  named_count: "311",
  date_range: "1 December 2026 to 3 March 2027",
  today: "4 March 2027",
  briefing_source: "Burma Campaign UK, Burma Briefing No. 54 (March 2021)",
  salutation: "Dear Ambassador,",
  country_basis: "The briefing named Japan among them.",
};

describe("the hand-in pack's covering letter", () => {
  it("is seeded in our words, dating the briefing to March 2021 and using only fields the pack fills", async () => {
    const letter = await getHandInLetter(db);
    expect(letter).toMatchObject({ body: DEFAULT_HANDIN_LETTER, version: 1, editedBy: null });
    expect(letter.body).toContain("Burma Campaign UK's briefing of March 2021");
    expect(letter.body).toContain("{{briefing_source}}");
    expect(findUnknownMergeFields(letter.body, HANDIN_FIELDS)).toEqual([]);
  });

  it("fills every field, and leaves out a line whose only field has nothing to fill", () => {
    const text = fillHandInLetter(DEFAULT_HANDIN_LETTER, VALUES);
    expect(text.startsWith("Embassy of Japan in the UK\n\n4 March 2027\n\nDear Ambassador,")).toBe(true);
    expect(text).toContain("signed by 1,204 people (signatures dated 1 December 2026 to 3 March 2027).");
    expect(text).toContain("The briefing named Japan among them.");
    // No claim about the signers that nothing shows.
    expect(text).not.toMatch(/Burmese, with family|many have family/i);
    expect(text).not.toMatch(/\{\{/);
  });

  it("refuses a field the pack does not fill, naming the ones it does", () => {
    const result = ZHandInLetter.safeParse({ body: "Dear {{ambassador}}, {{country_name}}" });
    expect(result.success).toBe(false);
    expect(englishOfZod(result.error!.issues[0].message)).toContain(
      "Unknown merge field {{ambassador}}. Use only {{mission_name}}",
    );
    expect(ZHandInLetter.safeParse({ body: "  " }).success).toBe(false);
  });

  it("keeps each organiser's edit as a new version, in the audit log", async () => {
    const saved = await saveHandInLetter(
      db,
      "organiser@example.org",
      ZHandInLetter.parse({ body: "To {{mission_name}}" }),
    );
    expect(saved).toMatchObject({ version: 2, editedBy: "organiser@example.org", body: "To {{mission_name}}" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "edit-handin-letter" } });
    expect(audit).toMatchObject({ actorEmail: "organiser@example.org", details: { version: 2 } });
  });
});
