// Several app instances on one machine, as a deployment runs them: nginx → N instances → PgBouncer →
// PostgreSQL, with Redis for the shared page cache. The build must exist (`npm run build`).
// `npm run stack` (scripts/stack/up.ts) and the fault suite (e2e/faults/stack.ts) start it here.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { prepareDatabase } from "../prepare-database";
import { startNginx, startPgbouncer, startRedis, waitForPort, type TService } from "./services";

export type TStackOptions = {
  instances: number;
  ports: { nginx: number; firstApp: number; pgbouncer: number; redis: number };
  /** PostgreSQL itself: migrations go here, queries through PgBouncer. */
  databaseUrl: string;
  /** Given: that Redis is used. Absent: a redis-server of our own on ports.redis, which stopRedis stops. */
  redisUrl?: string;
  env: NodeJS.ProcessEnv;
  /** What an instance writes on stderr; by default passed on. */
  onLog?: (name: string, text: string) => void;
};

export type TInstance = {
  port: number;
  url: string;
  /** Starts it (again) and resolves once it is ready; `overrides` set (or, undefined, unset) env for this run only. */
  start: (overrides?: Record<string, string | undefined>) => Promise<void>;
  kill: (signal: NodeJS.Signals) => Promise<void>;
};

export async function startLocalStack(options: TStackOptions) {
  const dir = mkdtempSync(path.join(tmpdir(), "campaign-stack-"));
  // Run as root, PgBouncer and nginx's workers drop to other users, who must reach their folders.
  chmodSync(dir, 0o755);
  const services: TService[] = [];
  let redis: TService | undefined;
  const ownRedis = !options.redisUrl;
  // Our own Redis asks for a password, made for this run (issue 26); a Redis given brings its own URL.
  const redisPassword = randomBytes(24).toString("hex");
  const redisUrl = options.redisUrl ?? `redis://:${redisPassword}@127.0.0.1:${options.ports.redis}`;
  let stopping = false;
  const children: ChildProcess[] = [];
  try {
    if (ownRedis) redis = await startRedis(path.join(dir, "redis"), options.ports.redis, redisPassword);
    const direct = new URL(options.databaseUrl);
    // PgBouncer also stands in front of the embedded database (pass 1 of CI), which takes it.
    services.push(await startPgbouncer(path.join(dir, "pgbouncer"), options.ports.pgbouncer, direct));
    const pooled = new URL(direct);
    pooled.hostname = "127.0.0.1";
    pooled.port = String(options.ports.pgbouncer);
    pooled.password = "";
    // Once, before any instance, straight to PostgreSQL (the migration lock is a session's). The
    // instances then find nothing pending and start together.
    await prepareDatabase(direct.toString());
    const instances = Array.from({ length: options.instances }, (_, i) => {
      const port = options.ports.firstApp + i;
      const env: NodeJS.ProcessEnv = {
        ...options.env,
        PORT: String(port),
        HOSTNAME: "127.0.0.1",
        DATABASE_URL: pooled.toString(),
        DIRECT_DATABASE_URL: direct.toString(),
        REDIS_URL: redisUrl,
      };
      const name = `app${i + 1}`;
      const start = (overrides: Record<string, string | undefined> = {}) => {
        const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--no-build"], {
          env: Object.fromEntries(
            Object.entries({ ...env, ...overrides }).filter(([, v]) => v !== undefined),
          ) as NodeJS.ProcessEnv,
          stdio: ["ignore", "ignore", "pipe"],
        });
        child.stderr?.on("data", (chunk: Buffer) =>
          (options.onLog ?? ((n, t) => process.stderr.write(`[${n}] ${t}`)))(name, chunk.toString()),
        );
        child.on("exit", (code, signal) => {
          if (!stopping && (code !== 0 || signal)) process.stderr.write(`[${name}] exited: ${code ?? signal}\n`);
        });
        children[i] = child;
        return child;
      };
      const instance: TInstance = {
        port,
        url: `http://127.0.0.1:${port}`,
        async start(overrides) {
          await waitForHealth(instance.url, start(overrides));
        },
        async kill(signal) {
          const child = children[i];
          if (!child || child.exitCode !== null || child.signalCode !== null) return;
          const exited = new Promise((r) => child.once("exit", r));
          child.kill(signal);
          // An instance that does not stop within its grace (and a margin) is killed: a suite's
          // teardown never waits for ever on one process.
          const stuck = setTimeout(() => {
            process.stderr.write(`[${name}] still running 30 s after ${signal}: killed\n`);
            child.kill("SIGKILL");
          }, 30_000);
          await exited;
          clearTimeout(stuck);
        },
      };
      return instance;
    });
    // All at the same moment, as an orchestrator restarting a deployment would.
    await Promise.all(instances.map((instance) => instance.start()));
    services.push(
      await startNginx(
        path.join(dir, "nginx"),
        options.ports.nginx,
        instances.map((i) => i.port),
      ),
    );
    return {
      url: `http://127.0.0.1:${options.ports.nginx}`,
      instances,
      redisUrl,
      databaseUrl: pooled.toString(),
      async stopRedis() {
        if (!ownRedis) throw new Error("the stack uses a Redis it did not start, and will not stop it");
        await redis?.stop();
      },
      async startRedis() {
        if (ownRedis) redis = await startRedis(path.join(dir, "redis"), options.ports.redis, redisPassword);
      },
      async stop() {
        stopping = true;
        await Promise.all(instances.map((instance) => instance.kill("SIGTERM")));
        for (const service of [...services.reverse(), ...(redis ? [redis] : [])]) await service.stop();
        // STACK_KEEP_DIR=1 keeps the configs and nginx's error log, to see what went wrong.
        if (process.env.STACK_KEEP_DIR) console.log(`Stack folder kept: ${dir}`);
        else rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    stopping = true;
    for (const child of children) child?.kill("SIGKILL");
    for (const service of [...services, ...(redis ? [redis] : [])]) await service.stop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

export type TLocalStack = Awaited<ReturnType<typeof startLocalStack>>;

async function waitForHealth(url: string, child: ChildProcess) {
  await waitForPort(Number(new URL(url).port), 120_000, child);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the instance at ${url} exited with code ${child.exitCode}`);
    const ok = await fetch(`${url}/api/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not become ready`);
}
