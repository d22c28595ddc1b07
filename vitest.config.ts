import { availableParallelism } from "node:os";
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
    // At least two test files at a time on either database (vitest's default is one fewer than the
    // cores: 1 here). Each file's embedded database is a PGlite of its own inside the worker, so one
    // worker leaves a core idle once the build, lint and unit tests beside it are done: CI's first
    // stage by hand (integration beside the build, type-check, lint and unit tests, Node 24,
    // 8 December 2026) took 137 s and 270 busy CPU-s with two, against 169 s and 275 CPU-s with one.
    // On a server, the second core runs while each file waits on the database (bench/ci-time.md).
    maxWorkers: Math.max(2, availableParallelism() - 1),
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
