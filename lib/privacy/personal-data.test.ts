import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { csvCell } from "../export/csv";
import { CURRENT_CONSENT_VERSION } from "../i18n/consent-notices";
import { signPetition } from "../petition/sign-petition";
import { context, LINKS, signer, withLinks } from "../testing/petition-fixtures";
import { emailForAccessToken, requestDataAccess } from "./data-access";
import { collectPersonalData, personalDataRows } from "./personal-data";

let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, 4);
});
afterAll(() => db.$disconnect());

async function someoneWithEverything(name: string) {
  const email = `${name}-${randomUUID().slice(0, 8)}@example.org`;
  await signPetition(db, signer({ email, firstName: name, lastName: "Tester", handInConsent: "on" }), context());
  const campaign = await db.campaign.findFirstOrThrow();
  await db.donation.create({
    data: {
      id: randomUUID(),
      campaignId: campaign.id,
      frequency: "ONE_OFF",
      amount: 1500,
      currency: "gbp",
      status: "SUCCEEDED",
      donorEmail: email.toUpperCase(),
      giftAid: true,
      giftAidName: `${name} Donor`,
      giftAidAddress: '=HYPERLINK("x") High Street, Leeds',
      giftAidPostcode: "LS1 1AA",
      giftAidDeclarationVersion: "2026-11-28",
      giftAidDeclaredAt: new Date(),
    },
  });
  return email;
}

describe("subject access", () => {
  it("returns every table's rows for an address, with the wording agreed to, and none of anyone else's", async () => {
    const mine = await someoneWithEverything("Mya");
    const theirs = await someoneWithEverything("Zaw");
    const data = await collectPersonalData(db, mine);
    expect(data.signatures).toHaveLength(1);
    expect(data.signatures[0]).toMatchObject({
      email: mine,
      firstName: "Mya",
      handInConsent: true,
      consentNoticeVersion: CURRENT_CONSENT_VERSION,
    });
    expect(data.signatures[0].consentWording?.handIn).toMatch(/Add my name/);
    expect(data.emails.map((e) => e.kind)).toEqual(["signature-confirm"]);
    expect(data.donations).toHaveLength(1);
    expect(data.donations[0]).toMatchObject({ amount: 1500, giftAidName: "Mya Donor", giftAidPostcode: "LS1 1AA" });
    expect(data.donations[0].giftAidDeclarationWording).toMatch(/UK taxpayer/);
    const everything = JSON.stringify(data);
    expect(everything).not.toContain(theirs);
    expect(everything).not.toContain("Zaw");

    const rows = personalDataRows(data);
    expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set(["signature", "email", "donation"]));
    const address = rows.find((r) => r[2] === "giftAidAddress")!;
    expect(csvCell(address[3]).startsWith("\"'=")).toBe(true);

    const nobody = await collectPersonalData(db, `nobody-${randomUUID()}@example.org`);
    expect([nobody.signatures.length, nobody.emails.length, nobody.donations.length]).toEqual([0, 0, 0]);
  });

  it("sends the link to the address whatever we hold, and the link lasts a day", async () => {
    const email = `asker-${randomUUID().slice(0, 8)}@example.org`;
    const now = Date.now();
    await requestDataAccess(db, email, LINKS, now);
    const sent = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: email, kind: "data-access" } });
    const token = /\/privacy\/my-data\/([A-Za-z0-9_-]+)/.exec(withLinks(sent))![1];
    expect(await emailForAccessToken(db, token, now + 60_000)).toBe(email);
    expect(await emailForAccessToken(db, token, now + 25 * 3_600_000)).toBeNull();
    expect(await emailForAccessToken(db, "x".repeat(43), now)).toBeNull();
    expect(await db.dataAccessToken.count({ where: { tokenHash: token } })).toBe(0); // only the hash is stored
    expect(withLinks(sent)).toContain(`http://app.test/privacy/my-data/${token}`);
    expect(sent.text).not.toContain(token); // made when it is sent, never stored
  });

  it("answers a request made from a Burmese page in Burmese first, its link opening the Burmese page", async () => {
    const email = `asker-my-${randomUUID().slice(0, 8)}@example.org`;
    await requestDataAccess(db, email, LINKS, Date.now(), "my");
    const sent = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: email, kind: "data-access" } });
    expect(sent.subject).toBe("ကျွန်ုပ်တို့ ကိုင်ထားသော သင့်အချက်အလက်များကို ကြည့်ရန် လင့်ခ် / Your link to see the data we hold");
    expect(sent.text.startsWith("တစ်စုံတစ်ဦး")).toBe(true);
    expect(withLinks(sent)).toMatch(/http:\/\/app\.test\/my\/privacy\/my-data\/[A-Za-z0-9_-]{20,}/);
    expect(sent.text).not.toMatch(/http:\/\/app\.test\/privacy\//);
  });
});
