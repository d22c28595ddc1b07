import { checkDatabase } from "./health";
import type { PrismaClient } from "./client";

export type TReadiness = {
  ready: boolean;
  database: "reachable" | "unreachable";
  migrations: "applied" | "pending" | "unknown";
};

// Migrations never come undone, so once this instance has seen its own applied it stops asking.
const migrated = new WeakSet<PrismaClient>();

/**
 * Whether this instance should be sent traffic: its database answers, and every migration this
 * code expects is recorded as applied. A database ahead of the code (the next release's migrations,
 * during a rolling deploy) is still ready: migrations only ever add to what older code reads.
 */
export async function checkReadiness(db: PrismaClient, expectedMigrations: string[]): Promise<TReadiness> {
  if (!(await checkDatabase(db))) return { ready: false, database: "unreachable", migrations: "unknown" };
  if (migrated.has(db)) return { ready: true, database: "reachable", migrations: "applied" };
  try {
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const applied = new Set(rows.map((r) => r.migration_name));
    if (expectedMigrations.some((name) => !applied.has(name)))
      return { ready: false, database: "reachable", migrations: "pending" };
  } catch {
    return { ready: false, database: "reachable", migrations: "unknown" };
  }
  migrated.add(db);
  return { ready: true, database: "reachable", migrations: "applied" };
}
