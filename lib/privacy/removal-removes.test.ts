import { randomUUID } from "node:crypto";
import { createClient } from "@redis/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAudit } from "../audit/record-audit";
import { keyedHash } from "../crypto/keyed-hash";
import { hashToken, newToken } from "../crypto/tokens";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { getEnv } from "../env";
import { eraseDonor } from "../donations/erase-donor";
import { queueEmail } from "../mail/queue-email";
import { canonicalEmail } from "../text/canonical-email";
import { eraseSignatureByToken } from "../petition/erase-signature";
import { signPetition } from "../petition/sign-petition";
import { limitSubjectAccessRequests } from "../rate-limit/abuse-limits";
import { consumeRateLimits } from "../rate-limit/consume";
import { closeRedis, type TRedis } from "../redis/get-redis";
import { findTraces, tracesOf } from "../testing/find-traces";
import { context, LINKS, signer, tokenFromOutbox, withLinks } from "../testing/petition-fixtures";
import { emailForAccessToken, requestDataAccess } from "./data-access";
import { runRetention } from "./retention";

const DAY = 86_400_000;

// The removal clears Redis through the app's own client (lib/redis/get-redis.ts), which exists only
// with REDIS_URL; the machine's Redis is the one the rate limits' tests use.
process.env.REDIS_URL ??= "redis://127.0.0.1:6379";

let db: PrismaClient;
let redis: TRedis;
beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, 4);
  redis = createClient({ url: process.env.REDIS_URL }) as TRedis;
  await redis.connect();
});
afterAll(async () => {
  await Promise.all([db.$disconnect(), redis.close(), closeRedis()]);
});

/** One supporter in every table that can name her: signature, emails of every kind, data request, sessions, limits. */
async function someoneEverywhere() {
  const email = `Mya.${randomUUID().slice(0, 8)}+petition@gmail.com`;
  const canonical = canonicalEmail(email);
  const secret = getEnv().IP_HASH_SECRET;
  await signPetition(db, signer({ email, firstName: "Mya", handInConsent: "on", optIn: "on" }), context());
  const signature = await db.signature.findFirstOrThrow({ where: { emailKey: canonical } });
  const removeToken = await tokenFromOutbox(db, signature.id, "remove");
  const links = { confirmUrl: "http://app.test/petition/confirm/x", removeUrl: "http://app.test/petition/remove/y" };
  const signed = { firstName: "Mya", petitionTitle: "Petition", ...links };
  await queueEmail(db, email, "signature-resend", signed, signature.id);
  await queueEmail(db, email, "signature-reminder", signed, signature.id);
  await queueEmail(
    db,
    email,
    "signature-already-signed",
    { firstName: "Mya", petitionTitle: "Petition" },
    signature.id,
  );
  const update = { subject: "News", body: "b", unsubscribeUrl: "http://app.test/u", oneClickUrl: "http://app.test/o" };
  await queueEmail(db, email, "campaign-update", update, signature.id);
  const receipt = { name: "Mya", amount: 750, currency: "gbp", manageUrl: "http://app.test/donate/manage/z" };
  await queueEmail(db, email, "donation-receipt", receipt);
  await queueEmail(db, email.toLowerCase(), "organiser-sign-in", { url: "http://app.test/admin/sign-in/confirm" });
  // She asks for her data with her address written the plain way.
  await requestDataAccess(db, canonical, LINKS);
  const access = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: canonical, kind: "data-access" } });
  const accessToken = /\/privacy\/my-data\/([A-Za-z0-9_-]+)/.exec(withLinks(access))![1];
  // Some went out already (their text cleared as the worker does), others wait.
  await db.outboxEmail.updateMany({
    where: {
      kind: { in: ["data-access", "donation-receipt", "signature-already-signed"] },
      toAddress: { in: [email, canonical] },
    },
    data: { status: "SENT", text: "", headers: undefined, sentAt: new Date() },
  });
  // A former organiser's account (no role) with a session and an unused sign-in token.
  const user = await db.user.create({ data: { email: email.toLowerCase(), name: "Mya" } });
  await db.session.create({
    data: { sessionToken: newToken(), userId: user.id, expires: new Date(Date.now() + 3_600_000) },
  });
  await db.verificationToken.create({
    data: { identifier: email.toLowerCase(), token: hashToken(newToken()), expires: new Date(Date.now() + 600_000) },
  });
  // Counted by the subject-access limit in Redis (REDIS_URL is set) and, as when Redis is away, in PostgreSQL.
  await limitSubjectAccessRequests(db, `client-${randomUUID()}`, canonical, secret);
  await consumeRateLimits(
    db,
    [
      {
        key: keyedHash(canonical, secret),
        limits: [{ name: "sar-address", limit: 3, windowSeconds: 86_400 }],
        reason: "dataLinkAlreadySent",
      },
    ],
    Date.now(),
    null,
  );
  // She gave £7.50 with Gift Aid; the thank-you went out.
  const campaign = await db.campaign.findFirstOrThrow();
  const giftId = randomUUID();
  await db.donation.create({
    data: {
      id: giftId,
      campaignId: campaign.id,
      frequency: "ONE_OFF",
      amount: 750,
      currency: "gbp",
      status: "SUCCEEDED",
      donorEmail: email,
      donorName: "Mya Tester",
      stripeCustomerId: `cus_${randomUUID().slice(0, 12)}`,
      paidAt: new Date(),
      completedAt: new Date(),
      giftAid: true,
      giftAidFirstName: "Mya",
      giftAidLastName: "Tester",
      giftAidHouse: "3",
      giftAidPostcode: "LS2 9JT",
      giftAidDeclarationVersion: "2026-11-28",
      giftAidDeclaredAt: new Date(),
    },
  });
  // What the donations export used to write: an organiser's search for her address.
  await db.auditLog.create({
    data: { actorEmail: "organiser@example.org", action: "export-donations", details: { search: email } },
  });
  return { email, secret, removeToken, accessToken, giftId };
}

