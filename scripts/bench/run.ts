// `npm run bench`: P1 signature intake (with autocannon, then with wrk and CPU per request:
// sign-intake.ts), P2 public pages, P3 export, each side by side with its baseline in the same run.
// Needs a local PostgreSQL (BENCH_ADMIN_URL, default postgresql://postgres@127.0.0.1:5432/postgres);
// creates and drops its own database. Writes bench/RESULTS.md. A measurement, not a test: it fails
// only if something cannot run.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { hashToken } from "../../lib/crypto/tokens";
import { prepareDatabase } from "../prepare-database";
import { load, signingRequests } from "./load";
import { resultLines, writeResultsPart } from "./results-file";
import { benchSignIntake, formatIntakeRow, INTAKE_HEADER, type TIntakeRow } from "./sign-intake";

const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const DURATION = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const EXPORT_ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 1_000_000);
const APP_PORT = 3400;
const BARE_PORT = 3401;
const NEXT = "node_modules/next/dist/bin/next";

const dbName = `bench_${Date.now().toString(36)}`;
const dbUrl = (() => {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${dbName}`;
  return u.toString();
})();
const env = {
  ...process.env,
  DATABASE_URL: dbUrl,
  PORT: String(APP_PORT),
  APP_URL: `http://127.0.0.1:${APP_PORT}`,
  IP_HASH_SECRET: randomBytes(24).toString("hex"),
  AUTH_SECRET: randomBytes(24).toString("hex"),
  // As a deployment runs: rate limits in the machine's Redis.
  REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
  // Rate limits opened up: this measures intake, not the limiter turning load away.
  SIGN_LIMIT_IP_PER_MINUTE: "100000000",
  SIGN_LIMIT_IP_PER_DAY: "100000000",
  SIGN_LIMIT_DOMAIN_PER_10_MINUTES: "100000000",
};

const children: ChildProcess[] = [];
function start(args: string[], extraEnv: Record<string, string> = {}): ChildProcess {
  const child = spawn(process.execPath, args, { env: { ...env, ...extraEnv }, stdio: ["ignore", "ignore", "inherit"] });
  children.push(child);
  return child;
}
async function waitFor(url: string) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not come up`);
}
function run(cmd: string, args: string[], extraEnv: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: { ...env, ...extraEnv }, stdio: ["ignore", "ignore", "inherit"] });
    child.on("exit", (code) => resolve(code ?? 1));
    child.on("error", reject);
  });
}
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : "–");

async function main() {
  const loadBefore = (await import("node:os"))
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(", ");
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  const rows: string[] = [];
  let intake: TIntakeRow[] = [];
  try {
    await prepareDatabase(dbUrl);
    console.log("Building the app…");
    if ((await run(process.execPath, [NEXT, "build"])) !== 0) throw new Error("next build failed");
    // P1 with wrk, CPU per request and the one-statement baseline, on a PostgreSQL of its own.
    intake = await benchSignIntake({ appPort: APP_PORT, barePort: BARE_PORT, pgPort: 5499 });
    // Served as `npm start` serves it (scripts/start.ts: Next.js behind lib/server/serve-app.ts), in
    // this process so its memory is the app's; email is left to a separate worker, as in production.
    const app = start(["--import", "tsx", "scripts/start.ts"], { HOSTNAME: "127.0.0.1", EMAIL_WORKER: "off" });
    await waitFor(`http://127.0.0.1:${APP_PORT}/api/health`);

    // P1: signature intake.
    await load({ url: `http://127.0.0.1:${APP_PORT}`, connections: 8, duration: 3, requests: signingRequests("warm") });
    const p1app = await load({
      url: `http://127.0.0.1:${APP_PORT}`,
      connections: CONNECTIONS,
      duration: DURATION,
      requests: signingRequests("app"),
    });
    const bare = start(["node_modules/tsx/dist/cli.mjs", "scripts/bench/bare-sign-server.ts"], {
      PORT: String(BARE_PORT),
    });
    await waitFor(`http://127.0.0.1:${BARE_PORT}/`);
    const p1bare = await load({
      url: `http://127.0.0.1:${BARE_PORT}`,
      connections: CONNECTIONS,
      duration: DURATION,
      requests: signingRequests("bare"),
    });
    bare.kill();
    rows.push(
      `| P1 sign (POST /api/petition/sign) ` +
        `| ${p1app.rps}/s, p50 ${p1app.p50} ms, p99 ${p1app.p99} ms ` +
        `(${p1app.non2xx} non-2xx, ${p1app.errors} errors) ` +
        `| ${p1bare.rps}/s, p50 ${p1bare.p50} ms, p99 ${p1bare.p99} ms ` +
        `| ${ratio(p1app.rps, p1bare.rps)}× | ≥ 2,500/s, p99 ≤ 100 ms, ≥ 0.5× |`,
    );

    // P2: public pages against the same bytes from memory.
    const paths = ["/", "/countries/japan"];
    const captured: Record<string, string> = {};
    for (const p of paths) captured[p] = await (await fetch(`http://127.0.0.1:${APP_PORT}${p}`)).text();
    writeFileSync("bench/.pages.json", JSON.stringify(captured));
    const staticServer = start(["node_modules/tsx/dist/cli.mjs", "scripts/bench/bare-static-server.ts"], {
      PORT: String(BARE_PORT),
      BENCH_PAGES: "bench/.pages.json",
    });
    await waitFor(`http://127.0.0.1:${BARE_PORT}/`);
    for (const p of paths) {
      const a = await load({ url: `http://127.0.0.1:${APP_PORT}${p}`, connections: CONNECTIONS, duration: DURATION });
      const b = await load({ url: `http://127.0.0.1:${BARE_PORT}${p}`, connections: CONNECTIONS, duration: DURATION });
      rows.push(
        `| P2 GET ${p} | ${a.rps}/s, p99 ${a.p99} ms | ${b.rps}/s, p99 ${b.p99} ms ` +
          `| ${ratio(a.rps, b.rps)}× | ≥ 0.5× |`,
      );
    }
    staticServer.kill();
    const html = captured["/countries/japan"];
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)]
      .filter((m) => !/noModule/i.test(m[0]))
      .map((m) => m[1]);
    let js = 0;
    for (const src of new Set(scripts))
      js += gzipSync(Buffer.from(await (await fetch(`http://127.0.0.1:${APP_PORT}${src}`)).arrayBuffer()), {
        level: 9,
      }).length;
    rows.push(
      `| P2 first-load JS, /countries/japan (gzip) | ${(js / 1024).toFixed(1)} kB | – | – ` +
        "| ≤ 150 kB, held by e2e/page-budget.spec.ts |",
    );

    // P3: export of EXPORT_ROWS signatures, against psql's \\copy of the same rows.
    const db = new pg.Client({ connectionString: dbUrl });
    await db.connect();
    const petitionId = (await db.query(`SELECT "id" FROM "Petition" LIMIT 1`)).rows[0].id;
    await db.query(`DELETE FROM "Signature"`);
    await db.query(
      `INSERT INTO "Signature" ("id", "petitionId", "firstName", "lastName", "email", "emailKey", "signerCountry",
         "postcode", "optIn", "consentNoticeVersion", "status", "confirmedAt", "createdAt", "sourcePath")
       SELECT 'x' || g, $1, 'First' || g, 'Last' || g, 'p' || g || '@example.org', 'p' || g || '@example.org',
         'GB', 'SW1A 1AA', true, '2026-11-28', 'CONFIRMED', now(), now() - (g || ' seconds')::interval, '/petition'
       FROM generate_series(1, $2::int) g`,
      [petitionId, EXPORT_ROWS],
    );
    const user = await db.query(
      `INSERT INTO "User" ("id", "email", "role", "updatedAt")
       VALUES ('bench-admin', 'bench@example.org', 'ADMIN', now()) RETURNING "id"`,
    );
    const token = randomBytes(24).toString("hex");
    await db.query(
      `INSERT INTO "Session" ("sessionToken", "userId", "expires", "updatedAt")
       VALUES ($1, $2, now() + interval '1 hour', now())`,
      // Stored as its SHA-256, as the app stores sessions (lib/auth/hashed-sessions.ts).
      [hashToken(token), user.rows[0].id],
    );
    await db.end();
    const rssBefore = rssMb(app.pid!);
    let rssPeak = rssBefore;
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, rssMb(app.pid!));
    }, 100);
    let started = Date.now();
    // Read with node:http and thrown away, as psql writes to /dev/null: the client's own work (a
    // fetch() body iterated chunk by chunk took ~3 s of the 2 cores) is not the app's.
    const bytes = await new Promise<number>((resolve, reject) => {
      get(
        `http://127.0.0.1:${APP_PORT}/api/export/signatures?shape=crm`,
        { headers: { cookie: `authjs.session-token=${token}` } },
        (res) => {
          let n = 0;
          res
            .on("data", (chunk: Buffer) => (n += chunk.length))
            .on("end", () => resolve(n))
            .on("error", reject);
        },
      ).on("error", reject);
    });
    const appSeconds = (Date.now() - started) / 1000;
    clearInterval(sampler);
    started = Date.now();
    const psqlCode = await run("psql", [
      dbUrl,
      "-q",
      "-o",
      "/dev/null",
      "-c",
      `\\copy (SELECT "firstName", "lastName", "email", "postcode", "signerCountry", "optIn", ` +
        `"consentNoticeVersion", "createdAt", "confirmedAt", "sourcePath" FROM "Signature" ` +
        `WHERE "status" = 'CONFIRMED' AND "optIn" AND "unsubscribedAt" IS NULL ORDER BY "createdAt", "id") ` +
        "to stdout csv",
    ]);
    const psqlSeconds = (Date.now() - started) / 1000;
    if (psqlCode !== 0) throw new Error("psql \\copy failed");
    rows.push(
      `| P3 export ${EXPORT_ROWS.toLocaleString("en-GB")} rows (CSV, ${(bytes / 1048576).toFixed(0)} MB) ` +
        `| ${appSeconds.toFixed(1)} s, app RSS +${(rssPeak - rssBefore).toFixed(0)} MB ` +
        `(from ${rssBefore.toFixed(0)} MB) ` +
        `| psql \\copy ${psqlSeconds.toFixed(1)} s | ${ratio(appSeconds, psqlSeconds)}× the time ` +
        `| ≤ 2× time, ≤ 64 MB growth |`,
    );
  } finally {
    for (const child of children) child.kill();
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(() => {});
    await admin.end();
  }
  // P4 (email updates) is measured on its own by `npm run bench:updates`: its row is kept.
  const kept = resultLines().filter((line) => line.startsWith("| P4 "));
  const table = [
    `# Benchmark results`,
    "",
    `Run ${new Date().toISOString()} on ${(await import("node:os")).cpus().length} cores, ` +
      `Node ${process.version}, local PostgreSQL; ` +
      `autocannon ${CONNECTIONS} connections × ${DURATION} s per figure, load generated on the same machine. ` +
      "Rate limits opened up for P1 (SIGN_LIMIT_* = 100,000,000). " +
      "The app is a production build served by `scripts/start.ts` " +
      "(Next.js behind its CSP and one-second page cache layer), email worker off.",
    "",
    "| figure | app | baseline | app ÷ baseline | target |",
    "|---|---|---|---|---|",
    ...rows,
    ...kept,
  ].join("\n");
  const wrkPart = [
    `## Signature intake with wrk (${new Date().toISOString()})`,
    "",
    `P1 again with wrk (2 threads, ${process.env.BENCH_CONNECTIONS ?? 64} connections, ` +
      `${process.env.BENCH_SECONDS ?? 15} s each, after 3 s of warm-up), against a PostgreSQL 15 of the ` +
      "benchmark's own (so its CPU is the benchmark's alone), rate limits in Redis " +
      `(${env.REDIS_URL}); ` +
      "CPU per request read from /proc (the app's process; the postmaster and all its children). " +
      `Machine load average before the run: ${loadBefore}. ` +
      "Target: ≥ 2,500/s, p99 ≤ 100 ms, ≥ 0.5× the baseline, PostgreSQL ≤ 0.25 ms and Node ≤ 0.3 ms per signature.",
    "",
    ...INTAKE_HEADER,
    ...intake.map(formatIntakeRow),
  ].join("\n");
  writeResultsPart("", table);
  writeResultsPart("## Signature intake with wrk", wrkPart);
  console.log(`${table}\n\n${wrkPart}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    for (const child of children) child.kill();
    console.error(error);
    process.exit(1);
  },
);
