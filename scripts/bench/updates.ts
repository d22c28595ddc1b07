// `npm run bench:updates`: P4, an email update to BENCH_UPDATE_RECIPIENTS (default 100,000) opted-in
// signers, queued by the email worker's pacer at UPDATE_SEND_PER_MINUTE (BENCH_UPDATE_RATE) and
// drained through a local SMTP sink, with the worker's RSS sampled every second. Needs a local
// PostgreSQL (BENCH_ADMIN_URL, default postgresql://postgres@127.0.0.1:5432/postgres); creates and
// drops its own database. Writes its row into bench/RESULTS.md. A measurement, not a test.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import pg from "pg";
import { createPrismaClient } from "../../lib/db/client";
import { startSmtpSink } from "../../lib/testing/smtp-sink";
import { startSending } from "../../lib/updates/sending";
import { prepareDatabase } from "../prepare-database";

const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const RECIPIENTS = Number(process.env.BENCH_UPDATE_RECIPIENTS ?? 100_000);
const RATE = Number(process.env.BENCH_UPDATE_RATE ?? 12_000);
// Gives up (and says how far it got) at one and a half times the time the pace needs, plus a start.
const MAX_SECONDS = Number(process.env.BENCH_UPDATE_MAX_SECONDS ?? Math.ceil((RECIPIENTS / RATE) * 90 + 120));
const SMTP_PORT = 2599;

const dbName = `bench_updates_${Date.now().toString(36)}`;
const dbUrl = (() => {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${dbName}`;
  return u.toString();
})();
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const f = (n: number) => Math.round(n).toLocaleString("en-GB");

async function main() {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  let worker: ReturnType<typeof spawn> | undefined;
  let sink: Awaited<ReturnType<typeof startSmtpSink>> | undefined;
  try {
    await prepareDatabase(dbUrl);
    const db = createPrismaClient(dbUrl, 2);
    const petitionId = (await db.petition.findFirstOrThrow({ select: { id: true } })).id;
    let started = Date.now();
    // Written by Postgres itself, as a long-running campaign would have them (random ids, as signing makes).
    await db.$executeRaw`
      INSERT INTO "Signature" ("id", "petitionId", "firstName", "lastName", "email", "emailKey", "emailDomain",
        "signerCountry", "optIn", "consentNoticeVersion", "status", "confirmedAt", "createdAt")
      SELECT gen_random_uuid()::text, ${petitionId}, 'Reader', 'No' || g, 'r' || g || '@bench.example',
        'r' || g || '@bench.example', 'bench.example', 'GB', true, '2026-11-28.2', 'CONFIRMED', now(), now()
      FROM generate_series(1, ${RECIPIENTS}::int) g`;
    await db.$executeRaw`ANALYZE "Signature"`;
    const insertSeconds = (Date.now() - started) / 1000;
    const { id } = await db.campaignUpdate.create({
      data: { subject: "Bench update", body: "News of the campaign. https://example.org/news", createdBy: "bench" },
    });

    const received = new Set<string>();
    let duplicates = 0;
    sink = await startSmtpSink(SMTP_PORT, (mail) => {
      if (received.has(mail.to)) duplicates++;
      received.add(mail.to);
      if (!mail.headers["list-unsubscribe"] || !mail.headers["list-unsubscribe-post"]) duplicates += 1e9;
    });
    worker = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
      env: {
        ...process.env,
        DATABASE_URL: dbUrl,
        // More pooled connections than the default 4: on a busy machine each SMTP round trip waits to be scheduled.
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}?maxConnections=${process.env.BENCH_SMTP_CONNECTIONS ?? 20}`,
        UPDATE_SEND_PER_MINUTE: String(RATE),
        APP_URL: "https://campaign.example",
        AUTH_SECRET: randomBytes(24).toString("hex"),
        IP_HASH_SECRET: randomBytes(24).toString("hex"),
        NODE_ENV: "production",
      },
      stdio: ["ignore", "ignore", "inherit"],
    });
    await sleep(3000); // the worker's start (tsx, Prisma), before its memory is a baseline
    const rss: number[] = [rssMb(worker.pid!)];
    started = Date.now();
    const loadBefore = loadavg()[1];
    await startSending(db, "bench", id, RECIPIENTS, started);
    const timeline: { t: number; sent: number }[] = [];
    while (received.size < RECIPIENTS && Date.now() - started < MAX_SECONDS * 1000) {
      await sleep(1000);
      rss.push(rssMb(worker.pid!));
      timeline.push({ t: (Date.now() - started) / 1000, sent: received.size });
      if (timeline.length % 15 === 0) console.log(`${timeline.at(-1)!.t.toFixed(0)} s: ${f(received.size)} received`);
    }
    const seconds = (Date.now() - started) / 1000;
    await sleep(3000); // anything sent twice would arrive now
    const deliveries = await db.updateDelivery.count({ where: { updateId: id } });
    const { finishedAt } = await db.campaignUpdate.findUniqueOrThrow({ where: { id }, select: { finishedAt: true } });
    await db.$disconnect();

    // The steady rate: from the first 10% to the last 10% received, as emails a minute.
    const at = (share: number) => timeline.find((p) => p.sent >= share * RECIPIENTS)?.t ?? seconds;
    const steady = ((0.8 * RECIPIENTS) / (at(0.9) - at(0.1))) * 60;
    // rss[i + 1] was sampled with timeline[i].
    const rssAt = (share: number) => {
      const i = timeline.findIndex((p) => p.sent >= share * RECIPIENTS);
      return i < 0 ? rss.at(-1)! : rss[i + 1];
    };
    const done = received.size === RECIPIENTS;
    const row =
      `| P4 email update to ${f(RECIPIENTS)} opted-in signers at UPDATE_SEND_PER_MINUTE=${f(RATE)} ` +
      `| ${done ? "all" : `only ${f(received.size)}`} received through the SMTP sink in ${seconds.toFixed(0)} s ` +
      `(all queued by ${finishedAt ? ((finishedAt.getTime() - started) / 1000).toFixed(0) : "–"} s), ` +
      `steady ${f(steady)}/min; ${duplicates ? `${f(duplicates)} twice or without headers` : "none twice"}, ` +
      `${f(deliveries)} deliveries; worker RSS ${rss[0].toFixed(0)} MB at start, ` +
      `${rssAt(0.1).toFixed(0)} MB at 10% sent, ${rssAt(0.5).toFixed(0)} MB at 50%, ` +
      `peak ${Math.max(...rss).toFixed(0)} MB, ${rss.at(-1)!.toFixed(0)} MB at the end ` +
      `| – | ${((steady / RATE) * 100).toFixed(0)}% of the set rate ` +
      `| the set rate; memory flat; each once (signatures inserted by SQL in ${insertSeconds.toFixed(1)} s; ` +
      `machine load average ${loadBefore.toFixed(1)} → ${loadavg()[1].toFixed(1)}) |`;
    console.log(row);
    writeRow(row);
  } finally {
    worker?.kill("SIGTERM");
    await sink?.close();
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(() => {});
    await admin.end();
  }
}

/** Replaces this benchmark's row in bench/RESULTS.md (the last row of its table), or adds it. */
function writeRow(row: string) {
  const lines = readFileSync("bench/RESULTS.md", "utf8").trimEnd().split("\n");
  const mine = lines.findIndex((l) => l.startsWith("| P4 "));
  if (mine >= 0) lines[mine] = row;
  else lines.splice(lines.findLastIndex((l) => l.startsWith("| P")) + 1, 0, row);
  writeFileSync("bench/RESULTS.md", `${lines.join("\n")}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
