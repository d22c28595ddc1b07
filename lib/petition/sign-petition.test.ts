import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { AppError } from "../errors";
import { context, FORM_SECRET, LINKS, signer, tokenFromOutbox } from "../testing/petition-fixtures";
import { CURRENT_CONSENT_VERSION } from "../i18n/consent-notices";
import { confirmSignature, inspectConfirmToken } from "./confirm-signature";
import { eraseSignatureByToken } from "./erase-signature";
import { issueFormToken } from "./form-token";
import { handleRepeatSigners } from "./repeat-signers";
import { signPetition } from "./sign-petition";

let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, 20);
});
afterAll(() => db.$disconnect());

const byEmail = (email: string) => db.signature.findMany({ where: { email } });

/** The worker's turn (lib/petition/repeat-signers.ts) at `now`: what it did for this signature. */
async function followUp(signatureId: string, now: number) {
  const done = await handleRepeatSigners(db, LINKS, now);
  return done.find((d) => d.signatureId === signatureId)?.outcome;
}

describe("signPetition", () => {
  it("stores a pending signature, its consent record and its confirmation email together", async () => {
    const input = signer({ optIn: "on", postcode: "sw1a 1aa", sourcePath: "/countries/japan", sourceCountry: "japan" });
    expect(await signPetition(db, input, context({ ipHash: "hash-1" }))).toBe("signed");
    const [row] = await byEmail(input.email);
    expect(row).toMatchObject({
      status: "PENDING",
      optIn: true,
      handInConsent: false,
      consentNoticeVersion: CURRENT_CONSENT_VERSION,
      ipHash: "hash-1",
      postcode: "SW1A 1AA",
      sourcePath: "/countries/japan",
      emailKey: input.email.toLowerCase(),
    });
    expect(row.sourceCountryId).not.toBeNull();
    const emails = await db.outboxEmail.findMany({ where: { signatureId: row.id } });
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({
      status: "PENDING",
      toAddress: input.email,
      subject: "Please confirm your signature",
    });
    const tokens = await db.signatureToken.findMany({ where: { signatureId: row.id } });
    expect(tokens.map((t) => t.purpose).sort()).toEqual(["CONFIRM", "REMOVE"]);
    expect(emails[0].text).not.toContain(tokens[0].tokenHash);
  });

  it("a repeat signer's answer writes its follow-up durably and leaves the rest to the worker", async () => {
    const input = signer();
    const now = Date.now();
    expect(await signPetition(db, input, context({ now }))).toBe("signed");
    const [row] = await byEmail(input.email);
    await db.signature.update({ where: { id: row.id }, data: { status: "CONFIRMED" } });
    // Issue 26: the known address's answer does the same durable work as a new one's (one row
    // written in the signing statement), and nothing else runs in the answering process.
    expect(await signPetition(db, input, context({ now: now + 25 * 3_600_000 }))).toBe("queued");
    expect(await db.outboxEmail.count({ where: { signatureId: row.id } })).toBe(1);
    expect(await db.repeatSignFollowUp.count({ where: { signatureId: row.id } })).toBe(1);
    // Bounded: however many submissions arrive before the worker's turn, one follow-up.
    for (let i = 1; i <= 5; i++) await signPetition(db, input, context({ now: now + 25 * 3_600_000 + i }));
    expect(await db.repeatSignFollowUp.count({ where: { signatureId: row.id } })).toBe(1);
    expect(await followUp(row.id, now + 26 * 3_600_000)).toBe("noticed");
    expect(await db.repeatSignFollowUp.count({ where: { signatureId: row.id } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { signatureId: row.id, kind: "signature-already-signed" } })).toBe(1);
  });

  it("writes to someone who signed on a Burmese page in Burmese first, subject included", async () => {
    const input = signer({ sourcePath: "/my/petition" });
    const now = Date.now();
    await signPetition(db, input, context({ now }));
    const [row] = await byEmail(input.email);
    const [confirmation] = await db.outboxEmail.findMany({ where: { signatureId: row.id } });
    expect(confirmation.subject).toBe("သင့်လက်မှတ်ကို အတည်ပြုပေးပါ / Please confirm your signature");
    expect(await confirmSignature(db, await tokenFromOutbox(db, row.id, "confirm"))).toBe("done");
    expect(await signPetition(db, input, context({ now: now + 25 * 3_600_000 }))).toBe("queued");
    expect(await followUp(row.id, now + 25 * 3_600_000)).toBe("noticed");
    const [note] = await db.outboxEmail.findMany({ where: { signatureId: row.id, kind: "signature-already-signed" } });
    expect(note.subject).toBe("သင် လက်မှတ်ထိုးပြီးသား ဖြစ်ပါသည် / You have already signed");
    expect(note.text.startsWith("မင်္ဂလာပါ ")).toBe(true);
  });

  it("dedupes on the canonical email and re-sends a pending confirmation at most once a day, capped", async () => {
    const stamp = Date.now();
    const first = signer({ email: `Dup.Test${stamp}+one@gmail.com` });
    const again = signer({ email: `duptest${stamp}+two@GoogleMail.com` });
    let now = Date.now();
    expect(await signPetition(db, first, context({ now }))).toBe("signed");
    const rows = await db.signature.findMany({ where: { email: { in: [first.email, again.email] } } });
    const id = rows[0].id;
    expect(await signPetition(db, again, context({ now: now + 23 * 3_600_000 }))).toBe("queued");
    expect(await followUp(id, now + 23 * 3_600_000)).toBe("quiet");
    for (const expected of ["resent", "quiet", "resent", "quiet"]) {
      now += expected === "resent" ? 25 * 3_600_000 : 60_000;
      expect(await signPetition(db, again, context({ now }))).toBe("queued");
      expect(await followUp(id, now)).toBe(expected);
    }
    now += 25 * 3_600_000;
    await signPetition(db, again, context({ now }));
    expect(await followUp(id, now)).toBe("quiet"); // three confirmations in all
    expect(rows).toHaveLength(1);
    Object.assign(rows[0], await db.signature.findUniqueOrThrow({ where: { id } }));
    expect(rows[0].emailKey).toBe(`duptest${stamp}@gmail.com`);
    expect(rows[0]).toMatchObject({ email: first.email, confirmationsSent: 3 });
  });

  it("50 simultaneous identical submissions make exactly one signature and no error", async () => {
    const input = signer();
    const started = Date.now();
    const outcomes = await Promise.all(Array.from({ length: 50 }, () => signPetition(db, input, context())));
    const elapsed = Date.now() - started;
    expect((await byEmail(input.email)).length).toBe(1);
    expect(outcomes.filter((o) => o === "signed")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "signed").length + outcomes.filter((o) => o === "queued").length).toBe(50);
    expect(await db.outboxEmail.count({ where: { toAddress: input.email } })).toBe(1);
    console.log(
      `50 concurrent identical sign-ups: 1 row, outcomes ${JSON.stringify(countBy(outcomes))}, ${elapsed} ms`,
    );
  });

  it("stores nothing for a bot that fills the hidden field, and asks a too-quick person to press again", async () => {
    const bot = signer({ website: "http://spam.example" });
    expect(await signPetition(db, bot, context())).toBe("quiet");
    expect(await byEmail(bot.email)).toHaveLength(0);
    // The fill time is the server's: from when it issued the form to when the answer arrives.
    const issued = Date.now();
    const quick = signer({ formToken: issueFormToken(FORM_SECRET, issued) });
    await expect(signPetition(db, quick, context({ now: issued + 500 }))).rejects.toThrow(/press the button again/);
    const forged = signer({ formToken: issueFormToken("someone-elses-secret", issued - 60_000) });
    await expect(signPetition(db, forged, context({ now: issued }))).rejects.toThrow(/press the button again/);
    expect(await byEmail(quick.email)).toHaveLength(0);
    expect(await signPetition(db, quick, context({ now: issued + 2500 }))).toBe("signed");
  });

  // With challenges on (the default), these limits ask for a proof of work instead:
  // lib/petition/sign-gate.test.ts. Off (SIGN_CHALLENGES=false), they refuse, as before.
  it("with challenges off, refuses an address past its minute and a small email domain past 10 minutes", async () => {
    const ip = context({ limits: { ipPerMinute: 3, ipPerDay: 100, domainPer10Minutes: 100 } });
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await signPetition(db, signer(), ip).catch((e: AppError) => e.status));
    expect(results).toEqual(["signed", "signed", "signed", 429]);
    const domain = `d${Date.now()}.example`;
    const limits = { ipPerMinute: 100, ipPerDay: 100, domainPer10Minutes: 2 };
    const byDomain = [];
    for (let i = 0; i < 3; i++) {
      byDomain.push(
        await signPetition(db, signer({ email: `p${i}@${domain}` }), context({ limits })).catch(
          (e: AppError) => e.message,
        ),
      );
    }
    expect(byDomain.slice(0, 2)).toEqual(["signed", "signed"]);
    expect(byDomain[2]).toMatch(/too many signatures from your email provider/);
  });
});

