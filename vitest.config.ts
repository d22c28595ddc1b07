import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "lib/testing/empty-module.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
    // Integration tests share one database per run (scripts/with-db.ts); run files one at a time.
    fileParallelism: false,
    testTimeout: 30_000,
    // Verbose, so a test that skips itself (e.g. on the embedded database) prints its reason.
    reporters: ["verbose"],
    // The export test forces garbage collection to measure what the stream really keeps in memory.
    execArgv: ["--expose-gc"],
  },
});