describe("removal removes", () => {
  it("leaves no row, key or hash naming her once she removes her signature and is erased as a donor", async () => {
    const { email, secret, removeToken, accessToken, giftId } = await someoneEverywhere();
    const traces = tracesOf(email, secret);
    const before = await findTraces(db, redis, traces);
    expect(before.length).toBeGreaterThan(10);
    expect(before.some((t) => t.startsWith("redis: canonical keyed hash"))).toBe(true);
    expect(before.some((t) => t.startsWith("RateLimitWindow: canonical keyed hash"))).toBe(true);
    const auditBefore = (await listAudit(db)).length;

    expect(await eraseSignatureByToken(db, removeToken)).toBe("erased");
    // Her gift is not her signature: an organiser erases her as a donor when she asks (the gift was
    // never claimed, so its Gift Aid declaration goes too).
    await eraseDonor(db, "admin@example.org", giftId, { secret });

    expect(await emailForAccessToken(db, accessToken)).toBeNull();
    expect(await findTraces(db, redis, traces)).toEqual([]);
    for (const personal of ["Mya Tester", "LS2 9JT"]) expect(await findTraces(db, null, { personal })).toEqual([]);
    // The removal and the data request are on record, without the address.
    const actions = (await listAudit(db)).map((a) => a.action);
    expect(actions).toContain("remove-signature");
    expect(actions).toContain("data-access-request");
    expect((await listAudit(db)).length).toBeGreaterThan(auditBefore);
  });
});

describe("anonymisation removes too", () => {
  it("takes every email naming a closed petition's signer, her data link; unlinked sent mail at 30 days", async () => {
    const now = Date.now();
    const campaign = await db.campaign.findFirstOrThrow();
    const closed = await db.petition.create({
      data: {
        campaignId: campaign.id,
        slug: `anon-${randomUUID()}`,
        title: "Closed",
        body: "b",
        goal: 1,
        closesAt: new Date(now - 400 * DAY),
      },
    });
    const email = `zaw-${randomUUID().slice(0, 8)}@example.org`;
    const id = randomUUID();
    await db.signature.create({
      data: { id, petitionId: closed.id, status: "CONFIRMED", email, emailKey: email, consentNoticeVersion: "v" },
    });
    const mail = (o: { to: string; signatureId?: string; kind: string; daysAgo: number }) =>
      db.outboxEmail.create({
        data: {
          id: randomUUID(),
          signatureId: o.signatureId ?? null,
          kind: o.kind,
          toAddress: o.to,
          subject: "s",
          text: "",
          status: "SENT",
          createdAt: new Date(now - o.daysAgo * DAY),
        },
      });
    await mail({ to: email, signatureId: id, kind: "signature-confirm", daysAgo: 380 });
    await mail({ to: email, kind: "data-access", daysAgo: 2 });
    await mail({ to: email, kind: "donation-receipt", daysAgo: 2 });
    await db.dataAccessToken.create({
      data: { tokenHash: hashToken(newToken()), email, expiresAt: new Date(now + 3_600_000) },
    });
    const stranger = `stranger-${randomUUID().slice(0, 8)}@example.org`;
    const old = await mail({ to: stranger, kind: "data-access", daysAgo: 31 });
    const recent = await mail({ to: stranger, kind: "data-access", daysAgo: 29 });

    await runRetention(db, now, 365);

    expect(await db.outboxEmail.count({ where: { toAddress: email } })).toBe(0);
    expect(await db.dataAccessToken.count({ where: { email } })).toBe(0);
    expect(await db.outboxEmail.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db.outboxEmail.findUnique({ where: { id: recent.id } })).not.toBeNull();
  });
});
