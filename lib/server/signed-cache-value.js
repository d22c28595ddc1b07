// How a page is stored in the shared cache (Redis, lib/server/isr-cache.js): as JSON after an HMAC of
// the page's key and that JSON, under a key only the instances hold (derived from AUTH_SECRET by
// lib/server/shared-cache.ts). Redis is a network service: whoever can write to it could otherwise
// put a script in a cached page, and the hash-based CSP, computed from the HTML served, would allow
// it (issue 26). An entry whose HMAC does not match (rewritten, or moved from another key) is read as
// a miss, so the page is rendered again and the entry replaced. Plain JS for the same reason as the cache.
import { AsyncLocalStorage } from "node:async_hooks";
import { createHmac, timingSafeEqual } from "node:crypto";

const PREFIX = "v1.";
/** The cache key being read or written, for the serializer, which the handler does not tell. */
export const currentKey = new AsyncLocalStorage();

/** @param {Buffer | string} macKey @param {string} key @param {string} json */
const mac = (macKey, key, json) => createHmac("sha256", macKey).update(`${key}\n${json}`).digest("base64url");

/** @param {Buffer | string} macKey */
export function signedSerializer(macKey) {
  return {
    /** @param {any} value */
    serialize(value) {
      const json = JSON.stringify(value);
      return `${PREFIX}${mac(macKey, String(currentKey.getStore() ?? ""), json)}.${json}`;
    },
    /** @param {string} stored */
    deserialize(stored) {
      const text = String(stored);
      const dot = text.indexOf(".", PREFIX.length);
      if (!text.startsWith(PREFIX) || dot === -1) return null;
      const given = Buffer.from(text.slice(PREFIX.length, dot));
      const json = text.slice(dot + 1);
      const expected = Buffer.from(mac(macKey, String(currentKey.getStore() ?? ""), json));
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      return JSON.parse(json);
    },
  };
}
