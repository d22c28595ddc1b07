// `npm run bench:sign`'s knobs (scripts/bench/sign-rounds.ts), for measuring, one at a time, the factors
// behind differences between two measurements (issue 30); unset, each is the committed method, so
// figures stay comparable:
//   BENCH_BASELINE_POOL (10): the baseline's pool size. The app's is fixed (createPrismaClient's
//     default of 10, lib/db/client.ts; no setting), so this varies the baseline's side alone;
//   BENCH_WARMUP (3): seconds of warm-up (8 connections) for each server before the rounds; 0: none;
//   BENCH_CLIENT_ADDRESSES (250): client addresses in X-Forwarded-For; 1: everyone behind one address;
//   BENCH_DOMAINS (1): domains the new addresses are spread over;
//   BENCH_SHAPE (bench): the request body, bench | minimal | full | burmese (scripts/bench/sign-rounds.lua);
//   BENCH_PG=private: a PostgreSQL server of the run's own (scripts/bench/private-postgres.ts: shared_buffers
//     512MB, the usual durability), on port BENCH_APP_PORT + 8, instead of the machine's; BENCH_PG_SETTINGS,
//     comma-separated name=value pairs, sets more of its settings (synchronous_commit=off,shared_buffers=128MB).

export const BASELINE_POOL = Number(process.env.BENCH_BASELINE_POOL || 10);
export const WARMUP = Number(process.env.BENCH_WARMUP || 3);
export const CLIENTS = Number(process.env.BENCH_CLIENT_ADDRESSES || 250);
export const DOMAINS = Number(process.env.BENCH_DOMAINS || 1);
export const SHAPE = process.env.BENCH_SHAPE || "bench";
export const PRIVATE_PG = process.env.BENCH_PG === "private";
export const PG_SETTINGS = (process.env.BENCH_PG_SETTINGS ?? "")
  .split(",")
  .map((s) => s.trim())
  .filter(Boolean);
if (process.env.BENCH_PG && !PRIVATE_PG) throw new Error("BENCH_PG must be private, or unset");
if (PG_SETTINGS.length && !PRIVATE_PG) throw new Error("BENCH_PG_SETTINGS needs BENCH_PG=private");
if (!["bench", "minimal", "full", "burmese"].includes(SHAPE))
  throw new Error("BENCH_SHAPE must be bench, minimal, full or burmese");
if (!(CLIENTS >= 1 && CLIENTS <= 25_500)) throw new Error("BENCH_CLIENT_ADDRESSES must be 1 to 25,500");
const whole = (n: number, least: number) => Number.isInteger(n) && n >= least;
if (!whole(BASELINE_POOL, 1) || !whole(DOMAINS, 1) || !whole(WARMUP, 0))
  throw new Error("BENCH_BASELINE_POOL and BENCH_DOMAINS must be whole numbers from 1, BENCH_WARMUP from 0");
// What every wrk run sends (sign-rounds.lua reads them).
export const SHAPE_ENV = { BENCH_CLIENTS: String(CLIENTS), BENCH_DOMAINS: String(DOMAINS), BENCH_SHAPE: SHAPE };
// The knobs set, for the command line each report prints.
export const KNOBS = [
  "BENCH_MODES",
  "BENCH_BASELINE_POOL",
  "BENCH_WARMUP",
  "BENCH_CLIENT_ADDRESSES",
  "BENCH_DOMAINS",
  "BENCH_SHAPE",
  "BENCH_PG",
  "BENCH_PG_SETTINGS",
]
  .filter((k) => process.env[k])
  .map((k) => `${k}=${/[\s,]/.test(process.env[k]!) ? `'${process.env[k]}'` : process.env[k]} `)
  .join("");
