// Vitest setup file: each test file gets a database of its own, a copy of the run's migrated and
// seeded one (scripts/with-db.ts), so no test depends on another file's rows and files can run in
// parallel and in any order. Without TEST_DATABASE_TEMPLATE (a pure unit run) it does nothing.
import { readFileSync } from "node:fs";
import pg from "pg";
import { afterAll } from "vitest";
import { startEmbeddedPostgres } from "../db/embedded-postgres";

const template = process.env.TEST_DATABASE_TEMPLATE;

async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

if (template && process.env.TEST_DATABASE === "embedded") {
  const own = await startEmbeddedPostgres(undefined, new Blob([readFileSync(template)]));
  process.env.DATABASE_URL = own.url;
  afterAll(() => own.stop());
} else if (template && process.env.DATABASE_URL) {
  const url = new URL(process.env.DATABASE_URL);
  const name = `${template}_f${Math.random().toString(36).slice(2, 10)}`;
  // Copies of one template may be made at the same moment; Postgres refuses only while someone is
  // connected to the template itself, which nobody is during the tests.
  await adminQuery(url.toString(), `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  afterAll(async () => {
    const admin = new URL(url);
    admin.pathname = "/postgres";
    await adminQuery(admin.toString(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}
