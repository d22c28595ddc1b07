// `npm test`: every suite, in order, each on its own fresh database (scripts/with-db.ts). A failing
// suite does not stop the later ones, so one run shows everything that is wrong; the exit code is
// non-zero if any failed, and a summary of each suite's result and time closes the output.
import { run } from "./run";

const STEPS: { name: string; script: string }[] = [
  { name: "type-check", script: "typecheck" },
  { name: "lint", script: "lint" },
  { name: "unit and integration (vitest)", script: "test:unit" },
  { name: "end-to-end (Playwright)", script: "test:e2e" },
  { name: "quick fault suite", script: "test:faults:quick" },
];

async function main() {
  const database = process.env.DATABASE_URL
    ? "a new database on the server in DATABASE_URL"
    : "the embedded database (PGlite)";
  console.log(`npm test: ${STEPS.length} suites on ${database}.`);
  const results: { name: string; code: number; seconds: number }[] = [];
  for (const step of STEPS) {
    const started = performance.now();
    const code = await run("npm", ["run", "--silent", step.script]);
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
