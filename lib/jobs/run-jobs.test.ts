import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { parseEnv } from "../env";
import { requestSignInLink } from "../auth/request-sign-in-link";
import { createMailTransport } from "../mail/transport";
import { signPetition } from "../petition/sign-petition";
import { context, LINKS, signer } from "../testing/petition-fixtures";
import { startSmtpSink, type TSunkMail } from "../testing/smtp-sink";
import type { TJob } from "./job";
import { JOBS } from "./registry";
import { jobBackoffMs, runJobs } from "./run-jobs";

const PORT = 30_000 + (process.pid % 5000);
// The file's own copy of the run's database (lib/testing/isolated-database.ts): only one test sends.
let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, 4);
});
afterAll(() => db.$disconnect());

// A fault injected in code: a job that throws on every turn, as update pacing did on a malformed row.
const poisoned: TJob = {
  name: "poisoned",
  intervalMs: 1000,
  run: async () => {
    throw new Error("poisoned update row");
  },
};

describe("background jobs", () => {
  it("a job that throws every turn stops nothing: a confirmation and a sign-in link arrive within 5 s", async () => {
    const env = parseEnv({
      NODE_ENV: "test",
      DATABASE_URL: process.env.DATABASE_URL!,
      APP_URL: LINKS.appUrl,
      AUTH_SECRET: LINKS.secret,
      SMTP_URL: `smtp://127.0.0.1:${PORT}`,
      MAIL_FROM: "Campaign <campaign@example.org>",
      ORGANISER_EMAILS: "organiser@example.org",
    });
    const input = signer();
    const received: TSunkMail[] = [];
    let bothArrived = () => {};
    const arrived = new Promise<void>((resolve) => (bothArrived = resolve));
    const sink = await startSmtpSink(PORT, (mail) => {
      received.push(mail);
      if (received.length === 2) bothArrived();
    });
    const logged: string[] = [];
    const jobs = runJobs(db, createMailTransport(env), env, {
      jobs: [poisoned, ...JOBS],
      log: (job, error) => logged.push(`${job}: ${(error as Error).message}`),
    });
    await signPetition(db, input, context());
    // The sign-in link from the page's request (the worker makes it: lib/auth/send-sign-in-links.ts).
    const asked = Date.now();
    await requestSignInLink(db, {
      email: "Organiser@example.org",
      clientKey: "client",
      limitSecret: env.IP_HASH_SECRET,
      authSecret: env.AUTH_SECRET,
      now: asked,
    });
    let deadline: NodeJS.Timeout | undefined;
    await Promise.race([
      arrived,
      new Promise((_, reject) => (deadline = setTimeout(() => reject(new Error("not sent within 5 s")), 5000))),
    ]).finally(() => clearTimeout(deadline));
    await jobs.stop();
    await sink.close();
    // Measured from the confirmation's queueing, as the database recorded it, and from the sign-in request.
    const queued = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: input.email } });
    const latencies = received.map(
      (m) => Date.parse(m.receivedAt) - (m.to === input.email ? queued.createdAt.getTime() : asked),
    );
    expect(Math.max(...latencies)).toBeLessThan(5000);
    expect(received.map((m) => m.to).sort()).toEqual([input.email, "organiser@example.org"].sort());
    // Its failure is logged once and visible in its heartbeat; delivery's shows it running well.
    expect(logged).toEqual(["poisoned: poisoned update row"]);
    const beats = await db.jobHeartbeat.findMany({ where: { worker: jobs.worker } });
    const beat = (job: string) => beats.find((b) => b.job === job);
    expect(beat("poisoned")).toMatchObject({ lastError: "poisoned update row", lastSuccessAt: null });
    expect(beat("poisoned")!.failuresInARow).toBeGreaterThanOrEqual(1);
    expect(beat("delivery")).toMatchObject({ lastError: null, deadLettered: 0 });
    expect(beat("delivery")!.lastSuccessAt).not.toBeNull();
    expect(beat("reminders")!.lastSuccessAt).not.toBeNull();
  });

  it("a failing job backs off alone, doubling up to its cap", () => {
    const job = { intervalMs: 1000, maxBackoffMs: 30_000 };
    expect([1, 2, 3, 4, 5, 6].map((failures) => jobBackoffMs(job, failures))).toEqual([
      2000, 4000, 8000, 16000, 30000, 30000,
    ]);
    expect(jobBackoffMs({ intervalMs: 60_000 }, 50)).toBe(300_000);
  });
});
