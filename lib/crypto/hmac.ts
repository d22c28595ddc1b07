import { createHmac, createSecretKey, type KeyObject } from "node:crypto";

// A string key is imported again by every createHmac; a KeyObject made once is not (about 0.7 µs of
// 3.5 per HMAC here, and signing makes four: issue 30). The app has two or three secrets; tests make
// more, so the cache is emptied when it grows.
const keys = new Map<string, KeyObject>();
const MAX_KEYS = 16;

function keyOf(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) {
    if (keys.size >= MAX_KEYS) keys.clear();
    keys.set(secret, (key = createSecretKey(Buffer.from(secret, "utf8"))));
  }
  return key;
}

/** HMAC-SHA-256 of `value` under `secret` (UTF-8, as createHmac takes a string key), in base64url. */
export function hmacSha256(secret: string, value: string): string {
  return createHmac("sha256", keyOf(secret)).update(value).digest("base64url");
}
