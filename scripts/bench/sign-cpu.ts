// CPU per signature of the app alone (issue 30), for a machine too loaded for throughput figures to mean
// much: the app as `npm run bench:sign` runs it (`npm start -- --no-build`, email worker off, signing
// limits opened, TRUSTED_PROXIES=1, its own Redis or none), the same wrk script and load shape (2 threads
// × 64 connections, new addresses), and for each run the CPU its processes used (/proc/<pid>/stat,
// every process under npm) divided by the 202 answers. No baseline here: `npm run bench:sign` compares.
//   SIGN_CPU_PORT (3730), SIGN_CPU_RUNS (3), BENCH_SECONDS (15), SIGN_CPU_REDIS (1; 0 = PostgreSQL
//   fallback), SIGN_CPU_PROFILE_DIR (set: the app runs under `node --cpu-prof`, profiles written there
//   at its exit; scripts/bench/cpu-profile-summary.ts reads them), SIGN_CPU_COMPARE (a folder holding
//   another version of the app, e.g. `git archive` of the commit before with node_modules, lib/generated
//   and .next linked in: both run, on ports PORT and PORT + 2, their runs alternated so that both see
//   the same machine, as `npm run bench:sign` alternates the app and its baseline).
// A measurement, not a test.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { cpuMs, descendants, loadAverages } from "./proc-cpu";

const PORT = Number(process.env.SIGN_CPU_PORT ?? 3730);
const REDIS_PORT = PORT + 9;
const RUNS = Number(process.env.SIGN_CPU_RUNS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const REDIS = process.env.SIGN_CPU_REDIS !== "0";
const PROFILE_DIR = process.env.SIGN_CPU_PROFILE_DIR;
const COMPARE = process.env.SIGN_CPU_COMPARE;
const LUA = fileURLToPath(new URL("./sign-rounds.lua", import.meta.url));
const OPEN = "100000000";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function start(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(command, args, { env, stdio: ["ignore", "ignore", "inherit"], detached: true });
}

async function stop(child: ChildProcess | undefined) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  process.kill(-child.pid!, "SIGTERM");
  await exited;
}

function wrk(port: number, seconds: number, connections: number, prefix: string) {
  const url = `http://127.0.0.1:${port}`;
  return new Promise<string>((resolve, reject) => {
    const child = spawn(
      "wrk",
      ["-t2", `-c${connections}`, `-d${seconds}s`, "--latency", "--timeout", "10s", "-s", LUA, url],
      { env: { ...process.env, BENCH_PREFIX: prefix, BENCH_REPEATS: "0", BENCH_DOMAIN: "bench.example" } },
    );
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`wrk exited ${code}: ${out}`))));
  });
}

const latencyMs = (out: string, pct: string) => {
  const m = new RegExp(`\\s${pct}%\\s+([\\d.]+)(us|ms|s)`).exec(out);
  return m ? Number(m[1]) * (m[2] === "us" ? 0.001 : m[2] === "s" ? 1000 : 1) : NaN;
};

