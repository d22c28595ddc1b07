import { execFileSync } from "node:child_process";
import { createSign, generateKeyPairSync, randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../../db/client";
import { countExportRows, ZExportFilters } from "../../export/export-signatures";
import { signPetition } from "../../petition/sign-petition";
import { collectPersonalData, personalDataRows } from "../../privacy/personal-data";
import { context, LINKS, signer } from "../../testing/petition-fixtures";
import { startSmtpSink, type TSunkMail } from "../../testing/smtp-sink";
import { deliverDueEmails } from "../deliver-outbox";
import { queueEmails } from "../queue-email";
import { applyMailEvent } from "../suppression/apply-mail-event";
import { findSuppression, suppressAddress } from "../suppression/suppress";
import { suppressionHooks } from "../suppression/suppression-hooks";
import type { TSuppressionKey } from "../suppression/suppression-keys";
import { createMailTransport } from "../transport";
import { handleSendgridEvents, sendgridPublicKey } from "./sendgrid-events";
import { handleSesNotification, type TSnsDependencies } from "./ses-notification";
import { snsStringToSign, type TSnsMessage } from "./verify-sns";

const PORT = 35_000 + (process.pid % 5000);
const KEYS: TSuppressionKey[] = [{ name: "test-2026", secret: "test-only-suppression-key-0123456789abcdef" }];
const TOPIC = "arn:aws:sns:eu-west-2:123456789012:ses-events";
const CERT_URL = "https://sns.eu-west-2.amazonaws.com/SimpleNotificationService-test.pem";
const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");

let db: PrismaClient;
// An RSA key and a self-signed certificate made for this run (openssl), standing in for SNS's.
let snsKey: string;
let snsCert: string;
let otherKey: string;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, 4);
  const dir = mkdtempSync(path.join(tmpdir(), "sns-test-"));
  const make = (name: string) =>
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=sns.test-only",
        "-keyout",
        path.join(dir, `${name}.key`),
        "-out",
        path.join(dir, `${name}.pem`),
      ],
      { stdio: "ignore" },
    );
  make("sns");
  make("other");
  snsKey = readFileSync(path.join(dir, "sns.key"), "utf8");
  snsCert = readFileSync(path.join(dir, "sns.pem"), "utf8");
  otherKey = readFileSync(path.join(dir, "other.key"), "utf8");
  rmSync(dir, { recursive: true });
});
afterAll(() => db.$disconnect());

function snsMessage(fields: Partial<TSnsMessage>, key = snsKey): string {
  const message = {
    Type: "Notification",
    MessageId: randomUUID(),
    TopicArn: TOPIC,
    Message: "",
    Timestamp: new Date().toISOString(),
    SignatureVersion: "2",
    Signature: "",
    SigningCertURL: CERT_URL,
    ...fields,
  } as TSnsMessage;
  message.Signature = createSign("RSA-SHA256").update(snsStringToSign(message)).sign(key, "base64");
  return JSON.stringify(message);
}

function snsDeps(): TSnsDependencies & { fetched: string[]; confirmed: string[] } {
  const fetched: string[] = [];
  const confirmed: string[] = [];
  return {
    fetched,
    confirmed,
    topicArn: TOPIC,
    fetchCertificate: async (url) => {
      fetched.push(url);
      return snsCert;
    },
    confirmSubscription: async (url) => {
      confirmed.push(url);
    },
  };
}

const isSuppressed = async (address: string) => (await findSuppression(db, KEYS, address)) !== null;

