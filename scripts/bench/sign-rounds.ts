// `npm run bench:sign` (issue 30): signature intake, the app as deployed (`npm start`, a production
// build) against THE baseline (scripts/bench/baseline-sign-server.ts), alternated round by round in one
// invocation so both see the same machine. The setup, stated in every report it prints:
//   - the machine's PostgreSQL (BENCH_DATABASE_URL, else DATABASE_URL), in a database of the run's own
//     that both servers share (the baseline in tables of its own), dropped at the end;
//   - the app with its email worker off, the signing limits opened, TRUSTED_PROXIES=1, and a Redis
//     server of the run's own (or none: the PostgreSQL fallback of the rate limits);
//   - wrk, 2 threads × 64 connections × BENCH_SECONDS (15) per round, new addresses at one non-webmail
//     domain from 250 client addresses (X-Forwarded-For), or with 30% repeats of earlier addresses;
//   - only 202 answers count, and the stored rows are checked against them after each round.
// CPU per signature is read from /proc/<pid>/stat before and after each round: the server's processes,
// the run's own database's backends (pg_stat_activity), its Redis, and wrk (its shell's `times`).
// A measurement, not a test.
// Knobs for measuring the factors of issue 30, one at a time: scripts/bench/sign-knobs.ts.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { cpuMs, descendants, loadAverages } from "./proc-cpu";
import { startPrivatePostgres, type TPrivatePostgres } from "./private-postgres";
import {
  BASELINE_POOL,
  CLIENTS,
  DOMAINS,
  KNOBS,
  PG_SETTINGS,
  PRIVATE_PG,
  SHAPE,
  SHAPE_ENV,
  WARMUP,
} from "./sign-knobs";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 64;
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 3720);
const BASELINE_PORT = APP_PORT + 1;
const REDIS_PORT = APP_PORT + 9;
const LUA = fileURLToPath(new URL("./sign-rounds.lua", import.meta.url));
const OPEN = "100000000";
type TMode = { name: string; redis: boolean; repeats: number };
const MODES: TMode[] = [
  { name: "with Redis, new addresses", redis: true, repeats: 0 },
  { name: "without Redis (PostgreSQL fallback), new addresses", redis: false, repeats: 0 },
  { name: "with Redis, 30% repeats", redis: true, repeats: 0.3 },
].filter((m, i) => !process.env.BENCH_MODES || process.env.BENCH_MODES.split(",").includes(String(i + 1)));

type TRound = {
  target: "app" | "baseline";
  perSecond: number;
  p50: number;
  p99: number;
  accepted: number;
  other: number;
  stored: number;
  check: string;
  cpu: { node: number; pg: number; redis: number; wrk: number };
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(url: string, child: ChildProcess) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${url}: its server exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      /* not up yet */
    }
    await sleep(500);
  }
  throw new Error(`${url} did not come up`);
}

function start(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  // Its own process group, so that stopping it stops npm's children too.
  return spawn(command, args, { env, stdio: ["ignore", "ignore", "inherit"], detached: true });
}

async function stop(child: ChildProcess | undefined) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  process.kill(-child.pid!, "SIGTERM");
  await exited;
}

// wrk under a shell whose `times` prints the CPU its child used (wrk has ended by then, so /proc cannot).
function runWrk(url: string, seconds: number, connections: number, env: Record<string, string>) {
  const wrk = `wrk -t2 -c${connections} -d${seconds}s --latency --timeout 10s -s ${LUA} ${url}`;
  return new Promise<{ out: string; cpuMs: number }>((resolve, reject) => {
    const child = spawn("sh", ["-c", `${wrk} && times`], { env: { ...process.env, ...env } });
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`wrk exited ${code}: ${out}`));
      const times = out.trim().split("\n").slice(-1)[0].split(/\s+/);
      const cpu = times.reduce((sum, t) => {
        const m = /(\d+)m([\d.]+)s/.exec(t);
        return sum + (m ? (Number(m[1]) * 60 + Number(m[2])) * 1000 : 0);
      }, 0);
      resolve({ out, cpuMs: cpu });
    });
  });
}

