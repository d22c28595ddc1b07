import type { PrismaClient } from "../db/client";
import type { TEnv } from "../env";
import type { TMailTransport } from "../mail/transport";
import { workerName, writeHeartbeat } from "./heartbeat";
import type { TJob, TJobContext } from "./job";
import { JOBS } from "./registry";
import { errorKind, getLogger } from "../observability/logger";

type TRunOptions = {
  jobs?: TJob[];
  now?: () => number;
  worker?: string;
  /** Log a job's error (once per distinct message in a row); the project's logger by default. */
  log?: (job: string, error: unknown) => void;
};

const DEFAULT_MAX_BACKOFF_MS = 5 * 60_000;
// A job that turns every few milliseconds (delivery during an update) writes its heartbeat this often.
const BEAT_EVERY_MS = 5000;

/** The wait after `failures` failures in a row: the interval doubled each time, capped. */
export function jobBackoffMs(job: Pick<TJob, "intervalMs" | "maxBackoffMs">, failures: number): number {
  return Math.min(job.maxBackoffMs ?? DEFAULT_MAX_BACKOFF_MS, job.intervalMs * 2 ** Math.min(failures, 20));
}

/**
 * Runs every registered job (lib/jobs/registry.ts), each in a loop of its own: its own interval, its
 * own backoff after an error, its own heartbeat row. A job that throws every turn delays only itself.
 */
export function runJobs(db: PrismaClient, transport: TMailTransport | null, env: TEnv, options: TRunOptions = {}) {
  const jobs = options.jobs ?? JOBS;
  const worker = options.worker ?? workerName();
  const now = options.now ?? Date.now;
  // Through the project's logger (JSON lines, no raw error objects): the job's name and the error's
  // name and code. Its message may name a person (an SMTP answer quotes the address): the heartbeat
  // row keeps it for organisers, the log does not.
  const log =
    options.log ?? ((job, error) => getLogger().warn({ job, ...errorKind(error) }, "background job failed; retrying"));
  let stopped = false;
  const wakers = new Set<() => void>();
  const ctx: TJobContext = { db, transport, env, now, stopping: () => stopped };
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        wakers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      wakers.add(wake);
    });

  const loop = async (job: TJob) => {
    let failures = 0;
    let lastMessage = "";
    let lastBeat = -Infinity;
    while (!stopped) {
      let wait = job.intervalMs;
      try {
        const turn = await job.run(ctx);
        if (turn?.nextInMs !== undefined) wait = turn.nextInMs;
        if (failures > 0 || now() - lastBeat >= BEAT_EVERY_MS) {
          const queue = job.queue ? await job.queue(ctx) : undefined;
          await writeHeartbeat(db, job.name, worker, { ok: true, at: new Date(now()), queue });
          lastBeat = now();
        }
        failures = 0;
        lastMessage = "";
      } catch (error) {
        failures++;
        const message = String((error as Error)?.message ?? error);
        if (message !== lastMessage) log(job.name, error);
        lastMessage = message;
        wait = jobBackoffMs(job, failures);
        await writeHeartbeat(db, job.name, worker, {
          ok: false,
          at: new Date(now()),
          error: message,
          failuresInARow: failures,
        }).catch(() => {});
      }
      if (!stopped) await sleep(wait);
    }
  };
  const loops = Promise.all(jobs.map(loop));
  return {
    worker,
    stop: async () => {
      stopped = true;
      for (const wake of [...wakers]) wake();
      await loops;
      transport?.close();
    },
  };
}
