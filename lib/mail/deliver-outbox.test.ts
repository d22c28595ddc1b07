import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { confirmSignature, inspectConfirmToken } from "../petition/confirm-signature";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { signPetition } from "../petition/sign-petition";
import { ownDatabase } from "../testing/own-database";
import { context, LINKS, signer } from "../testing/petition-fixtures";
import { startSmtpSink, type TSunkMail } from "../testing/smtp-sink";
import { backoffMs, deliverDueEmails } from "./deliver-outbox";
import { queueReminders } from "../petition/queue-reminders";
import { createMailTransport, mailMode } from "./transport";

const PORT = 25_000 + (process.pid % 5000);
// The worker sends every due email in its database, so each test has a database of its own: what one
// queues is never sent, or counted, by another.
let db: PrismaClient;
let own: Awaited<ReturnType<typeof ownDatabase>>;
beforeEach(async () => {
  own = await ownDatabase();
  db = createPrismaClient(own.url, 4);
});
afterEach(async () => {
  await db.$disconnect();
  await own.drop();
});

const transport = () =>
  createMailTransport({
    SMTP_URL: `smtp://127.0.0.1:${PORT}`,
    MAIL_FROM: "Campaign <campaign@example.org>",
    EMBEDDED_DATABASE: false,
    NODE_ENV: "production",
  })!;
const dueNow = () =>
  db.outboxEmail.updateMany({ where: { status: "PENDING" }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });

