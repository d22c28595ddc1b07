// A PostgreSQL 15 server of the benchmark's own (Debian's binaries, a fresh cluster in a temporary
// folder, its own port), so the CPU its processes use is the benchmark's alone: the machine's shared
// server also serves whatever else runs here. Default durability settings (fsync, synchronous_commit).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BIN = `/usr/lib/postgresql/${process.env.BENCH_PG_VERSION ?? "15"}/bin`;

export type TPrivatePostgres = { url: string; postmasterPid: number; pids: () => number[]; stop: () => Promise<void> };

// PostgreSQL refuses to run as root: the cluster belongs to the postgres user.
const asPostgres = (args: string[]) => (process.getuid?.() === 0 ? ["runuser", "-u", "postgres", "--", ...args] : args);

/** `settings`: more `name=value` server settings, after (so overriding) the defaults below. */
export async function startPrivatePostgres(port: number, settings: string[] = []): Promise<TPrivatePostgres> {
  const dir = mkdtempSync(join(tmpdir(), "bench-pg-"));
  const data = join(dir, "data");
  if (process.getuid?.() === 0) spawnSync("chown", ["postgres:postgres", dir]);
  const [cmd, ...args] = asPostgres([`${BIN}/initdb`, "-D", data, "-U", "postgres", "-A", "trust", "--no-sync"]);
  const init = spawnSync(cmd, args, { stdio: ["ignore", "ignore", "inherit"] });
  if (init.status !== 0) throw new Error("initdb failed");
  const [pcmd, ...pargs] = asPostgres([
    `${BIN}/postgres`,
    "-D",
    data,
    "-p",
    String(port),
    "-k",
    dir,
    "-c",
    "listen_addresses=127.0.0.1",
    "-c",
    "max_connections=300",
    "-c",
    "shared_buffers=512MB",
    "-c",
    "shared_preload_libraries=pg_stat_statements",
    ...settings.flatMap((s) => ["-c", s]),
  ]);
  const server: ChildProcess = spawn(pcmd, pargs, { stdio: ["ignore", "ignore", "ignore"] });
  for (let i = 0; i < 100; i++) {
    const ready = spawnSync(`${BIN}/pg_isready`, ["-q", "-h", "127.0.0.1", "-p", String(port)]);
    if (ready.status === 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const postmasterPid = Number(readFileSync(join(data, "postmaster.pid"), "utf8").split("\n")[0]);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    postmasterPid,
    // The postmaster and every process it started (backends, WAL writer, checkpointer…).
    pids: () => [postmasterPid, ...childrenOf(postmasterPid)],
    stop: async () => {
      process.kill(postmasterPid, "SIGINT");
      await new Promise((r) => (server.exitCode !== null ? r(null) : server.once("exit", r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function childrenOf(parent: number): number[] {
  const pids: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${name}/status`, "utf8"))?.[1]);
      if (ppid === parent) pids.push(Number(name));
    } catch {
      /* the process ended while we looked */
    }
  }
  return pids;
}
