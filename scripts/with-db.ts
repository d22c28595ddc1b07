// Test harness: gives the command after it a fresh, migrated and seeded database and removes it
// afterwards. With DATABASE_URL set, a new database is created on that server; without, an
// in-memory embedded PostgreSQL is used.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
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

async function adminRows(baseUrl: string, sql: string, params: string[]): Promise<{ datname: string }[]> {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    return (await admin.query<{ datname: string }>(sql, params)).rows;
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
    // Copies of it (lib/testing/own-database.ts) that a killed test process could not drop go too.
    for (const copy of await adminRows(baseUrl, "SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [
      `${name}_c`,
    ]))
      await adminQuery(baseUrl, `DROP DATABASE IF EXISTS "${copy.datname}" WITH (FORCE)`);
    await adminQuery(baseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  if (!command) throw new Error("Usage: tsx scripts/with-db.ts <command> [args…]");
  loadDotEnv();
  // TEST_DATABASE tells tests which kind they have (lib/testing/database-kind.ts); TEST_DATABASE_TEMPLATE
  // is what a test file copies to get a database of its own (lib/testing/isolated-database.ts): on a
  // server, this database itself (CREATE DATABASE … TEMPLATE); embedded, a dump of it.
  const work = (kind: "server" | "embedded", template: (url: string) => Promise<string>) => async (url: string) => {
    await prepareDatabase(url);
    const env = { ...process.env, DATABASE_URL: url, TEST_DATABASE: kind, TEST_DATABASE_TEMPLATE: await template(url) };
    return run(command, args, env);
  };
  if (process.env.DATABASE_URL) {
    return withServerDatabase(
      process.env.DATABASE_URL,
      work("server", async (url) => new URL(url).pathname.slice(1)),
    );
  }
  const embedded = await startEmbeddedPostgres();
  const dumpFile = path.resolve(".data", `test-template-${process.pid}.tar`);
  try {
    return await work("embedded", async () => {
      mkdirSync(path.dirname(dumpFile), { recursive: true });
      writeFileSync(dumpFile, Buffer.from(await (await embedded.dump()).arrayBuffer()));
      return dumpFile;
    })(embedded.url);
  } finally {
    rmSync(dumpFile, { force: true });
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