describe("email outbox", () => {
  it("waits out an SMTP outage and a refusal, then delivers each email exactly once", async () => {
    const input = signer();
    await signPetition(db, input, context());

    // 1. Nothing listening: the email stays queued with a later attempt time.
    const mail = transport();
    expect(await deliverDueEmails(db, mail, LINKS)).toBe(0);
    let row = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: input.email } });
    // Written without its text (no working link at rest); the worker renders it when it sends it.
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, kind: "signature-confirm", text: "" });
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    expect(await deliverDueEmails(db, mail, LINKS)).toBe(0); // not due yet: not retried early

    // 2. The server is back but answers "try again later" (451).
    const received: TSunkMail[] = [];
    const sink = await startSmtpSink(PORT, (m) => received.push(m));
    sink.control.refuse = true;
    await dueNow();
    expect(await deliverDueEmails(db, mail, LINKS)).toBe(0);
    row = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: input.email } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 2 });
    expect(row.lastError).toMatch(/451/);

    // 3. Accepting again: delivered once, and the link-bearing text is not kept.
    sink.control.refuse = false;
    await dueNow();
    expect(await deliverDueEmails(db, mail, LINKS)).toBe(1);
    expect(await deliverDueEmails(db, mail, LINKS)).toBe(0);
    mail.close();
    await sink.close();
    expect(received.filter((m) => m.to === input.email)).toHaveLength(1);
    expect(received[0].subject).toBe("Please confirm your signature");
    expect(received[0].text).toMatch(/http:\/\/app\.test\/petition\/confirm\/[A-Za-z0-9_-]{43}/);
    expect(received[0].text).toContain(`Hello ${input.firstName},`);
    row = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: input.email } });
    expect(row).toMatchObject({ status: "SENT", attempts: 3, text: "" });
    // The links the worker rendered are the ones the signature's token rows answer to.
    const link = (kind: string) => new RegExp(`/petition/${kind}/([A-Za-z0-9_-]+)`).exec(received[0].text)![1];
    expect(await inspectConfirmToken(db, link("confirm"))).toBe("valid");
    expect(await confirmSignature(db, link("confirm"))).toBe("done");
    const removeHash = createHash("sha256").update(link("remove")).digest("hex");
    expect(await db.signatureToken.count({ where: { tokenHash: removeHash, purpose: "REMOVE" } })).toBe(1);
  });

  it("a confirmation whose signature was settled before it went is not sent", async () => {
    const input = signer();
    await signPetition(db, input, context());
    // Invalidated by organisers while its email waited: no email with working-looking links.
    await db.signature.updateMany({ where: { email: input.email }, data: { status: "INVALIDATED" } });
    const received: TSunkMail[] = [];
    const sink = await startSmtpSink(PORT, (m) => received.push(m));
    const mail = transport();
    expect(await deliverDueEmails(db, mail, LINKS)).toBe(0);
    mail.close();
    await sink.close();
    expect(received).toHaveLength(0);
    const row = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: input.email } });
    expect(row).toMatchObject({ status: "FAILED", text: "" });
  });

  it("an email refused for good is marked FAILED and loses its text", async () => {
    const input = signer();
    await signPetition(db, input, context());
    const sink = await startSmtpSink(PORT, () => undefined);
    sink.control.reject = true;
    const mail = transport();
    expect(await deliverDueEmails(db, mail, LINKS)).toBe(0);
    mail.close();
    await sink.close();
    const row = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: input.email } });
    expect(row).toMatchObject({ status: "FAILED", text: "" });
    expect(row.lastError).toMatch(/550/);
  });

  it("prints email only for local use; a deployment without SMTP_URL holds it in the outbox", () => {
    const base = { MAIL_FROM: "x <x@example.org>", SMTP_URL: undefined };
    expect(mailMode({ ...base, EMBEDDED_DATABASE: true, NODE_ENV: "production" })).toBe("print");
    expect(mailMode({ ...base, EMBEDDED_DATABASE: false, NODE_ENV: "development" })).toBe("print");
    expect(mailMode({ ...base, EMBEDDED_DATABASE: false, NODE_ENV: "production" })).toBe("hold");
    expect(createMailTransport({ ...base, EMBEDDED_DATABASE: false, NODE_ENV: "production" })).toBeNull();
    expect(mailMode({ ...base, SMTP_URL: "smtp://x", EMBEDDED_DATABASE: true, NODE_ENV: "production" })).toBe("smtp");
  });

  it("backs off exponentially up to ten minutes", () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([5000, 10000, 20000, 40000]);
    expect(backoffMs(30)).toBe(600_000);
  });

  it("two workers at once never send the same email twice", async () => {
    const inputs = Array.from({ length: 30 }, () => signer());
    for (const input of inputs) await signPetition(db, input, context());
    const received: TSunkMail[] = [];
    const sink = await startSmtpSink(PORT, (m) => received.push(m));
    const [a, b] = [transport(), transport()];
    const other = createPrismaClient(own.url, 4);
    await Promise.all([
      deliverDueEmails(db, a, LINKS),
      deliverDueEmails(other, b, LINKS),
      deliverDueEmails(db, a, LINKS),
      deliverDueEmails(other, b, LINKS),
    ]);
    a.close();
    b.close();
    await other.$disconnect();
    await sink.close();
    const ours = received.filter((m) => inputs.some((i) => i.email === m.to));
    expect(ours).toHaveLength(30);
    expect(new Set(ours.map((m) => m.to)).size).toBe(30);
  });

  it("queues at most two reminders for a signature left unconfirmed", async () => {
    const input = signer();
    const day = 86_400_000;
    await signPetition(db, input, context({ now: Date.now() - 6 * day }));
    const count = () => db.outboxEmail.count({ where: { toAddress: input.email, kind: "signature-reminder" } });
    await queueReminders(db, "http://app.test", Date.now() - 5 * day + 1000);
    expect(await count()).toBe(1);
    await queueReminders(db, "http://app.test", Date.now() - 5 * day + 2000);
    expect(await count()).toBe(1);
    await queueReminders(db, "http://app.test");
    expect(await count()).toBe(2);
    await queueReminders(db, "http://app.test", Date.now() + 30 * day);
    expect(await count()).toBe(2);
    const reminder = await db.outboxEmail.findFirstOrThrow({
      where: { toAddress: input.email, kind: "signature-reminder" },
    });
    expect(reminder.subject).toBe("Reminder: please confirm your signature");
  });
});
