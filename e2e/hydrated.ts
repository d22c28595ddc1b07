import { expect, type Locator } from "@playwright/test";

/**
 * Waits until React has hydrated the element: its fiber is on it. Before that, a click may reload the
 * page, and hydration setting a field's value moves the caret, so a `fill()` under way lands in front
 * of the old text instead of replacing it (seen on a loaded machine). The locator is resolved afresh
 * at each look, in case hydration replaced the element.
 */
export async function untilHydrated(element: Locator, timeout = 60_000) {
  await expect
    .poll(() => element.evaluate((node) => Object.keys(node).some((key) => key.startsWith("__reactFiber"))), {
      timeout,
      intervals: [50, 100, 250],
    })
    .toBe(true);
}
