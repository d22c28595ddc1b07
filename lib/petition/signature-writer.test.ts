import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, poolOf, type PrismaClient } from "../db/client";
import { getPetition } from "./petition";
import { writeNewSignature, type TNewSignature } from "./signature-writer";

let db: PrismaClient;
let petitionId: string;
beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, 10);
  petitionId = (await getPetition(db)).id;
});
afterAll(() => db.$disconnect());

function row(emailKey: string, overrides: Partial<TNewSignature> = {}): TNewSignature {
  return {
    id: randomUUID(),
    petitionId,
    firstName: "Group",
    lastName: "Commit",
    email: emailKey,
    emailKey,
    emailDomain: "example.org",
    signerCountry: "GB",
    postcode: null,
    optIn: false,
    handInConsent: false,
    consentNoticeVersion: "test",
    ipHash: "ip",
    sourcePath: "/petition",
    sourceCountryId: null,
    createdAt: new Date(Date.UTC(2026, 10, 28, 21, 30, 15, 123)),
    utmSource: "whatsapp",
    utmMedium: "share",
    utmCampaign: null,
    embedOrigin: "https://partner.example",
    confirmHash: randomUUID(),
    removeHash: randomUUID(),
    confirmExpiresAt: new Date(Date.UTC(2026, 11, 5, 21, 30, 15, 123)),
    emailId: randomUUID(),
    subject: "Please confirm your signature",
    text: "link",
    ...overrides,
  };
}

// Counts the statements the writer sends through the client's pool (the pool is real; only counted).
function countStatements(client: PrismaClient): { count: () => number; stop: () => void } {
  const pool = poolOf(client);
  const original = pool.query.bind(pool);
  let n = 0;
  pool.query = ((...args: Parameters<typeof pool.query>) => {
    n++;
    return (original as (...a: unknown[]) => unknown)(...args);
  }) as typeof pool.query;
  return { count: () => n, stop: () => void (pool.query = original) };
}

describe("writeNewSignature (group commit)", () => {
  it("writes rows arriving together in few statements, and the index decides duplicates within a batch", async () => {
    const keys = Array.from({ length: 150 }, () => `gc-${randomUUID()}@example.org`);
    // Every fifth address arrives twice at the same moment, in the same batch.
    const rows = [...keys.map((k) => row(k)), ...keys.filter((_, i) => i % 5 === 0).map((k) => row(k))];
    const counter = countStatements(db);
    const results = await Promise.all(rows.map((r) => writeNewSignature(db, r)));
    counter.stop();
    expect(counter.count()).toBeLessThanOrEqual(10);
    expect(results.filter(Boolean)).toHaveLength(150);
    const stored = await db.signature.findMany({ where: { emailKey: { in: keys } }, select: { id: true } });
    expect(stored).toHaveLength(150);
    // Exactly the rows answered "new" were stored, each with its two tokens and its one email.
    const newIds = rows.filter((_, i) => results[i]).map((r) => r.id);
    expect(stored.map((s) => s.id).sort()).toEqual(newIds.sort());
    expect(await db.signatureToken.count({ where: { signatureId: { in: newIds } } })).toBe(300);
    expect(await db.outboxEmail.count({ where: { signatureId: { in: newIds } } })).toBe(150);
  });

  it("stores times as Prisma reads them (UTC) and every field as given", async () => {
    const r = row(`gc-${randomUUID()}@example.org`, { postcode: "SW1A 1AA", optIn: true, handInConsent: true });
    expect(await writeNewSignature(db, r)).toBe(true);
    const stored = await db.signature.findUniqueOrThrow({ where: { id: r.id } });
    expect(stored).toMatchObject({
      createdAt: r.createdAt,
      lastEmailedAt: r.createdAt,
      confirmationsSent: 1,
      postcode: "SW1A 1AA",
      optIn: true,
      handInConsent: true,
      status: "PENDING",
      utmSource: "whatsapp",
      utmMedium: "share",
      utmCampaign: null,
      embedOrigin: "https://partner.example",
    });
    const token = await db.signatureToken.findUniqueOrThrow({ where: { tokenHash: r.confirmHash } });
    expect(token).toMatchObject({ purpose: "CONFIRM", expiresAt: r.confirmExpiresAt, signatureId: r.id });
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: r.emailId } })).toMatchObject({
      kind: "signature-confirm",
      toAddress: r.email,
      status: "PENDING",
    });
  });

  it("stores a text cut in half an emoji (a utm tag's first 100 characters) as pg did, in the batch", async () => {
    const half = `${"a".repeat(99)}😀`.slice(0, 100); // ends in a lone high surrogate
    const cut = row(`gc-${randomUUID()}@example.org`, { utmSource: half });
    const other = row(`gc-${randomUUID()}@example.org`);
    const statements = countStatements(db);
    try {
      expect(await Promise.all([writeNewSignature(db, cut), writeNewSignature(db, other)])).toEqual([true, true]);
    } finally {
      statements.stop();
    }
    expect(statements.count()).toBe(1); // one batch, not split by a refused row
    const stored = await db.signature.findUniqueOrThrow({ where: { id: cut.id } });
    expect(stored.utmSource).toBe(`${"a".repeat(99)}\uFFFD`);
  });

  it("past 5,000 waiting, a signer is told to come back shortly (503), and the others are written", async () => {
    const rows = Array.from({ length: 5_001 }, () => row(`gc-${randomUUID()}@example.org`));
    const results = await Promise.allSettled(rows.map((r) => writeNewSignature(db, r)));
    const refused = results.filter((r) => r.status === "rejected");
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({ code: "UNAVAILABLE" });
    expect(await db.signature.count({ where: { id: { in: rows.map((r) => r.id) } } })).toBe(5_000);
  });

  it("a row the database refuses fails alone; the rest of its batch is written", async () => {
    const good = Array.from({ length: 5 }, () => row(`gc-${randomUUID()}@example.org`));
    const bad = row(`gc-${randomUUID()}@example.org`, { sourceCountryId: "no-such-country" });
    const results = await Promise.allSettled([...good, bad].map((r) => writeNewSignature(db, r)));
    expect(results.slice(0, 5).every((r) => r.status === "fulfilled" && r.value === true)).toBe(true);
    expect(results[5].status).toBe("rejected");
    expect(await db.signature.count({ where: { id: { in: [...good, bad].map((r) => r.id) } } })).toBe(5);
  });
});