describe("confirming and removing", () => {
  it("confirms only through the token, once, and erases on request leaving no personal data", async () => {
    const input = signer({ postcode: "M1 1AE" });
    await signPetition(db, input, context());
    const [row] = await byEmail(input.email);
    const confirm = await tokenFromOutbox(db, row.id, "confirm");
    expect(await inspectConfirmToken(db, confirm)).toBe("valid");
    expect((await db.signature.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("PENDING");
    expect(await confirmSignature(db, "not-a-real-token-aaaaaaaaaaaaaaa")).toBe("unknown");
    expect(await confirmSignature(db, confirm)).toBe("done");
    expect(await confirmSignature(db, confirm)).toBe("done");
    expect((await db.signature.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("CONFIRMED");
    // Signing again tells the owner, by email and at most once a day, that they had already signed.
    const later = Date.now() + 25 * 3_600_000;
    expect(await signPetition(db, input, context({ now: later }))).toBe("queued");
    expect(await followUp(row.id, later)).toBe("noticed");
    expect(await signPetition(db, input, context({ now: later + 60_000 }))).toBe("queued");
    expect(await followUp(row.id, later + 60_000)).toBe("quiet");
    const notes = await db.outboxEmail.findMany({ where: { signatureId: row.id, kind: "signature-already-signed" } });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ toAddress: input.email, subject: "You have already signed" });

    const remove = await tokenFromOutbox(db, row.id, "remove");
    const logsBefore = await db.deletionLog.count();
    expect(await eraseSignatureByToken(db, remove)).toBe("erased");
    const erased = await db.signature.findUniqueOrThrow({ where: { id: row.id } });
    expect(erased).toMatchObject({
      status: "ERASED",
      firstName: null,
      lastName: null,
      email: null,
      emailKey: null,
      postcode: null,
      ipHash: null,
    });
    expect(await db.signatureToken.count({ where: { signatureId: row.id } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { toAddress: input.email } })).toBe(0);
    const log = await db.deletionLog.findMany({ orderBy: { erasedAt: "desc" }, take: 1 });
    expect(await db.deletionLog.count()).toBe(logsBefore + 1);
    expect(log[0]).toMatchObject({ subject: "signature", wasConfirmed: true, reason: "signer request" });
    expect(JSON.stringify(log[0])).not.toContain(input.email);
    expect(await eraseSignatureByToken(db, remove)).toBe("unknown");
    expect(await signPetition(db, input, context())).toBe("signed");
  });

  it("treats an expired link as expired", async () => {
    const input = signer();
    await signPetition(db, input, context({ now: Date.now() - 8 * 86_400_000 }));
    const [row] = await byEmail(input.email);
    expect(await inspectConfirmToken(db, await tokenFromOutbox(db, row.id, "confirm"))).toBe("expired");
  });
});

function countBy(values: string[]) {
  return values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});
}
