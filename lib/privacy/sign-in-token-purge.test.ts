import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { runRetention } from "./retention";

// Issue 26: each request for a sign-in link leaves a VerificationToken row (Auth.js), and nothing
// removed them: the daily retention pass now deletes those that have expired.
let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
});
afterAll(() => db.$disconnect());

describe("the daily retention pass and sign-in links", () => {
  it("deletes expired sign-in tokens and keeps live ones", async () => {
    const now = Date.now();
    const tag = now.toString(36);
    await db.verificationToken.createMany({
      data: [
        { identifier: `old-${tag}@example.org`, token: `old-${tag}`, expires: new Date(now - 60_000) },
        { identifier: `live-${tag}@example.org`, token: `live-${tag}`, expires: new Date(now + 600_000) },
      ],
    });
    await runRetention(db, now, 90);
    const left = await db.verificationToken.findMany({ where: { token: { in: [`old-${tag}`, `live-${tag}`] } } });
    expect(left.map((t) => t.token)).toEqual([`live-${tag}`]);
  });
});