const latencyMs = (out: string, pct: string) => {
  const m = new RegExp(`\\s${pct}%\\s+([\\d.]+)(us|ms|s)`).exec(out);
  return m ? Number(m[1]) * (m[2] === "us" ? 0.001 : m[2] === "s" ? 1000 : 1) : NaN;
};

async function round(
  target: TRound["target"],
  mode: TMode,
  prefix: string,
  ctx: { admin: pg.Client; dbName: string; server: ChildProcess; redisPid: number | null },
): Promise<TRound> {
  const port = target === "app" ? APP_PORT : BASELINE_PORT;
  const nodePids = descendants(ctx.server.pid!);
  const backends = async () =>
    (
      await ctx.admin.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
        [ctx.dbName],
      )
    ).rows.map((r) => r.pid);
  const pgBefore = new Map((await backends()).map((p) => [p, cpuMs([p])]));
  const nodeBefore = cpuMs(nodePids);
  const redisBefore = ctx.redisPid ? cpuMs([ctx.redisPid]) : 0;
  const wrk = await runWrk(`http://127.0.0.1:${port}`, SECONDS, CONNECTIONS, {
    BENCH_PREFIX: prefix,
    BENCH_REPEATS: String(mode.repeats),
    BENCH_DOMAIN: "bench.example",
    ...SHAPE_ENV,
  });
  const node = cpuMs(nodePids) - nodeBefore;
  const redis = ctx.redisPid ? cpuMs([ctx.redisPid]) - redisBefore : 0;
  let pgCpu = 0;
  for (const p of await backends()) pgCpu += cpuMs([p]) - (pgBefore.get(p) ?? 0);
  const counts = JSON.parse(/BENCH (\{.*\})/.exec(wrk.out)![1]) as {
    accepted: number;
    other: number;
    fresh: number;
    sent: number;
  };
  const took = Number(/requests in ([\d.]+)s/.exec(wrk.out)?.[1] ?? SECONDS);
  // Requests still in flight when wrk stopped are answered to nobody, and may be stored all the same.
  await sleep(1_000);
  const table = target === "app" ? `"Signature"` : "baseline_signature";
  const stored = Number(
    (await ctx.admin.query(`SELECT count(*) FROM ${table} WHERE email LIKE $1`, [`${prefix}.%`])).rows[0].count,
  );
  const inFlight = counts.sent - counts.accepted - counts.other;
  // New addresses: every 202 is one stored row, plus at most those in flight at the stop. With repeats,
  // the stored rows are the new addresses sent, less at most those in flight.
  const ok =
    counts.other === 0 &&
    (mode.repeats === 0
      ? stored >= counts.accepted && stored <= counts.accepted + inFlight
      : stored <= counts.fresh && stored >= counts.fresh - inFlight);
  const check =
    `${ok ? "ok" : "MISMATCH"}: ${stored} stored, ${counts.accepted} × 202, ` +
    `${counts.fresh} new sent, ${inFlight} in flight at the stop`;
  const per = (ms: number) => ms / Math.max(1, counts.accepted);
  return {
    target,
    perSecond: Math.round(counts.accepted / took),
    p50: latencyMs(wrk.out, "50"),
    p99: latencyMs(wrk.out, "99"),
    accepted: counts.accepted,
    other: counts.other,
    stored,
    check,
    cpu: { node: per(node), pg: per(pgCpu), redis: per(redis), wrk: per(wrk.cpuMs) },
  };
}

const median = <T>(rows: T[], by: (r: T) => number) => [...rows].sort((a, b) => by(a) - by(b))[rows.length >> 1];
const fmt = (n: number) => n.toLocaleString("en-GB");