describe("bounces and complaints from Amazon SES (SNS)", () => {
  it("a signed bounce and complaint suppress their addresses", async () => {
    const deps = snsDeps();
    const bounce = await handleSesNotification(db, KEYS, snsMessage({ Message: fixture("ses-bounce.json") }), deps);
    expect(bounce).toEqual({ status: 200, body: { ok: true, applied: 1 } });
    const complaint = await handleSesNotification(
      db,
      KEYS,
      snsMessage({ Message: fixture("ses-complaint.json") }),
      deps,
    );
    expect(complaint.status).toBe(200);
    expect(deps.fetched).toEqual([CERT_URL, CERT_URL]);
    expect(await findSuppression(db, KEYS, "Gone@Example.org")).toMatchObject({
      reason: "HARD_BOUNCE",
      status: "5.1.1",
    });
    expect(await findSuppression(db, KEYS, "annoyed@example.org")).toMatchObject({
      reason: "COMPLAINT",
      source: "ses",
    });
    // Only a keyed hash is kept.
    const rows = await db.suppressedAddress.findMany();
    expect(JSON.stringify(rows)).not.toMatch(/example\.org/);
  });

  it("a forged, unsigned or foreign-certificate notification answers 4xx and changes nothing", async () => {
    const before = await db.suppressedAddress.count();
    const message = fixture("ses-bounce.json").replace("gone@example.org", "victim@example.org");
    const deps = snsDeps();
    const forged = await handleSesNotification(db, KEYS, snsMessage({ Message: message }, otherKey), deps);
    expect(forged.status).toBe(403);
    const unsigned = JSON.parse(snsMessage({ Message: message }));
    delete unsigned.Signature;
    expect((await handleSesNotification(db, KEYS, JSON.stringify(unsigned), deps)).status).toBe(400);
    const elsewhere = snsMessage({ Message: message, SigningCertURL: "https://attacker.example/cert.pem" });
    expect((await handleSesNotification(db, KEYS, elsewhere, deps)).status).toBe(403);
    const lookalike = snsMessage({
      Message: message,
      SigningCertURL: "https://sns.eu-west-2.amazonaws.com.evil.example/c.pem",
    });
    expect((await handleSesNotification(db, KEYS, lookalike, deps)).status).toBe(403);
    const otherTopic = snsMessage({ Message: message, TopicArn: "arn:aws:sns:eu-west-2:999999999999:theirs" });
    expect((await handleSesNotification(db, KEYS, otherTopic, deps)).status).toBe(403);
    expect((await handleSesNotification(db, KEYS, "not json", deps)).status).toBe(400);
    // The certificate is fetched only from SNS's own hosts.
    expect(deps.fetched.every((url) => url === CERT_URL)).toBe(true);
    expect(await db.suppressedAddress.count()).toBe(before);
    expect(await isSuppressed("victim@example.org")).toBe(false);
  });

  it("confirms a signed subscription through its SNS SubscribeURL only", async () => {
    const deps = snsDeps();
    const subscribe = "https://sns.eu-west-2.amazonaws.com/?Action=ConfirmSubscription&TopicArn=x&Token=t";
    const fields = { Type: "SubscriptionConfirmation" as const, Message: "You have chosen to subscribe", Token: "t" };
    expect(
      (await handleSesNotification(db, KEYS, snsMessage({ ...fields, SubscribeURL: subscribe }), deps)).status,
    ).toBe(200);
    const elsewhere = snsMessage({ ...fields, SubscribeURL: "https://attacker.example/confirm" });
    expect((await handleSesNotification(db, KEYS, elsewhere, deps)).status).toBe(400);
    expect(deps.confirmed).toEqual([subscribe]);
  });
});

describe("bounces and complaints from SendGrid's signed Event Webhook", () => {
  const keys = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const publicKey = sendgridPublicKey(keys.publicKey.export({ format: "der", type: "spki" }).toString("base64"));
  const sign = (body: string, timestamp: string, key = keys.privateKey) =>
    createSign("sha256")
      .update(timestamp + body)
      .sign(key, "base64");

  it("suppresses a signed hard bounce and spam report; a 5.7.1 block alerts and suppresses no one", async () => {
    const body = fixture("sendgrid-events.json");
    const timestamp = String(Math.floor(Date.now() / 1000));
    const answer = await handleSendgridEvents(db, KEYS, publicKey, body, {
      signature: sign(body, timestamp),
      timestamp,
    });
    expect(answer).toEqual({ status: 200, body: { ok: true, applied: 3 } });
    expect(await findSuppression(db, KEYS, "bounced@example.org")).toMatchObject({ reason: "HARD_BOUNCE" });
    expect(await findSuppression(db, KEYS, "complained@example.org")).toMatchObject({ reason: "COMPLAINT" });
    expect(await isSuppressed("policy@example.net")).toBe(false);
    expect(await isSuppressed("reader@example.org")).toBe(false);
    const alert = await db.mailAlert.findFirstOrThrow({ where: { source: "sendgrid" } });
    expect(alert).toMatchObject({ status: "5.7.1" });
    expect(alert.detail).toMatch(/^Refused on policy by example\.net: /);
  });

  it("a forged or unsigned post answers 403 and changes nothing", async () => {
    const body = JSON.stringify([{ email: "target@example.org", event: "spamreport" }]);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const stranger = generateKeyPairSync("ec", { namedCurve: "prime256v1" }).privateKey;
    const forged = await handleSendgridEvents(db, KEYS, publicKey, body, {
      signature: sign(body, timestamp, stranger),
      timestamp,
    });
    expect(forged.status).toBe(403);
    const altered = await handleSendgridEvents(db, KEYS, publicKey, body, {
      signature: sign(body.replace("target", "other"), timestamp),
      timestamp,
    });
    expect(altered.status).toBe(403);
    expect((await handleSendgridEvents(db, KEYS, publicKey, body, { signature: null, timestamp: null })).status).toBe(
      403,
    );
    expect(await isSuppressed("target@example.org")).toBe(false);
  });
});

