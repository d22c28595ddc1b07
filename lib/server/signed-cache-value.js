// How a page is stored in the shared cache (Redis, lib/server/isr-cache.js): as JSON.
import { AsyncLocalStorage } from "node:async_hooks";

/** The cache key being read or written, for the serializer, which the handler does not tell. */
export const currentKey = new AsyncLocalStorage();

/** @param {Buffer | string} _macKey */
export function signedSerializer(_macKey) {
  return {
    /** @param {any} value */
    serialize(value) {
      return JSON.stringify(value);
    },
    /** @param {string} stored */
    deserialize(stored) {
      return JSON.parse(String(stored));
    },
  };
}