function report(mode: TMode, rounds: TRound[], loadBefore: string, loadAfter: string): string {
  const of = (t: TRound["target"]) => rounds.filter((r) => r.target === t);
  const app = of("app");
  const base = of("baseline");
  const mApp = median(app, (r) => r.perSecond);
  const mBase = median(base, (r) => r.perSecond);
  const range = (rs: TRound[]) =>
    `${fmt(Math.min(...rs.map((r) => r.perSecond)))}–${fmt(Math.max(...rs.map((r) => r.perSecond)))}`;
  const cpu = (rs: TRound[]) => {
    const m = median(rs, (r) => r.perSecond).cpu;
    const [node, postgres, redis, wrk] = [m.node, m.pg, m.redis, m.wrk].map((v) => v.toFixed(3));
    return `Node ${node}, PostgreSQL ${postgres}, Redis ${redis}, wrk ${wrk}`;
  };
  return [
    `### ${mode.name}`,
    "",
    `Load average before ${loadBefore}, after ${loadAfter}.`,
    "",
    "| | median 202/s | range | p99 (median round) | CPU ms per signature (median round) |",
    "|---|---|---|---|---|",
    `| app | ${fmt(mApp.perSecond)} | ${range(app)} | ${mApp.p99} ms | ${cpu(app)} |`,
    `| baseline | ${fmt(mBase.perSecond)} | ${range(base)} | ${mBase.p99} ms | ${cpu(base)} |`,
    "",
    `Ratio of medians (app ÷ baseline): **${(mApp.perSecond / mBase.perSecond).toFixed(2)}×**.`,
    "",
    "Rounds in the order run:",
    "",
    ...rounds.map(
      (r, i) =>
        `${i + 1}. ${r.target}: ${fmt(r.perSecond)}/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ` +
        `${r.other} other answers; ${r.check}`,
    ),
    "",
  ].join("\n");
}

async function main() {
  const privatePg = PRIVATE_PG ? await startPrivatePostgres(APP_PORT + 8, PG_SETTINGS) : undefined;
  try {
    await bench(privatePg);
  } finally {
    await privatePg?.stop();
  }
}

