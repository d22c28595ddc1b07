"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False on the server and until the page's JavaScript runs: a control that needs JavaScript (copy,
 * print, a button that changes the page) is drawn only then, so without JavaScript no button is shown
 * that would do nothing.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
