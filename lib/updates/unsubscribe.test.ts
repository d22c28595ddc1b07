import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { countExportRows, ZExportFilters } from "../export/export-signatures";
import { deliverDueEmails } from "../mail/deliver-outbox";
import { createMailTransport } from "../mail/transport";
import { startSmtpSink, type TSunkMail } from "../testing/smtp-sink";
import { addDraft, addSigners, emailsOfUpdate } from "../testing/update-fixtures";
import { answerOneClick } from "./one-click";
import { paceUpdates } from "./pace-updates";
import { audienceOf, startSending } from "./sending";
import { UNSUBSCRIBED_MESSAGE, unsubscribeByToken } from "./unsubscribe";
import { unsubscribeToken } from "../mail/link-tokens";
import { LINKS } from "../testing/petition-fixtures";

const url = process.env.DATABASE_URL!;
const PORT = 30_000 + (process.pid % 5000);
// The worker makes the links with the same secret the sender queued them with (AUTH_SECRET in both).
const SECRET = LINKS.secret;
let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(url, 4);
});
afterEach(async () => {
  await db.campaignUpdate.updateMany({ where: { status: { not: "DRAFT" } }, data: { status: "SENT" } });
  await db.outboxEmail.updateMany({ where: { kind: "campaign-update" }, data: { status: "SENT" } });
});
afterAll(() => db.$disconnect());

const settings = { appUrl: "http://app.test", perMinute: 6000, secret: SECRET };

/** Sends an update to everyone in `country` through the pacer (in one turn: 200 fit in 2 s at 100/s). */
async function sendTo(country: string, now: number) {
  const id = await addDraft(db, { signerCountry: country });
  await startSending(
    db,
    "o@example.org",
    id,
    await audienceOf(db, { signerCountry: country, sourceCountryId: null }),
    now,
  );
  await paceUpdates(db, settings, now);
  return id;
}

/** A body source as the route gives it, from a body and its content type. */
const body = (text: string, type = "application/x-www-form-urlencoded") => ({
  headers: new Headers({ "content-type": type }),
  readText: async () => text,
});

describe("unsubscribing", () => {
  it("records the time and drops the signer from later updates and from the opted-in export", async () => {
    const [stays, leaves] = await addSigners(db, [{ country: "PT" }, { country: "PT" }]);
    const now = Date.parse("2026-12-02T09:00:00Z");
    await sendTo("PT", now);
    const token = unsubscribeToken(SECRET, leaves.id);
    const optedIn = () => countExportRows(url, ZExportFilters.parse({}));
    const before = await optedIn();

    await unsubscribeByToken(db, token, now + 60_000);
    await unsubscribeByToken(db, token, now + 120_000); // pressed again: the first time stands
    expect((await db.signature.findUniqueOrThrow({ where: { id: leaves.id } })).unsubscribedAt).toEqual(
      new Date(now + 60_000),
    );
    expect((await db.signature.findUniqueOrThrow({ where: { id: stays.id } })).unsubscribedAt).toBeNull();
    expect(await optedIn()).toBe(before - 1);
    expect(await countExportRows(url, ZExportFilters.parse({ optIn: "all" }))).toBeGreaterThanOrEqual(before);

    const next = await sendTo("PT", now + 180_000);
    const recipients = await emailsOfUpdate(db, next);
    expect(recipients.map((e) => e.toAddress)).toEqual([stays.email]);
  });

  it("takes the signer's update emails still waiting out of the outbox", async () => {
    const [signer] = await addSigners(db, [{ country: "GR" }]);
    const now = Date.now() + 60_000; // scheduled a minute ahead: still waiting when they press
    const id = await sendTo("GR", now);
    expect(await db.updateDelivery.count({ where: { updateId: id } })).toBe(1);
    await unsubscribeByToken(db, unsubscribeToken(SECRET, signer.id), Date.now());
    expect(await db.outboxEmail.count({ where: { signatureId: signer.id, kind: "campaign-update" } })).toBe(0);
    // Its delivery stays: resuming or restarting never sends it again.
    expect(await db.updateDelivery.count({ where: { updateId: id } })).toBe(1);
  });

  it("answers a mail program's one-click POST the same for a signer's token, an unknown one or garbage", async () => {
    const [signer] = await addSigners(db, [{ country: "HU" }]);
    await sendTo("HU", Date.now());
    const tokens = [unsubscribeToken(SECRET, signer.id), unsubscribeToken(SECRET, "no-such-signature"), "x"];
    const answers = [];
    for (const token of tokens) {
      const response = await answerOneClick(db, token, body("List-Unsubscribe=One-Click"));
      answers.push({
        status: response.status,
        type: response.headers.get("content-type"),
        text: await response.text(),
      });
    }
    expect(answers[0]).toEqual({ status: 200, type: "text/plain; charset=utf-8", text: UNSUBSCRIBED_MESSAGE });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect((await db.signature.findUniqueOrThrow({ where: { id: signer.id } })).unsubscribedAt).not.toBeNull();

    // multipart/form-data, which RFC 8058 allows too
    const form = new FormData();
    form.set("List-Unsubscribe", "One-Click");
    const multipart = new Response(form);
    const type = multipart.headers.get("content-type")!;
    expect((await answerOneClick(db, "y", body(await multipart.text(), type))).status).toBe(200);
    // Anything but a one-click request is refused, alike for every token.
    for (const token of tokens) {
      expect((await answerOneClick(db, token, body("List-Unsubscribe=Yes"))).status).toBe(400);
      expect((await answerOneClick(db, token, body("{}", "application/json"))).status).toBe(400);
    }
  });

  it("arrives through SMTP with List-Unsubscribe and List-Unsubscribe-Post, keeping no copy once sent", async () => {
    const [signer] = await addSigners(db, [{ country: "CZ" }]);
    const received: TSunkMail[] = [];
    const sink = await startSmtpSink(PORT, (mail) => received.push(mail));
    const transport = createMailTransport({
      SMTP_URL: `smtp://127.0.0.1:${PORT}`,
      MAIL_FROM: "Campaign <campaign@example.org>",
      EMBEDDED_DATABASE: false,
      NODE_ENV: "production",
    })!;
    try {
      await sendTo("CZ", Date.now() - 1000);
      while ((await deliverDueEmails(db, transport, LINKS)) > 0);
    } finally {
      transport.close();
      await sink.close();
    }
    const mail = received.find((m) => m.to === signer.email)!;
    const token = unsubscribeToken(SECRET, signer.id);
    expect(mail.headers["list-unsubscribe"]).toBe(`<http://app.test/api/unsubscribe/${token}>`);
    expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(mail.text).toContain(`http://app.test/unsubscribe/${token}`);
    const sent = await db.outboxEmail.findFirstOrThrow({ where: { signatureId: signer.id, kind: "campaign-update" } });
    expect(sent).toMatchObject({ status: "SENT", text: "", headers: null });
  });
});
