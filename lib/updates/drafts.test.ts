import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { addSigners } from "../testing/update-fixtures";
import { createUpdate, editUpdate } from "./drafts";
import { sendTestCopy, startSending } from "./sending";
import { ZUpdateDraft } from "./update-input";
import { englishOfZod } from "../reasons/reason";

let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, 4);
});
afterAll(() => db.$disconnect());

const draft = (o: Record<string, string> = {}) =>
  ZUpdateDraft.parse({ subject: "News from Tokyo", body: "A new agreement was signed. https://example.org", ...o });

describe("update drafts", () => {
  it("reads the form in plain words: one-line subject, filters from the lists only", () => {
    expect(draft({ subject: "Two\r\nlines", signerCountry: "gb", sourceCountry: "" })).toMatchObject({
      subject: "Two lines",
      signerCountry: "GB",
      sourceCountry: null,
    });
    const refused = ZUpdateDraft.safeParse({ subject: "", body: "short", signerCountry: "ZZ", sourceCountry: "<x>" });
    expect(refused.success).toBe(false);
    const fields = Object.fromEntries(refused.error!.issues.map((i) => [i.path[0], englishOfZod(i.message)]));
    expect(fields).toEqual({
      subject: "Please write a subject.",
      body: "The update needs at least a sentence or two.",
      signerCountry: "Choose the signers' country from the list.",
      sourceCountry: "Choose the country page from the list.",
    });
  });

  it("keeps a Burmese version only whole: subject and update, or neither", async () => {
    const both = draft({ subjectMy: "ဂျပန်မှ သတင်း", bodyMy: "သဘောတူညီချက်အသစ် လက်မှတ်ထိုးခဲ့သည်။" });
    const id = await createUpdate(db, "o@example.org", both);
    expect(await db.campaignUpdate.findUniqueOrThrow({ where: { id } })).toMatchObject({
      subjectMy: "ဂျပန်မှ သတင်း",
      bodyMy: "သဘောတူညီချက်အသစ် လက်မှတ်ထိုးခဲ့သည်။",
    });
    await expect(editUpdate(db, "o@example.org", id, draft({ subjectMy: "ဂျပန်မှ သတင်း" }))).rejects.toThrow(
      /Write the Burmese update too/,
    );
    await expect(createUpdate(db, "o@example.org", draft({ bodyMy: "သဘောတူညီချက်အသစ်" }))).rejects.toThrow(
      /Write a Burmese subject too/,
    );
    // Emptied, it goes: Burmese signers get the English again.
    await editUpdate(db, "o@example.org", id, draft({ subjectMy: " ", bodyMy: "" }));
    expect(await db.campaignUpdate.findUniqueOrThrow({ where: { id } })).toMatchObject({
      subjectMy: null,
      bodyMy: null,
    });
  });

  it("sends the organiser a test copy of each version it has", async () => {
    const organiser = `o-${Date.now()}@example.org`;
    const english = await createUpdate(db, organiser, draft());
    await sendTestCopy(db, organiser, english, "http://app.test");
    const withBurmese = await createUpdate(
      db,
      organiser,
      draft({ subjectMy: "ဂျပန်မှ သတင်း", bodyMy: "သဘောတူညီချက်အသစ် လက်မှတ်ထိုးခဲ့သည်။" }),
    );
    await sendTestCopy(db, organiser, withBurmese, "http://app.test");
    const copies = await db.outboxEmail.findMany({ where: { toAddress: organiser }, orderBy: { createdAt: "asc" } });
    expect(copies.map((c) => c.subject).sort()).toEqual(
      ["[Test] News from Tokyo", "[Test] News from Tokyo", "[Test] ဂျပန်မှ သတင်း"].sort(),
    );
    const burmese = copies.find((c) => c.subject.includes("ဂျပန်"))!;
    expect(burmese.text).toContain("http://app.test/my/unsubscribe/test-copy-for-organisers-changes-nothing");
  });

  it("is audited, keeps the country page it is for, and is fixed once sending starts", async () => {
    const id = await createUpdate(db, "o@example.org", draft({ sourceCountry: "japan", signerCountry: "LT" }));
    const saved = await db.campaignUpdate.findUniqueOrThrow({ where: { id }, include: { sourceCountry: true } });
    expect(saved).toMatchObject({ status: "DRAFT", signerCountry: "LT", createdBy: "o@example.org" });
    expect(saved.sourceCountry?.slug).toBe("japan");
    await expect(createUpdate(db, "o@example.org", draft({ sourceCountry: "atlantis" }))).rejects.toThrow(
      /country page/,
    );
    await editUpdate(db, "o@example.org", id, draft({ subject: "Changed", signerCountry: "LT" }));
    expect((await db.campaignUpdate.findUniqueOrThrow({ where: { id } })).subject).toBe("Changed");

    await addSigners(db, [{ country: "LT" }]);
    await startSending(db, "o@example.org", id, 1, Date.now());
    await expect(editUpdate(db, "o@example.org", id, draft())).rejects.toThrow(/can no longer be changed/);
    const audit = await db.auditLog.findMany({ where: { target: id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["update-create", "update-edit", "update-start"]);
    await db.campaignUpdate.update({ where: { id }, data: { status: "SENT" } });
  });
});
