// The hand-in pack's memory beside an earlier commit's, in one sitting: the peak RSS that
// scripts/bench/handin-pack.ts prints for 100,000 named signers depends on the machine, the runtime and
// the load (by tens of MB), so a figure from another day is no yardstick. This checks out the earlier
// commit into a temporary worktree with its own dependencies (npm ci from its lockfile) and its own
// Prisma client, then runs its bench and this checkout's, alternated, each on a fresh database.
// Run: npx tsx scripts/bench/handin-pack-against.ts <commit> [rounds, default 5]
// (DATABASE_URL for a real PostgreSQL; without it, the embedded one). A measurement, not a test.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadAverages } from "./proc-cpu";

const [commit, roundsArg] = process.argv.slice(2);
if (!commit) throw new Error("Usage: handin-pack-against.ts <commit> [rounds]");
const ROUNDS = Number(roundsArg ?? 5);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error("rounds must be a whole number, 1 or more");
if (process.env.HANDIN_BENCH_ROWS) throw new Error("HANDIN_BENCH_ROWS: this compares the 100,000-name packs only");

function sh(cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  const done = spawnSync(command, args, { cwd, env, encoding: "utf8", maxBuffer: 64 << 20 });
  if (done.error) throw done.error;
  if (done.status !== 0) throw new Error(`${command} ${args.join(" ")} in ${cwd}: ${(done.stderr ?? "").slice(-2000)}`);
  return done.stdout;
}

/** One bench run: the 100,000-name pack's peak RSS in MB, and the line it printed. */
function benchOnce(cwd: string): { mb: number; line: string } {
  const out = sh(cwd, "npx", ["tsx", "scripts/with-db.ts", "npx", "tsx", "scripts/bench/handin-pack.ts"]);
  const line = out.split("\n").find((l) => l.startsWith("pack with 100,000 named")) ?? "";
  const mb = Number(/peak RSS ([\d.]+) MB/.exec(line)?.[1]);
  if (!Number.isFinite(mb)) throw new Error(`${cwd}: no 100,000-name figure in its output:\n${out.slice(-2000)}`);
  return { mb, line };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

const here = process.cwd();
const there = join(mkdtempSync(join(tmpdir(), "handin-against-")), "checkout");
try {
  sh(here, "git", ["worktree", "add", "--detach", there, commit]);
  console.log(`Installing ${commit}'s dependencies from its lockfile…`);
  sh(there, "npm", ["ci", "--no-audit", "--no-fund", "--silent"]);
  sh(there, "npm", ["run", "--silent", "db:generate"]);
  const figures: Record<"earlier" | "this", number[]> = { earlier: [], this: [] };
  console.log(`Node ${process.version}; load average at the start: ${loadAverages()}`);
  for (let round = 1; round <= ROUNDS; round++)
    for (const [label, cwd] of [
      ["earlier", there],
      ["this", here],
    ] as const) {
      const { mb, line } = benchOnce(cwd);
      figures[label].push(mb);
      console.log(`round ${round}, ${label === "earlier" ? commit : "this checkout"}: ${line}`);
    }
  console.log(`Load average at the end: ${loadAverages()}`);
  for (const [label, mbs] of Object.entries(figures))
    console.log(
      `${label === "earlier" ? commit : "this checkout"}: median ${median(mbs).toFixed(1)} MB ` +
        `(${Math.min(...mbs).toFixed(1)}–${Math.max(...mbs).toFixed(1)})`,
    );
} finally {
  // The checkout and its node_modules go whatever happened; git forgets the worktree either way.
  rmSync(join(there, ".."), { recursive: true, force: true });
  spawnSync("git", ["worktree", "prune"], { cwd: here });
}
