// `npm test`: every suite, each on its own fresh database (scripts/with-db.ts). A failing suite does
// not stop the later ones, so one run shows everything that is wrong; the exit code is non-zero if any
// failed, and a summary of each suite's result and time closes the output.
//
// Suites in one stage run at the same time, each line of their output marked with the suite's tag:
// they share nothing (own databases, own ports, own servers). The browser suites have a stage each
// (see stages()).
import { runTagged } from "./run";

type TStep = {
  name: string;
  tag: string;
  script: string;
  args?: string[];
  /** Another script run after this one, whatever its result, with the same tag: a suite of its own in the summary. */
  then?: { script: string; name: string };
  env?: Record<string, string>;
};

// The lint, the type-check and the unit tests read only the sources, or run pure code
// (`*.unit.test.ts`, no database, no process of their own): CI's second pass (same sources, another
// database and Node) skips them with TEST_SKIP_STATIC=1.
const LINT: TStep = { name: "lint", tag: "lint", script: "lint" };
const UNIT: TStep = { name: "unit (vitest, pure code)", tag: "unit", script: "test:unit" };
const INTEGRATION: TStep = {
  name: "integration (vitest, own database each file)",
  tag: "int",
  script: "test:integration",
};
// The build is made once per run and served by both browser suites (TEST_PREBUILT tells them not to
// build again): `next build` takes no settings, so one build is theirs. It skips Next's own
// TypeScript pass (BUILD_SKIP_TYPECHECK, next.config.js), because the type-check right after it
// checks the whole project, the build's generated route types included (.next/types): the same
// check, made once instead of twice. CI's second pass builds the same sources again and leaves the
// type-check to the first.
const BUILD: TStep = {
  name: "build (next build, no database, no secrets)",
  tag: "build",
  script: "build:clean",
  env: { BUILD_SKIP_TYPECHECK: "1" },
};
const TYPECHECK = { script: "typecheck", name: "type-check (tsc, after the build: its route types too)" };
// Spec files in a shuffled order (each worker has its own data, so order must not matter). The
// default seed's order passed in CI (both passes of session 11's two runs, 7 December 2026), so a red
// CI means the code, not the draw; E2E_SHUFFLE_SEED=<n> (or "random") tries other orders, and the
// seed is printed.
const SHUFFLE_SEED =
  process.env.E2E_SHUFFLE_SEED === "random" ? String(Date.now() % 100_000) : (process.env.E2E_SHUFFLE_SEED ?? "89640");
const E2E: TStep = {
  name: `end-to-end (Playwright, 2 workers, shuffled with seed ${SHUFFLE_SEED})`,
  tag: "e2e",
  script: "test:e2e",
  args: ["--shuffle", SHUFFLE_SEED],
};
const FAULTS: TStep = { name: "quick fault suite", tag: "faults", script: "test:faults:quick" };

/**
 * The stages. The first runs everything that needs no build beside the build: the integration tests,
 * two files at a time (vitest.config.ts), beside the build, type-check, lint and unit tests (on a
 * server only the build: the rest ran in the first pass; bench/ci-time.md). The browser
 * suites come after it, one after the other: side by side on 2 cores they starved each other's
 * browsers on a slower machine (pass 1 took e2e 957 s and faults 758 s together, and six e2e tests ran
 * out of time). R2 restarts the PostgreSQL server that DATABASE_URL names, which every other suite's
 * database lives on too, so on a server it runs alone, after the rest of the fault suite (on the
 * embedded database it skips itself).
 */
function stages(onServer: boolean, skipStatic: boolean): TStep[][] {
  const r2 = "R2: a database restart";
  const build = skipStatic ? BUILD : { ...BUILD, then: TYPECHECK };
  return [
    [INTEGRATION, build, ...(skipStatic ? [] : [LINT, UNIT])],
    [E2E],
    [onServer ? { ...FAULTS, name: `${FAULTS.name} (all but R2)`, args: ["--grep-invert", r2] } : FAULTS],
    ...(onServer ? [[{ ...FAULTS, name: `${FAULTS.name}: R2 alone`, tag: "r2", args: ["--grep", r2] }]] : []),
  ];
}

type TResult = { name: string; code: number; seconds: number };

/** Runs a step, then its `then` (tsc needs no build, so it runs after a failed one too): a result each. */
async function runStep(step: TStep, env: NodeJS.ProcessEnv, tag: string | undefined): Promise<TResult[]> {
  const npm = async (name: string, script: string, args?: string[]) => {
    const started = performance.now();
    const npmArgs = ["run", "--silent", script, ...(args ? ["--", ...args] : [])];
    const code = await runTagged("npm", npmArgs, { ...env, ...step.env }, tag);
    return { name, code, seconds: (performance.now() - started) / 1000 };
  };
  const first = await npm(step.name, step.script, step.args);
  return step.then ? [first, await npm(step.then.name, step.then.script)] : [first];
}

async function main() {
  const onServer = !!process.env.DATABASE_URL;
  const database = onServer ? "a new database on the server in DATABASE_URL" : "the embedded database (PGlite)";
  const skipStatic = process.env.TEST_SKIP_STATIC === "1";
  const plan = stages(onServer, skipStatic);
  console.log(`npm test: ${plan.flat().length} steps in ${plan.length} stages on ${database}.`);
  if (skipStatic)
    console.log("TEST_SKIP_STATIC=1: the type-check, lint and unit tests are left to the run that set it.");
  const results: (TResult & { stage: number })[] = [];
  let built = false;
  for (const [index, stage] of plan.entries()) {
    const env: NodeJS.ProcessEnv = built ? { ...process.env, TEST_PREBUILT: "1" } : process.env;
    const together = stage.length > 1;
    const done = await Promise.all(stage.map((step) => runStep(step, env, together ? step.tag : undefined)));
    for (const [n, [own, ...then]] of done.entries()) {
      if (stage[n].script === BUILD.script) built = own.code === 0;
      for (const result of [own, ...then]) results.push({ stage: index + 1, ...result });
    }
  }
  console.log("\nnpm test summary (suites of one stage ran at the same time):");
  for (const r of results)
    console.log(`  ${r.code === 0 ? "ok  " : "FAIL"}  stage ${r.stage}: ${r.name} (${r.seconds.toFixed(0)} s)`);
  const failed = results.filter((r) => r.code !== 0);
  console.log(
    failed.length ? `${failed.length} of ${results.length} suites failed.` : `All ${results.length} suites passed.`,
  );
  return failed.length ? 1 : 0;
}

main().then((code) => process.exit(code));
