import path from "node:path";
import { defineConfig } from "vitest/config";

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
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
    // Each file gets its own copy of the run's database (lib/testing/isolated-database.ts), so files
    // run in parallel and in any order.
    setupFiles: ["lib/testing/isolated-database.ts"],
    testTimeout: 30_000,
    // Verbose, so a test that skips itself (e.g. on the embedded database) prints its reason.
    reporters: ["verbose"],
    // The export test forces garbage collection to measure what the stream really keeps in memory.
    execArgv: ["--expose-gc"],
  },
});
