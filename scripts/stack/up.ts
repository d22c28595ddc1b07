// `npm run stack`: the multi-instance stack on this machine (scripts/stack/stack.ts) until Ctrl-C.
// Needs DATABASE_URL (a PostgreSQL server: PgBouncer stands in front of it) and nginx, pgbouncer and
// redis-server installed (Debian packages of those names). REDIS_URL, if set, is used as it is;
// otherwise a redis-server of the stack's own runs on STACK_REDIS_PORT.
import { loadDotEnv } from "../database";
import { ensureLocalSecrets } from "../local-secrets";
import { run } from "../run";
import { startLocalStack } from "./stack";

const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

async function main() {
  loadDotEnv();
  ensureLocalSecrets();
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl)
    throw new Error("Set DATABASE_URL to a PostgreSQL server: the stack puts PgBouncer in front of it.");
  if (!process.argv.includes("--no-build")) {
    const code = await run(process.execPath, ["node_modules/next/dist/bin/next", "build"]);
    if (code !== 0) throw new Error("next build failed");
  }
  const nginxPort = port("STACK_PORT", 3300);
  const stack = await startLocalStack({
    instances: port("STACK_INSTANCES", 2),
    ports: {
      nginx: nginxPort,
      firstApp: port("STACK_APP_PORT", nginxPort + 1),
      pgbouncer: port("STACK_PGBOUNCER_PORT", 6433),
      redis: port("STACK_REDIS_PORT", 6380),
    },
    databaseUrl,
    redisUrl: process.env.REDIS_URL || undefined,
    env: {
      ...process.env,
      NODE_ENV: "production",
      APP_URL: process.env.APP_URL ?? `http://127.0.0.1:${nginxPort}`,
      // nginx is the one proxy in front, appending the client's address.
      TRUSTED_PROXIES: "1",
    },
  });
  console.log(
    `Stack up: ${stack.url} (nginx) → ${stack.instances.map((i) => i.port).join(", ")} → ` +
      `${new URL(stack.databaseUrl).host} (PgBouncer); Redis ${stack.redisUrl}. Ctrl-C stops it.`,
  );
  const stop = () => void stack.stop().then(() => process.exit(0));
  process.once("SIGINT", stop).once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
