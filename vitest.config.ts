import path from "node:path";
import { defineConfig } from "vitest/config";

const TEST_FILES = ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"];
const UNIT_FILES = TEST_FILES.map((glob) => glob.replace("*.test.ts", "*.unit.test.ts"));

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "lib/testing/empty-module.ts"),
    },
  },
  // next-auth imports "next/server" with no extension, which Node's ESM resolution refuses.
  ssr: { noExternal: ["next-auth", "@auth/core"] },
  test: {
    testTimeout: 30_000,
    // Verbose, so a test that skips itself (e.g. on the embedded database) prints its reason.
    reporters: ["verbose"],
    // The export test forces garbage collection to measure what the stream really keeps in memory.
    execArgv: ["--expose-gc"],
    // Test files at a time: vitest's default is one fewer than the cores (1 here). On a PostgreSQL
    // server two at a time keep the cores busy while each waits on the database (CI's second pass,
    // beside the build: 74 and 97 s in two runs, against 98 s one at a time: within the runs' spread;
    // 309 against 351 s on a slower machine; bench/ci-time.md). On the embedded database one
    // stays: there it shares its stage with the build, lint and unit tests, and two were slower when
    // tried alone on a loaded machine (whole integration run: 637 s against 598 s, 7 December 2026).
    maxWorkers: process.env.TEST_DATABASE === "server" ? 2 : undefined,
    projects: [
      {
        // `*.unit.test.ts`: pure code, no database, no server, no other process. They prove the same
        // thing on any database, so `npm test` runs them once per CI run (scripts/test-all.ts). Their
        // database and Redis addresses lead nowhere, so a test that needs one fails here at once and
        // is renamed to a plain `*.test.ts`.
        extends: true,
        test: {
          name: "unit",
          include: UNIT_FILES,
          env: {
            DATABASE_URL: "postgresql://unit-tests-have-no-database@127.0.0.1:9/none",
            REDIS_URL: "redis://127.0.0.1:9/0",
          },
        },
      },
      {
        // Every other `*.test.ts` touches the database or a real process (nginx, Redis, SMTP): each file
        // gets its own copy of the run's database (lib/testing/isolated-database.ts), so files run in
        // parallel and in any order, on each database kind and Node version CI tries.
        extends: true,
        test: {
          name: "integration",
          include: TEST_FILES,
          exclude: [...UNIT_FILES, "**/node_modules/**"],
          setupFiles: ["lib/testing/isolated-database.ts"],
        },
      },
    ],
  },
});
