// The servers in front of and beside the app instances, from Debian's packages, each run in the
// foreground from a config written into its own folder: nginx (load balancer and micro-cache),
// PgBouncer (transaction-mode pooler) and Redis (the shared page cache). Used by `npm run stack`
// and the fault suite; nothing here touches the machine's own services.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chownSync, mkdirSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";
import { nginxConfig } from "./nginx-config";
import { pgbouncerConfig } from "./pgbouncer-config";

export type TService = { child: ChildProcess; stop: () => Promise<void> };

/** Resolves once something accepts connections on 127.0.0.1:port. */
export async function waitForPort(port: number, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`${child.spawnfile} exited with code ${child.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1");
      socket.once("connect", () => resolve(!!socket.end()));
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on 127.0.0.1:${port} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function run(name: string, command: string, args: string[], quiet?: RegExp): TService {
  const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
  child.stderr?.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    if (!quiet?.test(text)) process.stderr.write(`[${name}] ${text}`);
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  };
  return { child, stop };
}

export async function startNginx(dir: string, port: number, upstreams: number[]): Promise<TService> {
  mkdirSync(path.join(dir, "cache"), { recursive: true });
  const conf = path.join(dir, "nginx.conf");
  writeFileSync(conf, nginxConfig({ dir, port, upstreams }));
  const service = run("nginx", "nginx", ["-p", dir, "-c", conf]);
  await waitForPort(port, 10_000, service.child);
  return service;
}

const idOf = (flag: "-u" | "-g") => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());

export async function startPgbouncer(dir: string, port: number, database: URL): Promise<TService> {
  mkdirSync(dir, { recursive: true });
  const ini = path.join(dir, "pgbouncer.ini");
  writeFileSync(ini, pgbouncerConfig({ dir, port, database }));
  // PgBouncer refuses to run as root: as root (CI, these machines) it runs as the postgres user.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(dir, idOf("-u"), idOf("-g"));
  const service = run(
    "pgbouncer",
    "pgbouncer",
    [...(asRoot ? ["-u", "postgres"] : []), ini],
    /LOG|NOTICE|WARNING|login failed/,
  );
  await waitForPort(port, 10_000, service.child);
  return service;
}

/**
 * A Redis server of our own (never the machine's), so a test can stop and start it. With a password
 * (issue 26): whoever can reach Redis could otherwise rewrite cached pages and reset the rate limits.
 */
export async function startRedis(dir: string, port: number, password: string): Promise<TService> {
  mkdirSync(dir, { recursive: true });
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir];
  // In a config file of its own (mode 600), not on the command line, where any local user's ps shows it.
  const conf = path.join(dir, "redis.conf");
  writeFileSync(conf, `requirepass ${password}\n`, { mode: 0o600 });
  args.unshift(conf);
  const service = run("redis", "redis-server", args, /.*/);
  await waitForPort(port, 10_000, service.child);
  return service;
}
