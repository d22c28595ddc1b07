import type { Locator } from "@playwright/test";

/**
 * Waits until React has hydrated the element: its fiber is on it. Before that, a click may reload the
 * page, and hydration setting a field's value moves the caret, so a `fill()` under way lands in front
 * of the old text instead of replacing it (seen on a loaded machine).
 */
export async function untilHydrated(element: Locator, timeout = 60_000) {
  const handle = await element.elementHandle({ timeout });
  await element
    .page()
    .waitForFunction((node) => !!node && Object.keys(node).some((key) => key.startsWith("__reactFiber")), handle, {
      timeout,
    });
}