describe("delivery and the suppression list", () => {
  it("an update skips suppressed addresses; SMTP 5.1.1 suppresses, 5.7.1 suppresses no one", async () => {
    const run = randomUUID().slice(0, 8);
    const to = (name: string) => `${name}-${run}@example.org`;
    const readers = ["kept", "bounced", "complained", "unknown", "policy"].map(to);
    // Two addresses were reported earlier (a complaint, a hard bounce).
    await suppressAddress(db, KEYS, to("bounced"), { reason: "HARD_BOUNCE", source: "ses", status: "5.1.1" });
    await suppressAddress(db, KEYS, to("complained"), { reason: "COMPLAINT", source: "ses" });
    await queueEmails(
      db,
      "campaign-update",
      readers.map((address) => ({
        id: randomUUID(),
        to: address,
        payload: {
          subject: "News",
          body: "Body",
          unsubscribeUrl: "http://app.test/u",
          oneClickUrl: "http://app.test/o",
        },
        signatureId: null,
      })),
    );
    const received: TSunkMail[] = [];
    const sink = await startSmtpSink(PORT, (m) => received.push(m));
    sink.control.answers.set(to("unknown"), [550, "5.1.1 No such user here"]);
    sink.control.answers.set(to("policy"), [550, "5.7.1 Message rejected under DMARC policy"]);
    const mail = createMailTransport({
      SMTP_URL: `smtp://127.0.0.1:${PORT}`,
      MAIL_FROM: "Campaign <campaign@example.org>",
      EMBEDDED_DATABASE: false,
      NODE_ENV: "production",
    })!;
    expect(await deliverDueEmails(db, mail, LINKS, Date.now, suppressionHooks(db, KEYS))).toBe(1);
    mail.close();
    await sink.close();
    expect(received.map((m) => m.to)).toEqual([to("kept")]);
    const rows = await db.outboxEmail.findMany({ where: { toAddress: { in: readers } } });
    const row = (name: string) => rows.find((r) => r.toAddress === to(name))!;
    expect(row("bounced")).toMatchObject({ status: "FAILED", text: "" });
    expect(row("bounced").lastError).toMatch(/suppressed \(hard bounce\)/);
    expect(row("complained").lastError).toMatch(/suppressed \(complaint\)/);
    expect(row("unknown")).toMatchObject({ status: "FAILED" });
    expect(await findSuppression(db, KEYS, to("unknown"))).toMatchObject({ reason: "HARD_BOUNCE", source: "smtp" });
    // A policy refusal is about our sending: the email waits and is tried again; no one is suppressed.
    expect(row("policy")).toMatchObject({ status: "PENDING", rowFailures: 0 });
    expect(await isSuppressed(to("policy"))).toBe(false);
    expect(await db.mailAlert.count({ where: { source: "smtp", status: "5.7.1" } })).toBe(1);
  });

  it("soft bounces suppress after several within the window; an entry survives a key rotation", async () => {
    const address = `full-${randomUUID().slice(0, 8)}@example.org`;
    const soft = { type: "bounce" as const, address, status: "5.2.2", source: "ses" as const };
    const day = 86_400_000;
    const start = Date.now() - 30 * day;
    expect(await applyMailEvent(db, KEYS, soft, start)).toBe("soft-bounce");
    expect(await applyMailEvent(db, KEYS, soft, start + 20 * day)).toBe("soft-bounce");
    expect(await applyMailEvent(db, KEYS, soft, start + 21 * day)).toBe("soft-bounce");
    expect(await isSuppressed(address)).toBe(false); // the first fell out of the 14-day window
    await applyMailEvent(db, KEYS, soft, start + 22 * day);
    expect(await findSuppression(db, KEYS, address)).toMatchObject({ reason: "SOFT_BOUNCES" });
    // A new key first, the old one kept: the entry is found, and re-kept under the new key.
    const rotated = [{ name: "test-2027", secret: "test-only-suppression-key-2027-abcdefghijkl" }, ...KEYS];
    expect(await findSuppression(db, rotated, address)).toMatchObject({ reason: "SOFT_BOUNCES" });
    expect(await findSuppression(db, rotated.slice(0, 1), address)).toMatchObject({ reason: "SOFT_BOUNCES" });
  });

  it("a suppressed signer is no longer opted in (exports, updates) and is told so in subject access", async () => {
    const input = signer({ optIn: true });
    await signPetition(db, input, context());
    await db.signature.updateMany({ where: { email: input.email }, data: { status: "CONFIRMED" } });
    const filters = ZExportFilters.parse({ optIn: "only", shape: "crm" });
    const before = await countExportRows(process.env.DATABASE_URL!, filters);
    await suppressAddress(db, KEYS, input.email.toUpperCase(), { reason: "COMPLAINT", source: "sendgrid" });
    expect(await countExportRows(process.env.DATABASE_URL!, filters)).toBe(before - 1);
    const data = await collectPersonalData(db, input.email, KEYS);
    expect(data.suppressions).toMatchObject([{ reason: "COMPLAINT", reportedBy: "sendgrid" }]);
    expect(personalDataRows(data).some((row) => row[0] === "email suppression" && row[3] === "COMPLAINT")).toBe(true);
  });
});
