// Process-wide state, one way. lib/ modules load twice in one server process: bundled by Next, and
// unbundled in the server layer (scripts/start.ts, lib/server/). A module-level variable would then
// exist twice (a database pool opened twice, a page cache purged in one copy and served from the
// other), so every piece of state that must be one per process lives in a slot on globalThis under a
// registered symbol, `Symbol.for("campaign.<name>")`, which both copies see. Plain JavaScript, so
// lib/server/isr-cache.js (which Next loads as it is) can use it too. eslint forbids globalThis
// elsewhere in lib/ and app/.

/**
 * The process's slot called `name`.
 * @template T
 * @param {string} name
 * @returns {{ get(): T | undefined; set(value: T | undefined): void; getOrCreate(create: () => T): T }}
 */
export function processSlot(name) {
  const key = Symbol.for(`campaign.${name}`);
  const holder = /** @type {Record<symbol, any>} */ (globalThis);
  return {
    get: () => holder[key],
    set: (value) => {
      holder[key] = value;
    },
    getOrCreate: (create) => {
      if (holder[key] === undefined) holder[key] = create();
      return holder[key];
    },
  };
}
