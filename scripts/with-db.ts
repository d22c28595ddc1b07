// Test harness: gives the command after it a fresh, migrated and seeded database and removes it
// afterwards. With DATABASE_URL set, a new database is created on that server; without, an
// in-memory embedded PostgreSQL is used.
import pg from "pg";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { loadDotEnv } from "./database";
import { prepareDatabase } from "./prepare-database";
import { run } from "./run";

// The server may restart while the command runs (the fault suite restarts it on purpose), so no
// connection is held open across the run: one to create the database, a new one to drop it.
async function adminQuery(baseUrl: string, sql: string) {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

async function withServerDatabase(baseUrl: string, work: (url: string) => Promise<number>): Promise<number> {
  const url = new URL(baseUrl);
  const name = `${url.pathname.slice(1) || "campaign"}_t${Date.now().toString(36)}${process.pid}`;
  await adminQuery(baseUrl, `CREATE DATABASE "${name}"`);
  url.pathname = `/${name}`;
  try {
    return await work(url.toString());
  } finally {
    await adminQuery(baseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  if (!command) throw new Error("Usage: tsx scripts/with-db.ts <command> [args…]");
  loadDotEnv();
  // TEST_DATABASE tells tests which kind they have (lib/testing/database-kind.ts).
  const work = (kind: "server" | "embedded") => async (url: string) => {
    await prepareDatabase(url);
    return run(command, args, { ...process.env, DATABASE_URL: url, TEST_DATABASE: kind });
  };
  if (process.env.DATABASE_URL) return withServerDatabase(process.env.DATABASE_URL, work("server"));
  const embedded = await startEmbeddedPostgres();
  try {
    return await work("embedded")(embedded.url);
  } finally {
    await embedded.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
