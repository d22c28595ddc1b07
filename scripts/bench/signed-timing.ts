// `npx tsx scripts/bench/signed-timing.ts [--no-build] [--per-class N] [--label TEXT]`: can the time of a
// signing answer, or of the request after it, tell whether an address had signed? (issue 26). Two
// production instances (scripts/start.ts) on one PostgreSQL database and one Redis, probed on loopback;
// an email worker of its own (scripts/worker.ts, no SMTP: emails wait in the outbox) as a deployment
// runs one. Per class N addresses (default 1,000): "new" never signed, "known" signed and confirmed
// 30 days ago (rows made through the API, then dated by SQL). Each address is probed ONCE, the classes
// interleaved at random, on alternating instances: POST /api/petition/sign (timing 1), then at once
// GET /api/health on the same instance (timing 2), then a 30 ms pause so one probe's after-effects do
// not reach the next.
// Classifier (stated before running): logistic regression on the two standardised log-timings, fitted
// on a random half of the probes, scored on the other half; AUC by Mann-Whitney on the held-out half,
// 95% interval from 2,000 bootstrap resamples of it. AUC 0.5 is a coin; ≥ 0.70 tells who signed.
// Needs the local PostgreSQL (BENCH_ADMIN_URL) and Redis (BENCH_REDIS_URL); creates and drops its own
// database. Prints a Markdown section for bench/told.md. A measurement, not a test.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import http from "node:http";
import { loadavg, cpus } from "node:os";
import pg from "pg";
import { prepareDatabase } from "../prepare-database";
import { run } from "../run";
import { waitForPort } from "../stack/services";
import { evaluate, median, mulberry32, shuffle, type TProbe } from "./timing-classifier";

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const REDIS_URL = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379/6";
const PER_CLASS = Number(arg("--per-class") ?? 1000);
const LABEL = arg("--label") ?? "";
const PORTS = [Number(process.env.BENCH_PORT ?? 4690), Number(process.env.BENCH_PORT ?? 4690) + 1];
const PAUSE_MS = 30;

const dbName = `bench_told_${Date.now().toString(36)}`;
const dbUrl = Object.assign(new URL(ADMIN_URL), { pathname: `/${dbName}` }).toString();
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  DATABASE_URL: dbUrl,
  REDIS_URL,
  APP_URL: `http://127.0.0.1:${PORTS[0]}`,
  IP_HASH_SECRET: randomBytes(24).toString("hex"),
  AUTH_SECRET: randomBytes(24).toString("hex"),
  EMAIL_WORKER: "off",
  HOSTNAME: "127.0.0.1",
  // What is measured is the signing itself, not the limiter nor the fill-time check.
  SIGN_MIN_FILL_SECONDS: "0",
  SIGN_LIMIT_IP_PER_MINUTE: "100000000",
  SIGN_LIMIT_IP_PER_DAY: "100000000",
  SIGN_LIMIT_DOMAIN_PER_10_MINUTES: "100000000",
};
delete env.SMTP_URL;

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** One request; resolves with its time in ms (first byte sent to last byte read) and status. */
function timed(port: number, method: string, path: string, body?: string): Promise<{ ms: number; status: number }> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        method,
        path,
        agent,
        headers: body ? { "content-type": "application/json", "content-length": Buffer.byteLength(body) } : {},
      },
      (res) => {
        res.on("data", () => {});
        res.on("end", () =>
          resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, status: res.statusCode ?? 0 }),
        );
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

const signBody = (email: string) =>
  JSON.stringify({ firstName: "Probe", lastName: "Person", email, country: "GB", optIn: false });

function startProcess(args: string[], extra: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", ...args], {
    env: { ...env, ...extra },
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    if (!/ExperimentalWarning|--trace-warnings/.test(text)) process.stderr.write(`[${args[0]}] ${text}`);
  });
  return child;
}

async function ready(port: number, child: ChildProcess) {
  await waitForPort(port, 120_000, child);
  for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
    if ((await timed(port, "GET", "/api/health/ready").catch(() => ({ status: 0 }))).status === 200) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`127.0.0.1:${port} did not become ready`);
}

