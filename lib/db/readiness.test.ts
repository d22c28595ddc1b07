import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "./client";
import { listMigrationNames } from "./migration-names";
import { checkReadiness } from "./readiness";

const db = createPrismaClient(process.env.DATABASE_URL!, 1);
afterAll(() => db.$disconnect());

describe("readiness", () => {
  it("is ready when the database answers and holds every migration this code expects", async () => {
    expect(listMigrationNames().length).toBeGreaterThan(5);
    expect(await checkReadiness(db, listMigrationNames())).toEqual({
      ready: true,
      database: "reachable",
      migrations: "applied",
    });
  });

  it("is not ready while a migration of this code is missing from the database", async () => {
    const fresh = createPrismaClient(process.env.DATABASE_URL!, 1);
    const expected = [...listMigrationNames(), "29991231000000_not_yet_applied"];
    expect(await checkReadiness(fresh, expected)).toEqual({
      ready: false,
      database: "reachable",
      migrations: "pending",
    });
    await fresh.$disconnect();
  });

  it("is not ready, quickly, when the database does not answer", async () => {
    const gone = createPrismaClient("postgresql://nobody@127.0.0.1:1/none", 1);
    expect(await checkReadiness(gone, listMigrationNames())).toEqual({
      ready: false,
      database: "unreachable",
      migrations: "unknown",
    });
  });
});
