import { solveChallenge, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { AppError } from "../errors";
import { getRedis } from "../redis/get-redis";
import { context, signer } from "../testing/petition-fixtures";
import { signPetition, type TSignContext } from "./sign-petition";
import { sayIn } from "../i18n/localise-reason";
import { challengeStep } from "../challenge/difficulty";

let db: PrismaClient;
beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, 10);
  // With REDIS_URL set, counting moves to Redis once it has connected: wait for that, so no
  // address's count is split between the two stores mid-test.
  const redis = getRedis();
  if (redis && !redis.isReady) await new Promise((resolve) => redis.once("ready", resolve));
});
afterAll(() => db.$disconnect());

const SETTINGS = { hardIpPerDay: 8, noScriptIpPerDay: 2, noScript: false };
const limited = (overrides: Partial<TSignContext> = {}) =>
  context({ limits: { ipPerMinute: 100, ipPerDay: 2, domainPer10Minutes: 100 }, challenge: SETTINGS, ...overrides });

/** What signing answered: the outcome, or the refusal's code (and its challenge, if any). */
async function attempt(input: ReturnType<typeof signer>, ctx: TSignContext) {
  try {
    return { outcome: await signPetition(db, input, ctx) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return {
      code: error.code,
      message: error.userMessage,
      reason: error.reason,
      challenge: error.details?.challenge as Challenge,
    };
  }
}

/** Solves a challenge as the page does (altcha-lib's solver), and encodes the answer as the form sends it. */
async function solve(challenge: Challenge): Promise<string> {
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}

describe("above the soft limits", () => {
  it("asks for a challenge bound to the submission, accepts it solved once, refuses past the hard cap", async () => {
    const ctx = limited();
    const now = Date.now();
    for (let i = 0; i < 2; i++) expect((await attempt(signer(), { ...ctx, now })).outcome).toBe("signed");
    const person = signer();
    const asked = await attempt(person, { ...ctx, now });
    expect(asked.code).toBe("CHALLENGE_REQUIRED");
    expect(asked.challenge!.parameters.algorithm).toBe("SHA-256");
    expect(await db.signature.count({ where: { email: person.email } })).toBe(0);

    const answer = await solve(asked.challenge!);
    // For another email, it is no answer: a new challenge instead.
    expect((await attempt({ ...signer(), altcha: answer }, { ...ctx, now })).code).toBe("CHALLENGE_REQUIRED");
    expect((await attempt({ ...person, altcha: answer }, { ...ctx, now })).outcome).toBe("signed");
    // Used once: the same answer again is asked to solve a new one.
    const again = await attempt({ ...person, email: person.email, altcha: answer }, { ...ctx, now });
    expect(again.code).toBe("CHALLENGE_REQUIRED");
    // Expired, even if unused.
    const late = await attempt(person, { ...ctx, now });
    const lateAnswer = await solve(late.challenge!);
    expect((await attempt({ ...person, altcha: lateAnswer }, { ...ctx, now: now + 181_000 })).code).toBe(
      "CHALLENGE_REQUIRED",
    );
    // Past the hard cap (8 counted submissions a day), a refusal saying when to come back.
    let last;
    for (let i = 0; i < 3; i++) last = await attempt(signer(), { ...ctx, now });
    expect(last?.code).toBe("RATE_LIMITED");
    expect(sayIn("my", last!.reason!)).toMatch(/UTC 00:00 /);
    expect(last?.message).toMatch(
      /too many signatures from your connection today\. Please try again after 00:00 UTC\.$/,
    );
  });

  it("accepts our form posted without JavaScript up to its own cap, then says when to try again", async () => {
    const ctx = limited({ challenge: { ...SETTINGS, noScript: true } });
    const results = [];
    for (let i = 0; i < 5; i++) {
      const r = await attempt(signer(), ctx);
      results.push(r.outcome ?? r.code);
      if (r.code) expect(sayIn("my", r.reason!)).toMatch(/JavaScript ဖွင့်/);
      if (r.code) expect(r.message).toMatch(/Please try again after \d\d:\d\d UTC, or with JavaScript switched on\.$/);
    }
    expect(results).toEqual(["signed", "signed", "signed", "signed", "RATE_LIMITED"]);
  });

  it("escalates a busy email domain to a challenge instead of locking it out", async () => {
    const domain = `d${randomUUID().slice(0, 8)}.example`;
    const limits = { ipPerMinute: 100, ipPerDay: 100, domainPer10Minutes: 2 };
    const results = [];
    for (let i = 0; i < 3; i++) {
      const input = signer({ email: `p${i}@${domain}` });
      const ctx = context({ limits, challenge: SETTINGS });
      const r = await attempt(input, ctx);
      results.push(r.outcome ?? r.code);
      if (r.challenge) results.push((await attempt({ ...input, altcha: await solve(r.challenge) }, ctx)).outcome);
    }
    expect(results).toEqual(["signed", "signed", "CHALLENGE_REQUIRED", "signed"]);
  });

  it("asks more work of an address the further it is past its limits, up to a cap", () => {
    const sizes = [1.5, 2, 4, 8, 16, 1000].map((ratio) => challengeStep(ratio).maxCounter);
    expect(sizes).toEqual([2_500, 5_000, 10_000, 15_000, 15_000, 15_000]);
  });
});
