// `npm run bench:instances`: signatures a second and their p99 through nginx with 1, 2 and 3 app
// instances (scripts/stack/: nginx → instances → PgBouncer → PostgreSQL, Redis), beside the bare
// signing server (scripts/bench/bare-sign-server.ts) on the same database; and GET / through nginx
// with the instances' own page cache on and off. Load from wrk (Debian package) on this machine.
// Needs the local PostgreSQL (BENCH_ADMIN_URL); creates and drops its own database. Appends a section
// to bench/RESULTS.md. A measurement, not a test.
import { spawn, execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { writeResultsPart } from "./results-file";
import { cpus, loadavg } from "node:os";
import pg from "pg";
import { prepareDatabase } from "../prepare-database";
import { run } from "../run";
import { waitForPort } from "../stack/services";
import { startLocalStack } from "../stack/stack";

const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const PORT = Number(process.env.BENCH_STACK_PORT ?? 3440);
const ports = { nginx: PORT, firstApp: PORT + 1, pgbouncer: PORT + 2000, redis: PORT + 2001 };
const BARE_PORT = PORT + 9;

const dbName = `bench_inst_${Date.now().toString(36)}`;
const dbUrl = Object.assign(new URL(ADMIN_URL), { pathname: `/${dbName}` }).toString();
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  APP_URL: `http://127.0.0.1:${PORT}`,
  IP_HASH_SECRET: randomBytes(24).toString("hex"),
  AUTH_SECRET: randomBytes(24).toString("hex"),
  TRUSTED_PROXIES: "1",
  EMAIL_WORKER: "off",
  // Intake, not the limiter nor the fill-time check, is measured.
  SIGN_MIN_FILL_SECONDS: "0",
  SIGN_LIMIT_IP_PER_MINUTE: "100000000",
  SIGN_LIMIT_IP_PER_DAY: "100000000",
  SIGN_LIMIT_DOMAIN_PER_10_MINUTES: "100000000",
};
delete env.REDIS_URL;

type TWrk = { rps: number; p50: string; p99: string; non2xx: number; errors: number };

function wrk(url: string, extra: string[]): TWrk {
  const out = execFileSync("wrk", ["-t2", `-c${CONNECTIONS}`, `-d${SECONDS}s`, "--latency", ...extra, url], {
    encoding: "utf8",
    env: { ...process.env, BENCH_RUN: Date.now().toString(36) },
  });
  const pick = (re: RegExp) => re.exec(out)?.[1] ?? "?";
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  return {
    rps: Math.round(Number(pick(/Requests\/sec:\s+([\d.]+)/))),
    p50: pick(/\s50%\s+(\S+)/),
    p99: pick(/\s99%\s+(\S+)/),
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0),
    errors: errors ? errors.slice(1).reduce((a, b) => a + Number(b), 0) : 0,
  };
}

const sign = (url: string) => wrk(url, ["-s", "scripts/bench/wrk-sign.lua"]);
const home = (url: string) => wrk(`${url}/`, ["-H", "Accept-Encoding: gzip"]);
const cell = (r: TWrk) => `${r.rps}/s, p50 ${r.p50}, p99 ${r.p99} (${r.non2xx} non-2xx, ${r.errors} socket errors)`;

async function withStack<T>(instances: number, pageCacheSeconds: number, work: (url: string) => T): Promise<T> {
  const stack = await startLocalStack({
    instances,
    ports,
    databaseUrl: dbUrl,
    env: { ...env, PAGE_CACHE_SECONDS: String(pageCacheSeconds) },
    onLog: (name, text) => void (/database unavailable/i.test(text) || process.stderr.write(`[${name}] ${text}`)),
  });
  try {
    await fetch(`${stack.url}/`); // the first render is not what is measured
    return work(stack.url);
  } finally {
    await stack.stop();
  }
}

async function main() {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  const loadBefore = loadavg()[0].toFixed(1);
  const rows: string[] = [];
  try {
    await prepareDatabase(dbUrl);
    if (!process.argv.includes("--no-build")) {
      if ((await run(process.execPath, ["node_modules/next/dist/bin/next", "build"])) !== 0)
        throw new Error("next build failed");
    }
    const bare = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/bench/bare-sign-server.ts"], {
      env: { ...env, DATABASE_URL: dbUrl, PORT: String(BARE_PORT) },
      stdio: ["ignore", "ignore", "inherit"],
    });
    await waitForPort(BARE_PORT, 30_000, bare);
    const baseline = sign(`http://127.0.0.1:${BARE_PORT}`);
    bare.kill();
    rows.push(`| bare signing server (node:http + pg, no proxy) | ${cell(baseline)} | 1.00× |`);
    for (const n of [1, 2, 3]) {
      const r = await withStack(n, 0, sign);
      rows.push(
        `| ${n} instance${n > 1 ? "s" : ""} behind nginx, PgBouncer | ${cell(r)} | ` +
          `${(r.rps / baseline.rps).toFixed(2)}× |`,
      );
    }
    for (const seconds of [0, 1]) {
      const r = await withStack(2, seconds, home);
      rows.push(
        `| GET / through nginx (micro-cache 1 s), 2 instances, PAGE_CACHE_SECONDS=${seconds} | ${cell(r)} | – |`,
      );
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.end();
  }
  const section = [
    `## Several instances (${new Date().toISOString()})`,
    "",
    `\`npm run bench:instances\` on ${cpus().length} cores, load average ${loadBefore} at the start and ` +
      `${loadavg()[0].toFixed(1)} at the end (other work shares this machine: figures are noisy). wrk ` +
      `2 threads × ${CONNECTIONS} connections × ${SECONDS} s per row, on the same machine as nginx, the ` +
      "instances, PgBouncer, Redis and PostgreSQL 15. Sign-ups have unique addresses; rate limits " +
      "opened up, SIGN_MIN_FILL_SECONDS=0, email workers off.",
    "",
    "| setup | POST /api/petition/sign (or GET /) | ÷ bare |",
    "|---|---|---|",
    ...rows,
    "",
  ].join("\n");
  writeResultsPart("## Several instances", section);
  console.log(section);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
