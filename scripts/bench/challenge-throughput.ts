// `npx tsx scripts/bench/challenge-throughput.ts`: signing throughput for clients under the limits with
// the challenge code active (SIGN_CHALLENGES=true, the default) against the same build with it off
// (SIGN_CHALLENGES=false), in one run: two servers of one build on one PostgreSQL of the benchmark's
// own, measured in turn, alternating which goes first each round (BENCH_ROUNDS, 3), with wrk (2 threads,
// BENCH_CONNECTIONS 64, BENCH_SECONDS 15 after 3 s of warm-up) and the CPU the server's process and
// PostgreSQL spent per request read from /proc. npm start's default limits (10 a minute, 100 a day per
// address, 100 per domain in 10 minutes); every request is a new address and a new email domain
// (sign-distinct.lua), so each client is under every limit. Serve a build first (`npm run build`).
// A measurement, not a test: prints a table for bench/RESULTS.md.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { prepareDatabase } from "../prepare-database";
import { startPrivatePostgres } from "./private-postgres";
import { loadAverages, measureCpu } from "./proc-cpu";
import { runWrk, type TWrkResult } from "./wrk";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const PORTS = { on: Number(process.env.BENCH_PORT ?? 3421), off: Number(process.env.BENCH_PORT ?? 3421) + 1 };
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 3429);
const LUA = fileURLToPath(new URL("./sign-distinct.lua", import.meta.url));

type TMode = keyof typeof PORTS;
type TRow = { round: number; mode: TMode; wrk: TWrkResult; nodeMs: number; pgMs: number };

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

async function main() {
  console.log(`load average before: ${loadAverages()}`);
  const server = await startPrivatePostgres(PG_PORT);
  const children: ChildProcess[] = [];
  try {
    await prepareDatabase(server.url);
    const base: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: server.url,
      HOSTNAME: "127.0.0.1",
      IP_HASH_SECRET: randomBytes(24).toString("hex"),
      AUTH_SECRET: randomBytes(24).toString("hex"),
      EMAIL_WORKER: "off",
      TRUSTED_PROXIES: "1",
      LOG_LEVEL: "warn",
    };
    delete base.REDIS_URL;
    for (const key of Object.keys(base)) if (key.startsWith("SIGN_")) delete base[key];
    const apps = {} as Record<TMode, ChildProcess>;
    // One after the other: each start migrates and seeds the shared database.
    for (const mode of ["on", "off"] as const) {
      const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--no-build"], {
        env: {
          ...base,
          PORT: String(PORTS[mode]),
          APP_URL: `http://127.0.0.1:${PORTS[mode]}`,
          SIGN_CHALLENGES: mode === "on" ? "true" : "false",
        },
        stdio: ["ignore", "ignore", "inherit"],
      });
      children.push(child);
      apps[mode] = child;
      await waitFor(`http://127.0.0.1:${PORTS[mode]}/api/health`);
    }
    const rows: TRow[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const order: TMode[] = round % 2 === 1 ? ["on", "off"] : ["off", "on"];
      for (const mode of order) {
        const url = `http://127.0.0.1:${PORTS[mode]}`;
        const prefix = `r${round}${mode}${Date.now().toString(36)}`;
        await runWrk({ url, connections: 8, seconds: 3, script: LUA, env: { BENCH_PREFIX: `${prefix}w` } });
        let nodeMs = 0;
        const { result, ms: pgMs } = await measureCpu(server.pids, async () => {
          const r = await measureCpu(
            () => [apps[mode].pid!],
            () =>
              runWrk({ url, connections: CONNECTIONS, seconds: SECONDS, script: LUA, env: { BENCH_PREFIX: prefix } }),
          );
          nodeMs = r.ms;
          return r.result;
        });
        const row = { round, mode, wrk: result, nodeMs: nodeMs / result.total, pgMs: pgMs / result.total };
        rows.push(row);
        console.log(formatRow(row), `load ${loadAverages()}`);
      }
    }
    const mean = (mode: TMode, pick: (r: TRow) => number) => {
      const of = rows.filter((r) => r.mode === mode);
      return of.reduce((sum, r) => sum + pick(r), 0) / of.length;
    };
    const meanRow = (mode: TMode, rps: number) =>
      `| mean | ${mode} | ${Math.round(rps).toLocaleString("en-GB")}/s | | ` +
      `| ${mean(mode, (r) => r.nodeMs).toFixed(3)} ms | ${mean(mode, (r) => r.pgMs).toFixed(3)} ms | |`;
    const on = mean("on", (r) => r.wrk.rps);
    const off = mean("off", (r) => r.wrk.rps);
    console.log(
      [
        "",
        "| round | challenge code | signatures/s | p50 | p99 | Node CPU / request | PostgreSQL CPU / request " +
          "| failures |",
        "|---|---|---|---|---|---|---|---|",
        ...rows.map(formatRow),
        meanRow("on", on),
        meanRow("off", off),
        "",
        `on ÷ off: ${(on / off).toFixed(3)} (${Math.abs(1 - on / off) <= 0.1 ? "within" : "NOT within"} 10%)`,
        `load average after: ${loadAverages()}`,
      ].join("\n"),
    );
  } finally {
    for (const child of children) child.kill();
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once("exit", r)))));
    await server.stop();
  }
}

function formatRow(r: TRow): string {
  const w = r.wrk;
  return (
    `| ${r.round} | ${r.mode} | ${w.rps.toLocaleString("en-GB")}/s | ${w.p50} ms | ${w.p99} ms ` +
    `| ${r.nodeMs.toFixed(3)} ms | ${r.pgMs.toFixed(3)} ms | ${w.non2xx} non-2xx, ${w.errors} errors |`
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
