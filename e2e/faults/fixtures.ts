import { test as base } from "@playwright/test";
import { startStack, type TStack } from "./stack";

// One stack for the whole suite (one worker runs the files in order: r1, r2, r2b, r3 … r8).
export const test = base.extend<object, { stack: TStack }>({
  stack: [
    async ({}, use) => {
      const stack = await startStack();
      await use(stack);
      await stack.stop();
    },
    // auto: every test runs against the stack, also one that does not name it.
    { scope: "worker", timeout: 360_000, auto: true },
  ],
});
export { expect } from "@playwright/test";

export const runTag = Date.now().toString(36);
