import { keyedHash } from "../crypto/keyed-hash";

/**
 * The challenge's secrets, derived from the form secret (IP_HASH_SECRET) so there is nothing more to
 * set up and every instance agrees; and the binding of a challenge to one submission: the client
 * address and the canonical email it was issued for, as a keyed hash the client cannot forge.
 */
export const challengeKeys = (formSecret: string) => ({
  signature: keyedHash("altcha-challenge-signature", formSecret),
  keySignature: keyedHash("altcha-derived-key-signature", formSecret),
});

export const challengeBinding = (formSecret: string, ipHash: string, emailKey: string) =>
  keyedHash(`altcha-binding\n${ipHash}\n${emailKey}`, formSecret).slice(0, 22);
