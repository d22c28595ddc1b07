import { createHash, randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { confirmSignature, inspectConfirmToken } from "../petition/confirm-signature";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { signPetition } from "../petition/sign-petition";
import { ownDatabase } from "../testing/own-database";
import { context, LINKS, signer } from "../testing/petition-fixtures";
import { startSmtpSink, type TSunkMail } from "../testing/smtp-sink";
import { backoffMs, DEAD_LETTER_AFTER, deliverBatch, deliverDueEmails } from "./deliver-outbox";
import { queueEmail, queueEmails } from "./queue-email";
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
    expect(row).toMatchObject({
      status: "PENDING",
      attempts: 1,
      kind: "signature-confirm",
      text: "",
      body: "RENDER_AT_SEND",
    });
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
    expect(row).toMatchObject({ status: "SENT", attempts: 3, text: "", body: "CLEARED" });
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

  it("a recipient refused for a reason of its own (550) is tried again, then set aside with its error", async () => {
    const input = signer();
    await signPetition(db, input, context());
    const sink = await startSmtpSink(PORT, () => undefined);
    sink.control.answers.set(input.email, [550, "Requested action not taken"]);
    const mail = transport();
    let clock = Date.now();
    for (let turn = 1; turn <= DEAD_LETTER_AFTER; turn++) {
      expect(await deliverBatch(db, mail, LINKS, () => clock)).toEqual([turn < DEAD_LETTER_AFTER ? "later" : "dead"]);
      clock += 11 * 60_000; // past any backoff
    }
    expect(await deliverBatch(db, mail, LINKS, () => clock)).toEqual([]);
    mail.close();
    await sink.close();
    const row = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: input.email } });
    expect(row).toMatchObject({ status: "DEAD", rowFailures: DEAD_LETTER_AFTER });
    expect(row.lastError).toMatch(/550/);
  });

  it("a row that cannot be rendered is set aside after N tries with its error, and holds up no other", async () => {
    const input = signer();
    await db.outboxEmail.create({
      data: {
        id: randomUUID(),
        kind: "kind-this-version-cannot-render",
        toAddress: "x@example.org",
        subject: "s",
        text: "",
        body: "RENDER_AT_SEND",
      },
    });
    await signPetition(db, input, context());
    const received: TSunkMail[] = [];
    const sink = await startSmtpSink(PORT, (m) => received.push(m));
    const mail = transport();
    let clock = Date.now();
    const outcomes: string[][] = [];
    for (let turn = 1; turn <= DEAD_LETTER_AFTER; turn++) {
      outcomes.push((await deliverBatch(db, mail, LINKS, () => clock)).sort());
      clock += 11 * 60_000;
    }
    mail.close();
    await sink.close();
    // The confirmation went on the first turn, beside the failing row.
    expect(outcomes[0]).toEqual(["later", "sent"]);
    expect(outcomes.slice(1, -1).every((o) => o.join() === "later")).toBe(true);
    expect(outcomes.at(-1)).toEqual(["dead"]);
    expect(received.map((m) => m.to)).toEqual([input.email]);
    const dead = await db.outboxEmail.findFirstOrThrow({ where: { status: "DEAD" } });
    expect(dead.lastError).toMatch(
      /Could not render: No renderer for an email of kind "kind-this-version-cannot-render"/,
    );
  });

  it("a row an older instance wrote (no body: READY, no text) is rendered at send, never sent empty", async () => {
    const id = randomUUID();
    // As an instance from before the body column writes a deferred confirmation during a rolling deploy.
    await db.outboxEmail.create({
      data: { id, kind: "kind-this-version-cannot-render", toAddress: "old@example.org", subject: "s", text: "" },
    });
    const received: TSunkMail[] = [];
    const sink = await startSmtpSink(PORT, (m) => received.push(m));
    const mail = transport();
    const outcomes = await deliverBatch(db, mail, LINKS, () => Date.now());
    mail.close();
    await sink.close();
    expect(outcomes).toEqual(["later"]);
    expect(received).toEqual([]);
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "PENDING",
      body: "RENDER_AT_SEND",
    });
  });

  it("an SMTP outage longer than N tries sets nothing aside; everything arrives after, once", async () => {
    const inputs = [signer(), signer(), signer()];
    for (const input of inputs) await signPetition(db, input, context());
    const mail = transport();
    let clock = Date.now();
    // Nothing listening, then "try again later" (451), then a policy refusal (5.7.1: about us, not them).
    for (let turn = 1; turn <= DEAD_LETTER_AFTER + 1; turn++) {
      expect(await deliverDueEmails(db, mail, LINKS, () => clock)).toBe(0);
      clock += 11 * 60_000;
    }
    const received: TSunkMail[] = [];
    const sink = await startSmtpSink(PORT, (m) => received.push(m));
    sink.control.refuse = true;
    expect(await deliverDueEmails(db, mail, LINKS, () => clock)).toBe(0);
    clock += 11 * 60_000;
    sink.control.refuse = false;
    sink.control.answers.set(inputs[0].email, [550, "5.7.1 Message rejected by DMARC policy"]);
    for (let turn = 1; turn <= DEAD_LETTER_AFTER + 1; turn++) {
      await deliverDueEmails(db, mail, LINKS, () => clock);
      clock += 11 * 60_000;
    }
    expect(await db.outboxEmail.count({ where: { status: { not: "PENDING" }, toAddress: inputs[0].email } })).toBe(0);
    sink.control.answers.clear();
    expect(await deliverDueEmails(db, mail, LINKS, () => clock)).toBe(1);
    mail.close();
    await sink.close();
    expect(received.map((m) => m.to).sort()).toEqual(inputs.map((i) => i.email).sort());
    const rows = await db.outboxEmail.findMany({ where: { toAddress: { in: inputs.map((i) => i.email) } } });
    expect(rows.map((r) => [r.status, r.rowFailures])).toEqual(rows.map(() => ["SENT", 0]));
  });

  it("with 2,000 update emails due, a sign-in link queued now goes in the next batch", async () => {
    await queueEmails(
      db,
      "campaign-update",
      Array.from({ length: 2000 }, (_, i) => ({
        id: randomUUID(),
        to: `reader${i}@example.org`,
        payload: {
          subject: "News",
          body: "Body",
          unsubscribeUrl: "http://app.test/u",
          oneClickUrl: "http://app.test/o",
        },
        signatureId: null,
        notBefore: new Date(Date.now() - 60_000),
      })),
    );
    await queueEmail(db, "organiser@example.org", "organiser-sign-in", { url: "http://app.test/sign-in" });
    const received: TSunkMail[] = [];
    const sink = await startSmtpSink(PORT, (m) => received.push(m));
    const mail = transport();
    expect(await deliverDueEmails(db, mail, LINKS)).toBeGreaterThan(0);
    mail.close();
    await sink.close();
    expect(received.map((m) => m.to)).toContain("organiser@example.org");
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
    await queueReminders(db, LINKS, Date.now() - 5 * day + 1000);
    expect(await count()).toBe(1);
    await queueReminders(db, LINKS, Date.now() - 5 * day + 2000);
    expect(await count()).toBe(1);
    await queueReminders(db, LINKS);
    expect(await count()).toBe(2);
    await queueReminders(db, LINKS, Date.now() + 30 * day);
    expect(await count()).toBe(2);
    const reminder = await db.outboxEmail.findFirstOrThrow({
      where: { toAddress: input.email, kind: "signature-reminder" },
    });
    expect(reminder.subject).toBe("Reminder: please confirm your signature");
  });
});
