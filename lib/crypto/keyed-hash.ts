import { hmacSha256 } from "./hmac";

/**
 * A keyed hash (HMAC-SHA-256, 32 characters) of something that identifies a person or a machine (a
 * client address, an email address or domain), for counting and rate limits: the same input gives
 * the same key, and the key tells nobody the input.
 */
export function keyedHash(value: string, secret: string): string {
  return hmacSha256(secret, value).slice(0, 32);
}