async function bench(privatePg: TPrivatePostgres | undefined) {
  const base = new URL(
    privatePg?.url ??
      process.env.BENCH_DATABASE_URL ??
      process.env.DATABASE_URL ??
      "postgresql://postgres@127.0.0.1:5432/postgres",
  );
  const dbName = `bench_sign_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  const setting = async (name: string) => (await admin.query(`SHOW ${name}`)).rows[0][name] as string;
  const pgSettings =
    `synchronous_commit ${await setting("synchronous_commit")}, ` +
    `shared_buffers ${await setting("shared_buffers")}, fsync ${await setting("fsync")}`;
  const url = new URL(base);
  url.pathname = `/${dbName}`;
  const children: ChildProcess[] = [];
  const out: string[] = [
    `## Signature intake, app against the baseline (\`npm run bench:sign\`, ${new Date().toISOString()})`,
    "",
    `\`${KNOBS}BENCH_SECONDS=${SECONDS} BENCH_ROUNDS=${ROUNDS} npm run bench:sign\`: ${cpus().length} cores, ` +
      `Node ${process.version}, ` +
      (privatePg
        ? `a PostgreSQL server of the run's own (scripts/bench/private-postgres.ts, ${base.host}` +
          `${PG_SETTINGS.length ? `, ${PG_SETTINGS.join(", ")}` : ""})`
        : `the machine's PostgreSQL (${base.host})`) +
      ", a database of the run's own; the app by " +
      "`npm start -- --no-build` (its production build), email worker off, signing limits opened, " +
      "TRUSTED_PROXIES=1; the baseline scripts/bench/baseline-sign-server.ts (node:http + pg, " +
      (BASELINE_POOL === 10 ? "pool of 10 as the app's" : `pool of ${BASELINE_POOL}, the app's being 10`) +
      ", one statement per signature, tables of its own). wrk 2 threads × 64 connections × " +
      `${SECONDS} s per round after ${WARMUP > 0 ? `${WARMUP} s of warm-up` : "no warm-up"}, app and baseline ` +
      `alternated ${ROUNDS} rounds each; new addresses at ` +
      (DOMAINS === 1 ? "one non-webmail domain" : `${fmt(DOMAINS)} non-webmail domains`) +
      ` from ${CLIENTS === 1 ? "one client address" : `${fmt(CLIENTS)} client addresses`} (X-Forwarded-For)` +
      (SHAPE === "bench" ? "" : `, request body "${SHAPE}" (scripts/bench/sign-rounds.lua)`) +
      ". Only 202 answers count; stored rows checked after each round. CPU per signature from " +
      "/proc/<pid>/stat: the server's processes, this database's backends, the run's own Redis, wrk.",
    `PostgreSQL settings: ${pgSettings}.`,
    `Load average at the start: ${loadAverages()}.`,
    "",
  ];
  let redis: ChildProcess | undefined;
  let db: pg.Client | undefined;
  try {
    db = new pg.Client({ connectionString: url.toString() });
    await db.connect();
    redis = start(
      "redis-server",
      ["--port", String(REDIS_PORT), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      process.env,
    );
    const env: NodeJS.ProcessEnv = {
      ...(Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "REDIS_URL")) as NodeJS.ProcessEnv),
      DATABASE_URL: url.toString(),
      HOSTNAME: "127.0.0.1",
      APP_URL: `http://127.0.0.1:${APP_PORT}`,
      IP_HASH_SECRET: randomBytes(24).toString("hex"),
      AUTH_SECRET: randomBytes(24).toString("hex"),
      EMAIL_WORKER: "off",
      TRUSTED_PROXIES: "1",
      LOG_LEVEL: "warn",
      SIGN_LIMIT_IP_PER_MINUTE: OPEN,
      SIGN_LIMIT_IP_PER_DAY: OPEN,
      SIGN_LIMIT_DOMAIN_PER_10_MINUTES: OPEN,
      SIGN_HARD_CAP_IP_PER_DAY: OPEN,
      SIGN_NOSCRIPT_CAP_IP_PER_DAY: OPEN,
    };
    let baseline: ChildProcess | undefined;
    for (const [m, mode] of MODES.entries()) {
      const app = start("npm", ["start", "--", "--no-build"], {
        ...env,
        PORT: String(APP_PORT),
        ...(mode.redis ? { REDIS_URL: `redis://127.0.0.1:${REDIS_PORT}` } : {}),
      });
      children.push(app);
      await waitFor(`http://127.0.0.1:${APP_PORT}/api/health`, app);
      // After the app's first start: its migrations refuse a database that already holds other tables.
      if (!baseline) {
        baseline = start(process.execPath, ["--import", "tsx", "scripts/bench/baseline-sign-server.ts"], {
          ...env,
          PORT: String(BASELINE_PORT),
          BASELINE_POOL: String(BASELINE_POOL),
        });
        children.push(baseline);
        await waitFor(`http://127.0.0.1:${BASELINE_PORT}/`, baseline);
      }
      const redisPid = mode.redis ? redis.pid! : null;
      if (WARMUP > 0)
        for (const [target, port] of [
          ["app", APP_PORT],
          ["baseline", BASELINE_PORT],
        ] as const)
          await runWrk(`http://127.0.0.1:${port}`, WARMUP, 8, {
            BENCH_PREFIX: `w${m}${target}`,
            BENCH_REPEATS: String(mode.repeats),
            ...SHAPE_ENV,
          });
      const before = loadAverages();
      const rounds: TRound[] = [];
      for (let r = 0; r < ROUNDS; r++)
        for (const target of ["app", "baseline"] as const) {
          const server = target === "app" ? app : baseline!;
          const row = await round(target, mode, `m${m}${target[0]}${r}`, { admin: db, dbName, server, redisPid });
          console.error(`${mode.name}, ${target} round ${r + 1}: ${row.perSecond}/s, p99 ${row.p99} ms; ${row.check}`);
          rounds.push(row);
        }
      out.push(report(mode, rounds, before, loadAverages()));
      await stop(app);
    }
    out.push(`Load average at the end: ${loadAverages()}.`);
    console.log(out.join("\n"));
  } finally {
    for (const child of children) await stop(child).catch(() => {});
    await stop(redis).catch(() => {});
    await db?.end();
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.end();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
