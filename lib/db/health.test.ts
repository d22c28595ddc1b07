import { describe, expect, it } from "vitest";
import { createPrismaClient } from "./client";
import { checkDatabase } from "./health";

describe("checkDatabase", () => {
  it("is true for the run's database", async () => {
    const db = createPrismaClient(process.env.DATABASE_URL!, 1);
    // A first connection on a loaded machine can take seconds: this asks whether it answers, not how fast.
    expect(await checkDatabase(db, 15_000)).toBe(true);
    await db.$disconnect();
  });

  it("is false, quickly, when nothing listens", async () => {
    const db = createPrismaClient("postgresql://nobody@127.0.0.1:1/none", 1);
    const started = Date.now();
    expect(await checkDatabase(db, 1500)).toBe(false);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
