// CPU time used by processes, read from /proc (user + system, every thread), in milliseconds.
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";

const TICK_MS = 10; // `getconf CLK_TCK` is 100 on Linux

export function cpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    } catch {
      /* the process ended */
    }
  }
  return ticks * TICK_MS;
}

/** CPU used over a piece of work by processes that may start and end meanwhile (PostgreSQL backends). */
export async function measureCpu<T>(pids: () => number[], work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const before = new Map(pids().map((p) => [p, cpuMs([p])]));
  const result = await work();
  let ms = 0;
  for (const p of pids()) ms += cpuMs([p]) - (before.get(p) ?? 0);
  return { result, ms };
}

/** Every process under `root` (npm → tsx → node), from /proc's parent links. */
export function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      parent.set(Number(name), Number(readFileSync(`/proc/${name}/stat`, "utf8").split(") ")[1].split(" ")[1]));
    } catch {
      /* ended meanwhile */
    }
  }
  const found = [root];
  for (let i = 0; i < found.length; i++)
    for (const [pid, ppid] of parent) if (ppid === found[i] && !found.includes(pid)) found.push(pid);
  return found;
}

/** The machine's load averages (1, 5 and 15 minutes), as every bench prints them. */
export const loadAverages = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(", ");
