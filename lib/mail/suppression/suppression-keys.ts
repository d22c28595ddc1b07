import { createHmac } from "node:crypto";
import { keyedHash } from "../../crypto/keyed-hash";

export type TSuppressionKey = { name: string; secret: string };

/**
 * The keys the suppression list is hashed under (SUPPRESSION_KEYS: `name=secret,…`, the first for new
 * entries, the rest still looked up). It is a key of its own so that rotating AUTH_SECRET or
 * IP_HASH_SECRET forgets no one who asked us to stop; rotating it means putting a new key first and
 * keeping the old one after it. Without SUPPRESSION_KEYS one key is derived from AUTH_SECRET (named so),
 * which a deployment should replace before it ever rotates AUTH_SECRET (README).
 */
export function suppressionKeys(env: { SUPPRESSION_KEYS: TSuppressionKey[]; AUTH_SECRET: string }): TSuppressionKey[] {
  if (env.SUPPRESSION_KEYS.length) return env.SUPPRESSION_KEYS;
  return [
    {
      name: "derived-from-auth-secret",
      secret: createHmac("sha256", env.AUTH_SECRET).update("suppression-list").digest("base64url"),
    },
  ];
}

/** The address as mail systems compare it: trimmed, lower case (no provider-specific folding). */
function normalise(address: string): string {
  return address.trim().toLowerCase();
}

/** The address's hash under each key, the current one first. */
export function addressHashes(keys: TSuppressionKey[], address: string): { name: string; hash: string }[] {
  return keys.map((key) => ({ name: key.name, hash: keyedHash(normalise(address), key.secret) }));
}
