// P1, signature intake, measured with wrk against the app and the one-statement baseline
// (bare-sign-server.ts), each on a PostgreSQL of the benchmark's own, with the CPU that Node and
// PostgreSQL spent per request read from /proc beside the throughput. `npm run bench:sign` runs this
// alone; `npm run bench` runs it as its P1. A measurement, not a test.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { prepareDatabase } from "../prepare-database";
import { startPrivatePostgres } from "./private-postgres";
import { measureCpu } from "./proc-cpu";
import { runWrk, type TWrkResult } from "./wrk";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const LUA = fileURLToPath(new URL("./sign.lua", import.meta.url));

export type TIntakeRow = { name: string; wrk: TWrkResult; nodeMs: number; pgMs: number; redisMs: number };

// The Redis server the rate limits go to (the machine's, which nothing else uses during the run).
function redisPids(): number[] {
  const found = spawnSync("pgrep", ["-x", "redis-server"], { encoding: "utf8" });
  return found.stdout.split("\n").filter(Boolean).map(Number);
}

const SCENARIOS = [
  { name: "app, new addresses at one non-webmail domain", target: "app", domain: "bench.example", duplicates: 0 },
  { name: "app, new addresses at gmail.com", target: "app", domain: "gmail.com", duplicates: 0 },
  { name: "app, 30% repeats of earlier addresses", target: "app", domain: "bench.example", duplicates: 0.3 },
  { name: "one-statement baseline, one domain", target: "bare", domain: "bench.example", duplicates: 0 },
] as const;

async function waitFor(url: string) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not come up`);
}

/**
 * Starts its own PostgreSQL, the app (an existing production build, served by scripts/start.ts) and
 * the baseline, and runs every scenario. Rate limits are counted in the machine's Redis (REDIS_URL).
 */
export async function benchSignIntake(options: { appPort: number; barePort: number; pgPort: number }) {
  const server = await startPrivatePostgres(options.pgPort);
  const children: ChildProcess[] = [];
  try {
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);
    await admin.end();
    await prepareDatabase(server.url);
    const env = {
      ...process.env,
      DATABASE_URL: server.url,
      HOSTNAME: "127.0.0.1",
      APP_URL: `http://127.0.0.1:${options.appPort}`,
      IP_HASH_SECRET: randomBytes(24).toString("hex"),
      AUTH_SECRET: randomBytes(24).toString("hex"),
      EMAIL_WORKER: "off",
      REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
      LOG_LEVEL: "warn",
      // Opened up: this measures intake, not the limiter turning the load away (it all comes from one
      // address). The limiter's statements still run for every request.
      SIGN_LIMIT_IP_PER_MINUTE: "100000000",
      SIGN_LIMIT_IP_PER_DAY: "100000000",
      SIGN_LIMIT_DOMAIN_PER_10_MINUTES: "100000000",
    };
    const start = (args: string[], port: number) => {
      const child = spawn(process.execPath, args, {
        env: { ...env, PORT: String(port) },
        stdio: ["ignore", "ignore", "inherit"],
      });
      children.push(child);
      return child;
    };
    const app = start(["--import", "tsx", "scripts/start.ts"], options.appPort);
    const bare = start(["--import", "tsx", "scripts/bench/bare-sign-server.ts"], options.barePort);
    await waitFor(`http://127.0.0.1:${options.appPort}/api/health`);
    await waitFor(`http://127.0.0.1:${options.barePort}/`);
    const rows: TIntakeRow[] = [];
    for (const [i, s] of SCENARIOS.entries()) {
      const port = s.target === "app" ? options.appPort : options.barePort;
      const node = s.target === "app" ? app : bare;
      const url = `http://127.0.0.1:${port}`;
      const luaEnv = { BENCH_DOMAIN: s.domain, BENCH_DUPLICATES: String(s.duplicates) };
      await runWrk({ url, connections: 8, seconds: 3, script: LUA, env: { ...luaEnv, BENCH_PREFIX: `w${i}` } });
      let nodeMs = 0;
      let redisMs = 0;
      const { result, ms: pgMs } = await measureCpu(server.pids, async () => {
        const inRedis = await measureCpu(redisPids, async () => {
          const r = await measureCpu(
            () => [node.pid!],
            () =>
              runWrk({
                url,
                connections: CONNECTIONS,
                seconds: SECONDS,
                script: LUA,
                env: { ...luaEnv, BENCH_PREFIX: `m${i}` },
              }),
          );
          nodeMs = r.ms;
          return r.result;
        });
        redisMs = inRedis.ms;
        return inRedis.result;
      });
      const perRequest = (ms: number) => ms / result.total;
      const row = {
        name: s.name,
        wrk: result,
        nodeMs: perRequest(nodeMs),
        pgMs: perRequest(pgMs),
        redisMs: perRequest(redisMs),
      };
      console.log(formatIntakeRow(row));
      rows.push(row);
    }
    return rows;
  } finally {
    for (const child of children) child.kill();
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once("exit", r)))));
    await server.stop();
  }
}

export function formatIntakeRow(r: TIntakeRow): string {
  const w = r.wrk;
  return (
    `| ${r.name} | ${w.rps.toLocaleString("en-GB")}/s | ${w.p50} ms | ${w.p99} ms ` +
    `| ${r.nodeMs.toFixed(3)} ms | ${r.pgMs.toFixed(3)} ms | ${r.redisMs.toFixed(3)} ms ` +
    `| ${w.non2xx} non-2xx, ${w.errors} errors |`
  );
}

export const INTAKE_HEADER = [
  "| P1 scenario (wrk, POST /api/petition/sign) | signatures/s | p50 | p99 | Node CPU / request " +
    "| PostgreSQL CPU / request | Redis CPU / request | failures |",
  "|---|---|---|---|---|---|---|---|",
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  benchSignIntake({ appPort: 3400, barePort: 3401, pgPort: 5499 }).then(
    (rows) => {
      console.log([...INTAKE_HEADER, ...rows.map(formatIntakeRow)].join("\n"));
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
