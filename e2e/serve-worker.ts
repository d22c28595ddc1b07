// One e2e worker's app server (started by playwright.config.ts, one per worker):
//   `main`: makes the worker's own copy of the run's database (lib/testing/own-database.ts), writes its
//           address to the worker's file, serves the build on it as `npm start` does, and drops the copy
//           when stopped;
//   `plain`: the second server of the same worker, on the same copy (it starts after `main`).
import { writeFileSync, readFileSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { ownDatabase } from "../lib/testing/own-database";
import { run } from "../scripts/run";
import { workerStack } from "./worker";

async function main() {
  const [index, role] = process.argv.slice(2);
  const worker = workerStack(Number(index));
  const start = (databaseUrl: string) =>
    run(process.execPath, ["--import", "tsx", "scripts/start.ts", "--no-build"], {
      ...process.env,
      DATABASE_URL: databaseUrl,
    });
  if (role === "plain") return start(readFileSync(worker.databaseUrlFile, "utf8").trim());
  const own = await ownDatabase();
  mkdirSync(path.dirname(worker.databaseUrlFile), { recursive: true });
  writeFileSync(worker.databaseUrlFile, own.url);
  try {
    return await start(own.url);
  } finally {
    rmSync(worker.databaseUrlFile, { force: true });
    await own.drop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
