// `npm test`: every suite, in order, each on its own fresh database (scripts/with-db.ts). A failing
// suite does not stop the later ones, so one run shows everything that is wrong; the exit code is
// non-zero if any failed, and a summary of each suite's result and time closes the output.
import { run } from "./run";

// `static` steps read only the sources, or run pure code (`*.unit.test.ts`, no database, no process
// of its own): CI's second pass (same sources, another database and Node) skips them with
// TEST_SKIP_STATIC=1. The build is made once and served by both browser suites
// (TEST_PREBUILT tells them not to build again): `next build` takes no settings, so one build is theirs.
const STEPS: { name: string; script: string; static?: boolean }[] = [
  { name: "type-check", script: "typecheck", static: true },
  { name: "lint", script: "lint", static: true },
  { name: "unit (vitest, pure code)", script: "test:unit", static: true },
  { name: "integration (vitest, own database each file)", script: "test:integration" },
  { name: "build (next build, no database, no secrets)", script: "build:clean" },
  { name: "end-to-end (Playwright)", script: "test:e2e" },
  { name: "quick fault suite", script: "test:faults:quick" },
];

async function main() {
  const database = process.env.DATABASE_URL
    ? "a new database on the server in DATABASE_URL"
    : "the embedded database (PGlite)";
  console.log(`npm test: ${STEPS.length} steps on ${database}.`);
  const skipStatic = process.env.TEST_SKIP_STATIC === "1";
  if (skipStatic)
    console.log("TEST_SKIP_STATIC=1: the type-check, lint and unit tests are left to the run that set it.");
  const results: { name: string; code: number; seconds: number }[] = [];
  let built = false;
  for (const step of STEPS) {
    if (step.static && skipStatic) continue;
    const started = performance.now();
    const env = built ? { ...process.env, TEST_PREBUILT: "1" } : process.env;
    const code = await run("npm", ["run", "--silent", step.script], env);
    if (step.script === "build:clean") built = code === 0;
    results.push({ name: step.name, code, seconds: (performance.now() - started) / 1000 });
  }
  console.log("\nnpm test summary:");
  for (const r of results) console.log(`  ${r.code === 0 ? "ok  " : "FAIL"}  ${r.name} (${r.seconds.toFixed(0)} s)`);
  const failed = results.filter((r) => r.code !== 0);
  console.log(
    failed.length ? `${failed.length} of ${results.length} suites failed.` : `All ${results.length} suites passed.`,
  );
  return failed.length ? 1 : 0;
}

main().then((code) => process.exit(code));
