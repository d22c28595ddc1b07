import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { AppError } from "../errors";
import { messagesFor } from "../i18n/messages";
import { addDraft, addSigners, emailsOfUpdate } from "../testing/update-fixtures";
import { LINKS, withLinks } from "../testing/petition-fixtures";
import { unsubscribeToken } from "../mail/link-tokens";
import { paceUpdates } from "./pace-updates";
import { setPaused, startSending } from "./sending";

let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, 4);
});
// The sender works on the oldest update being sent, and waits while update emails are unsent: each
// test finishes its own, as if the outbox had sent them.
afterEach(async () => {
  await db.campaignUpdate.updateMany({ where: { status: { not: "DRAFT" } }, data: { status: "SENT" } });
  await db.outboxEmail.updateMany({ where: { kind: "campaign-update" }, data: { status: "SENT" } });
});
afterAll(() => db.$disconnect());

const T = Date.parse("2026-12-01T10:00:00Z");
const SECRET = LINKS.secret;
const settings = (perMinute: number) => ({ appUrl: "http://app.test", perMinute, secret: SECRET });

const emailsOf = (updateId: string) => emailsOfUpdate(db, updateId);

describe("sending an update", () => {
  it("goes to confirmed, opted-in signers matching the filter, at the configured pace, each once", async () => {
    const [a, b, c] = await addSigners(db, [
      { country: "IS" },
      { country: "IS" },
      { country: "IS" },
      { country: "IS", optIn: false },
      { country: "IS", status: "PENDING" },
      { country: "NO" },
    ]);
    const id = await addDraft(db, { signerCountry: "IS" });
    // The organiser must type the number it goes to; the wrong one is refused, saying the right one.
    const wrong = await startSending(db, "o@example.org", id, 6, T).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(AppError);
    expect((wrong as AppError).userMessage).toMatch(/It would go to 3 supporters now/);
    expect(await startSending(db, "o@example.org", id, 3, T)).toBe(3);

    // 60 a minute: one a second, scheduled at most 2 s ahead.
    expect(await paceUpdates(db, settings(60), T)).toBe(2);
    expect(await paceUpdates(db, settings(60), T)).toBe(0);
    expect(await paceUpdates(db, settings(60), T + 1000)).toBe(1);
    expect(await paceUpdates(db, settings(60), T + 2000)).toBe(0);
    const update = await db.campaignUpdate.findUniqueOrThrow({ where: { id } });
    expect(update).toMatchObject({ status: "SENT", queued: 3, audience: 3 });

    const emails = await emailsOf(id);
    expect(emails.map((e) => e.nextAttemptAt.getTime() - T)).toEqual([0, 1000, 2000]);
    expect(emails.map((e) => e.toAddress).sort()).toEqual([a.email, b.email, c.email].sort());
    for (const email of emails) {
      expect(email).toMatchObject({ kind: "campaign-update", subject: update.subject, status: "PENDING" });
      expect(email.text).toContain(update.body);
      // The outbox holds a slot where the token goes; the worker makes it when it sends the email.
      const slot = "{{token:unsubscribe}}";
      expect(email.text).toContain(`http://app.test/unsubscribe/${slot}`);
      expect(email.headers).toEqual({
        "List-Unsubscribe": `<http://app.test/api/unsubscribe/${slot}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      });
      const token = unsubscribeToken(SECRET, email.signatureId!);
      expect(withLinks(email)).toContain(`http://app.test/unsubscribe/${token}`);
    }
    // Only the token's hash is kept, one per signer whatever the number of updates.
    expect(await db.signatureToken.count({ where: { purpose: "UNSUBSCRIBE", signatureId: a.id } })).toBe(1);
  });

  it("never sends anyone the same update twice: a lost cursor, or two workers at once", async () => {
    await addSigners(
      db,
      Array.from({ length: 30 }, () => ({ country: "FI" })),
    );
    const id = await addDraft(db, { signerCountry: "FI" });
    await startSending(db, "o@example.org", id, 30, T);
    const [first, second] = await Promise.all([paceUpdates(db, settings(600), T), paceUpdates(db, settings(600), T)]);
    expect(first + second).toBe(20); // 2 s at 10 a second: the second worker found the first pacing
    // As if the worker died having queued them but its cursor were lost: the deliveries still hold.
    await db.campaignUpdate.update({ where: { id }, data: { cursor: null } });
    expect(await paceUpdates(db, settings(600), T + 5000)).toBe(0);
    expect(await paceUpdates(db, settings(600), T + 10_000)).toBe(10);
    const emails = await emailsOf(id);
    expect(emails).toHaveLength(30);
    expect(new Set(emails.map((e) => e.signatureId)).size).toBe(30);
    expect(await db.updateDelivery.count({ where: { updateId: id } })).toBe(30);
    expect(await db.campaignUpdate.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT" });
  });

  it("pauses at once and resumes from now, without a burst for the time paused", async () => {
    await addSigners(
      db,
      Array.from({ length: 10 }, () => ({ country: "DK" })),
    );
    const id = await addDraft(db, { signerCountry: "DK" });
    await startSending(db, "o@example.org", id, 10, T);
    expect(await paceUpdates(db, settings(60), T)).toBe(2);
    await setPaused(db, "o@example.org", id, true, T + 500);
    expect(await paceUpdates(db, settings(60), T + 10_000)).toBe(0);
    await expect(setPaused(db, "o@example.org", id, true, T + 10_000)).rejects.toThrow(/not sending/);
    await setPaused(db, "o@example.org", id, false, T + 60_000);
    expect(await paceUpdates(db, settings(60), T + 60_000)).toBe(2);
    const emails = await emailsOf(id);
    expect(emails.map((e) => e.nextAttemptAt.getTime() - T)).toEqual([0, 1000, 60_000, 61_000]);
  });

  it("waits while its emails pile up unsent (SMTP slower than the pace, or away)", async () => {
    await addSigners(
      db,
      Array.from({ length: 80 }, () => ({ country: "SE" })),
    );
    const id = await addDraft(db, { signerCountry: "SE" });
    await startSending(db, "o@example.org", id, 80, T);
    // 600 a minute: 20 for the first 2 s, then 10 a second, until 40 (4 s' worth) wait unsent.
    const turns = [];
    for (let s = 0; s < 6; s++) turns.push(await paceUpdates(db, settings(600), T + s * 1000));
    expect(turns).toEqual([20, 10, 10, 0, 0, 0]);
    await db.outboxEmail.updateMany({
      where: { id: { in: (await emailsOf(id)).map((e) => e.id) } },
      data: { status: "SENT" },
    });
    // Caught up: the pace restarts from now rather than sending the missed seconds at once.
    expect(await paceUpdates(db, settings(600), T + 6000)).toBe(20);
  });

  it("sends Burmese signers the Burmese version, ending in Burmese with a Burmese unsubscribe page", async () => {
    const [english, burmese] = await addSigners(db, [
      { country: "MM", sourcePath: "/countries/japan" },
      { country: "MM", sourcePath: "/my/petition" },
    ]);
    const id = await addDraft(
      db,
      { signerCountry: "MM" },
      { subjectMy: "ဂျပန်မှ သတင်း", bodyMy: "ဂျပန်အစိုးရသည် အကူအညီအသစ်ကို ဆိုင်းငံ့ထားသည်။ https://example.org/news" },
    );
    await startSending(db, "o@example.org", id, 2, T);
    expect(await paceUpdates(db, settings(60), T)).toBe(2);
    const update = await db.campaignUpdate.findUniqueOrThrow({ where: { id } });
    const emails = new Map((await emailsOf(id)).map((e) => [e.toAddress, e]));

    const mine = emails.get(burmese.email)!;
    expect(mine.subject).toBe("ဂျပန်မှ သတင်း");
    expect(mine.text).toContain("ဂျပန်အစိုးရသည် အကူအညီအသစ်ကို ဆိုင်းငံ့ထားသည်။");
    expect(mine.text).not.toContain(update.body);
    expect(mine.text).toContain(messagesFor("my").updateEmail.howToStop);
    expect(withLinks(mine)).toMatch(/^http:\/\/app\.test\/my\/unsubscribe\/[A-Za-z0-9_-]+$/m);
    // Mail programs' one-click button posts to the same endpoint for everyone.
    expect((mine.headers as Record<string, string>)["List-Unsubscribe"]).toMatch(
      /^<http:\/\/app\.test\/api\/unsubscribe\//,
    );

    const theirs = emails.get(english.email)!;
    expect(theirs.subject).toBe(update.subject);
    expect(theirs.text).toContain(update.body);
    expect(theirs.text).not.toContain("ဂျပန်");
    expect(theirs.text).toContain(messagesFor("en").updateEmail.howToStop);
    expect(withLinks(theirs)).toMatch(/^http:\/\/app\.test\/unsubscribe\/[A-Za-z0-9_-]+$/m);
  });

  it("sends Burmese signers the English when the update has no Burmese version", async () => {
    const [burmese] = await addSigners(db, [{ country: "TH", sourcePath: "/my/countries/japan" }]);
    const id = await addDraft(db, { signerCountry: "TH" });
    await startSending(db, "o@example.org", id, 1, T);
    expect(await paceUpdates(db, settings(60), T)).toBe(1);
    const update = await db.campaignUpdate.findUniqueOrThrow({ where: { id } });
    const [email] = await emailsOf(id);
    expect(email).toMatchObject({ toAddress: burmese.email, subject: update.subject });
    expect(email.text).toContain(update.body);
    // The interface around it stays in their language, as on the site's pages.
    expect(email.text).toContain(messagesFor("my").updateEmail.why);
    expect(withLinks(email)).toMatch(/^http:\/\/app\.test\/my\/unsubscribe\/[A-Za-z0-9_-]+$/m);
  });

  it("narrows to the country page signed on, and refuses to start an update for nobody", async () => {
    const japan = await db.country.findFirstOrThrow({ where: { slug: "japan" } });
    await addSigners(db, [{ country: "EE", sourceCountryId: japan.id }, { country: "EE" }]);
    const id = await addDraft(db, { signerCountry: "EE", sourceCountryId: japan.id });
    expect(await startSending(db, "o@example.org", id, 1, T)).toBe(1);
    const empty = await addDraft(db, { signerCountry: "LV" });
    await expect(startSending(db, "o@example.org", empty, 0, T)).rejects.toThrow(/No supporter matches/);
  });
});
