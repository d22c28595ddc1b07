import { readFileSync } from "node:fs";
import pg from "pg";
import { startEmbeddedPostgres } from "../db/embedded-postgres";

/**
 * A database of one's own: a copy of the run's migrated and seeded one (TEST_DATABASE_TEMPLATE,
 * set by scripts/with-db.ts), on the same server or as a new embedded PGlite. Each test file gets one
 * (lib/testing/isolated-database.ts); a test that changes the seed data takes one for itself.
 */
export async function ownDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const template = process.env.TEST_DATABASE_TEMPLATE;
  const base = process.env.TEST_DATABASE_SERVER_URL ?? process.env.DATABASE_URL;
  if (!template || !base) throw new Error("No template database: run the tests through scripts/with-db.ts");
  if (process.env.TEST_DATABASE === "embedded") {
    const own = await startEmbeddedPostgres(undefined, new Blob([readFileSync(template)]));
    return { url: own.url, drop: own.stop };
  }
  const name = `${template}_c${Math.random().toString(36).slice(2, 10)}`;
  // Connected to the server's "postgres" database: Postgres refuses to copy a template while any
  // session is in it, and copies of one template may be made at the same moment.
  const admin = new URL(base);
  admin.pathname = "/postgres";
  await createFromTemplate(admin.toString(), name, template);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(admin.toString(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

// Postgres refuses a copy while any session is in the template (55006); one can be there for a moment
// (autovacuum analysing the freshly seeded template, another copy being set up), so it is tried again.
async function createFromTemplate(adminUrl: string, name: string, template: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await adminQuery(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    } catch (error) {
      if ((error as { code?: string }).code !== "55006" || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * Math.min(attempt, 10)));
    }
  }
}

async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
