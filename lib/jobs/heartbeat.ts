import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../db/client";
import type { TJobQueue } from "./job";

/** This process's name in heartbeat rows: the host, the pid and a random part (pids repeat in containers). */
export function workerName(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}

export type TBeat =
  { ok: true; at: Date; queue?: TJobQueue } | { ok: false; at: Date; error: string; failuresInARow: number };

/** Writes one job's heartbeat for this worker; the caller ignores a failure (the database may be the fault). */
export async function writeHeartbeat(db: PrismaClient, job: string, worker: string, beat: TBeat): Promise<void> {
  const queue = beat.ok && beat.queue ? beat.queue : undefined;
  const fields = beat.ok
    ? { lastSuccessAt: beat.at, failuresInARow: 0, ...(queue ?? {}) }
    : { lastErrorAt: beat.at, lastError: beat.error.slice(0, 500), failuresInARow: beat.failuresInARow };
  await db.jobHeartbeat.upsert({
    where: { job_worker: { job, worker } },
    create: { job, worker, updatedAt: beat.at, ...fields },
    update: { updatedAt: beat.at, ...fields },
  });
}
