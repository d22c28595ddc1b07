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

/**
 * One value per key object (a database client, a pool) per process, made on first use: what a
 * module-level WeakMap would be, in a slot both copies of lib/ share.
 * @template {object} K
 * @template V
 * @param {string} name
 * @param {(key: K) => V} create
 * @returns {(key: K) => V}
 */
export function processMemo(name, create) {
  const values = /** @type {WeakMap<K, V>} */ (processSlot(name).getOrCreate(() => new WeakMap()));
  return (key) => {
    let value = values.get(key);
    if (value === undefined) values.set(key, (value = create(key)));
    return value;
  };
}