async function main() {
  const base = new URL(
    process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
  );
  const dbName = `sign_cpu_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  // A PostgreSQL restarted under the run (another session's fault test) must end it through the finally
  // below, which stops the apps, not as an unhandled 'error' that leaves them running.
  let lost: unknown;
  admin.on("error", (error) => (lost = error));
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  const url = new URL(base);
  url.pathname = `/${dbName}`;
  let redis: ChildProcess | undefined;
  const started: ChildProcess[] = [];
  try {
    if (REDIS)
      redis = start(
        "redis-server",
        ["--port", String(REDIS_PORT), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        process.env,
      );
    const env: NodeJS.ProcessEnv = {
      ...(Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "REDIS_URL")) as NodeJS.ProcessEnv),
      DATABASE_URL: url.toString(),
      HOSTNAME: "127.0.0.1",
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
      ...(REDIS ? { REDIS_URL: `redis://127.0.0.1:${REDIS_PORT}` } : {}),
    };
    const apps = [
      { label: "this tree", dir: process.cwd(), port: PORT },
      ...(COMPARE ? [{ label: COMPARE, dir: COMPARE, port: PORT + 2 }] : []),
    ].map((a) => ({ ...a, child: undefined as ChildProcess | undefined, cpu: [] as number[] }));
    for (const a of apps) {
      const appEnv = { ...env, PORT: String(a.port), APP_URL: `http://127.0.0.1:${a.port}` };
      // --cpu-prof is refused in NODE_OPTIONS: profiled, the app is started as `npm start` would (tsx runs
      // scripts/start.ts in a node with its loader), under that flag.
      const child = PROFILE_DIR
        ? spawn(
            process.execPath,
            ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`, "--import", "tsx", "scripts/start.ts", "--no-build"],
            { env: appEnv, cwd: a.dir, stdio: ["ignore", "ignore", "inherit"], detached: true },
          )
        : spawn("npm", ["start", "--", "--no-build"], {
            env: appEnv,
            cwd: a.dir,
            stdio: ["ignore", "ignore", "inherit"],
            detached: true,
          });
      a.child = child;
      started.push(child);
      for (let i = 0; ; i++) {
        if (child.exitCode !== null) throw new Error(`the app in ${a.dir} exited (${child.exitCode})`);
        if (i > 600) throw new Error(`the app in ${a.dir} did not come up`);
        try {
          if ((await fetch(`http://127.0.0.1:${a.port}/api/health`)).status < 500) break;
        } catch {
          /* not up yet */
        }
        await sleep(500);
      }
      await wrk(a.port, 3, 8, `warm${a.port}`);
    }
    console.log(
      `sign-cpu: ${REDIS ? "with Redis" : "without Redis (PostgreSQL fallback)"}, wrk 2 threads × 64 connections × ` +
        `${SECONDS} s, new addresses${PROFILE_DIR ? ", under --cpu-prof" : ""}`,
    );
    for (let r = 0; r < RUNS; r++) {
      // Alternated, and which goes first alternates too.
      for (const a of r % 2 ? [...apps].reverse() : apps) {
        const pids = descendants(a.child!.pid!);
        const loadBefore = loadAverages();
        const backends = async () =>
          (
            await admin.query<{ pid: number }>(
              `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
              [dbName],
            )
          ).rows.map((row) => row.pid);
        const pgBefore = new Map((await backends()).map((p) => [p, cpuMs([p])]));
        const redisBefore = redis ? cpuMs([redis.pid!]) : 0;
        const before = cpuMs(pids);
        const out = await wrk(a.port, SECONDS, 64, `r${r}p${a.port}`);
        if (lost) throw lost;
        const used = cpuMs(pids) - before;
        const redisUsed = redis ? cpuMs([redis.pid!]) - redisBefore : 0;
        let pgUsed = 0;
        for (const p of await backends()) pgUsed += cpuMs([p]) - (pgBefore.get(p) ?? 0);
        const counts = JSON.parse(/BENCH (\{.*\})/.exec(out)![1]) as { accepted: number; other: number };
        const took = Number(/requests in ([\d.]+)s/.exec(out)?.[1] ?? SECONDS);
        const per = used / Math.max(1, counts.accepted);
        a.cpu.push(per);
        console.log(
          `run ${r + 1}${apps.length > 1 ? ` (${a.label})` : ""}: ${per.toFixed(3)} ms CPU per signature ` +
            `(${used} ms / ${counts.accepted} × 202, ${counts.other} other), ` +
            `${Math.round(counts.accepted / took)}/s, ` +
            `p99 ${latencyMs(out, "99")} ms; PostgreSQL ${(pgUsed / Math.max(1, counts.accepted)).toFixed(3)}, ` +
            `Redis ${(redisUsed / Math.max(1, counts.accepted)).toFixed(3)} ms; load ${loadBefore} → ${loadAverages()}`,
        );
        await sleep(1_000);
      }
    }
    for (const a of apps) {
      const sorted = [...a.cpu].sort((x, y) => x - y);
      console.log(`median ${a.label}: ${sorted[sorted.length >> 1].toFixed(3)} ms CPU per signature`);
    }
  } finally {
    for (const child of started) await stop(child).catch(() => {});
    await stop(redis).catch(() => {});
    if (!lost) {
      await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      await admin.end();
    } else console.error(`PostgreSQL went away: drop ${dbName} by hand`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
