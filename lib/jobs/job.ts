import type { PrismaClient } from "../db/client";
import type { TEnv } from "../env";
import type { TMailTransport } from "../mail/transport";

/** What every job is handed on each turn. */
export type TJobContext = {
  db: PrismaClient;
  /** null when this deployment sends no email (no SMTP_URL): jobs that send wait. */
  transport: TMailTransport | null;
  env: TEnv;
  /** The clock, injectable so tests control time. */
  now: () => number;
  /** True once the runner is stopping: a long turn returns early. */
  stopping: () => boolean;
};

/** The size of a job's queue, written into its heartbeat (absent for jobs without one). */
export type TJobQueue = { waiting: number; oldestWaitingAt: Date | null; deadLettered: number };

type TJobTurn = {
  /** Run again after this many ms instead of the job's interval (delivery: when the next email falls due). */
  nextInMs?: number;
};

/**
 * One kind of background work. It runs every `intervalMs` on its own, and a throw backs off this
 * job alone (doubling up to `maxBackoffMs`): one job failing every turn never stops another.
 */
export type TJob = {
  name: string;
  intervalMs: number;
  maxBackoffMs?: number;
  run: (ctx: TJobContext) => Promise<TJobTurn | void>;
  /** Read after each turn for the heartbeat; a job without a queue leaves it out. */
  queue?: (ctx: TJobContext) => Promise<TJobQueue>;
};
