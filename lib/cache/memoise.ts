// The one in-process cache for values many requests share (the petition, its counts, slugs' ids).
// One per process (lib/process-state.js); keyed by the database client, so each database (one per
// process in production, one per test file in tests) has its own entries.
import { processSlot } from "../process-state.js";

type TEntry = { at: number; value: Promise<unknown> };
const root = processSlot<WeakMap<object, Map<string, TEntry>>>("memoise");

/**
 * `load()`'s promise, shared by every caller for `ttlMs` after it was first asked for. A failed load
 * is forgotten at once, so the next caller tries again.
 */
export function memoise<T>(scope: object, key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  const maps = root.getOrCreate(() => new WeakMap());
  let entries = maps.get(scope);
  if (!entries) maps.set(scope, (entries = new Map()));
  const hit = entries.get(key);
  if (hit && Date.now() - hit.at < ttlMs) return hit.value as Promise<T>;
  const value = load();
  entries.set(key, { at: Date.now(), value });
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}