async function main() {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  const children: ChildProcess[] = [];
  const loadBefore = loadavg()[0].toFixed(1);
  try {
    await prepareDatabase(dbUrl);
    if (!process.argv.includes("--no-build")) {
      if ((await run(process.execPath, ["node_modules/next/dist/bin/next", "build"])) !== 0)
        throw new Error("next build failed");
    }
    for (const port of PORTS) {
      const child = startProcess(["scripts/start.ts", "--no-build"], { PORT: String(port) });
      children.push(child);
      await ready(port, child);
    }
    children.push(startProcess(["scripts/worker.ts"], {}));

    const tag = randomBytes(4).toString("hex");
    const known = Array.from({ length: PER_CLASS }, (_, i) => `known-${tag}-${i}@example.org`);
    const fresh = Array.from({ length: PER_CLASS }, (_, i) => `new-${tag}-${i}@example.org`);
    // The known class signs through the API like anyone, then is dated: confirmed and last emailed a
    // month ago, so a probe is a repeat signer's first submission in 30 days.
    for (const [i, email] of known.entries()) {
      const r = await timed(PORTS[i % 2], "POST", "/api/petition/sign", signBody(email));
      if (r.status !== 202) throw new Error(`setup signing answered ${r.status}`);
    }
    const monthAgo = new Date(Date.now() - 30 * 86_400_000);
    const db = new pg.Client({ connectionString: dbUrl });
    await db.connect();
    const dated = await db.query(
      `UPDATE "Signature" SET "status" = 'CONFIRMED', "confirmedAt" = $1, "lastEmailedAt" = $1, "createdAt" = $1
       WHERE "email" LIKE $2`,
      [monthAgo, `known-${tag}-%`],
    );
    await db.query(`UPDATE "OutboxEmail" SET "status" = 'SENT', "text" = '' WHERE "toAddress" LIKE $1`, [
      `known-${tag}-%`,
    ]);
    await db.end();
    if (dated.rowCount !== PER_CLASS) throw new Error(`dated ${dated.rowCount} of ${PER_CLASS} known signatures`);

    // Warm both instances up (JIT, pools) on addresses that are not measured.
    for (let i = 0; i < 200; i++) {
      await timed(PORTS[i % 2], "POST", "/api/petition/sign", signBody(`warm-${tag}-${i}@example.org`));
      await timed(PORTS[i % 2], "GET", "/api/health");
    }

    const random = mulberry32(0x26);
    const order = shuffle(
      [
        ...known.map((email) => ({ email, known: 1 as const })),
        ...fresh.map((email) => ({ email, known: 0 as const })),
      ],
      random,
    );
    const probes: TProbe[] = [];
    const answers = new Set<number>();
    for (const [i, { email, known: isKnown }] of order.entries()) {
      const port = PORTS[i % 2];
      const sign = await timed(port, "POST", "/api/petition/sign", signBody(email));
      const next = await timed(port, "GET", "/api/health");
      answers.add(sign.status);
      probes.push({ known: isKnown, x: [Math.log(sign.ms), Math.log(next.ms)] });
      await new Promise((r) => setTimeout(r, PAUSE_MS));
    }
    const ms = (cls: 0 | 1, k: number) =>
      median(probes.filter((p) => p.known === cls).map((p) => Math.exp(p.x[k]))).toFixed(2);
    const fmt = (r: { point: number; low: number; high: number }) =>
      `${r.point.toFixed(3)} [${r.low.toFixed(3)}, ${r.high.toFixed(3)}]`;
    const both = evaluate(probes, mulberry32(1), [0, 1]);
    const answerOnly = evaluate(probes, mulberry32(2), [0]);
    const nextOnly = evaluate(probes, mulberry32(3), [1]);
    const section = [
      `### ${LABEL || "Run"} (${new Date().toISOString()})`,
      "",
      `${PER_CLASS} addresses per class, one probe each, 2 instances (scripts/start.ts, production build) on one ` +
        `PostgreSQL 15 database and Redis, loopback; ${cpus().length} cores, load average ${loadBefore} → ` +
        `${loadavg()[0].toFixed(1)}. Answer statuses seen: ${[...answers].join(", ")}.`,
      "",
      "| | new (median ms) | known (median ms) |",
      "|---|---|---|",
      `| the answer (POST /api/petition/sign) | ${ms(0, 0)} | ${ms(1, 0)} |`,
      `| the next request (GET /api/health) | ${ms(0, 1)} | ${ms(1, 1)} |`,
      "",
      "| classifier (logistic regression, fitted on one half, AUC on the other, bootstrap 95%) | AUC |",
      "|---|---|",
      `| both timings | **${fmt(both)}** |`,
      `| the answer's only | ${fmt(answerOnly)} |`,
      `| the next request's only | ${fmt(nextOnly)} |`,
      "",
    ].join("\n");
    console.log(section);
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1500));
    for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.end();
    agent.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
