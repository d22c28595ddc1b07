import { randomInt } from "node:crypto";
import { createChallenge, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { challengeBinding, challengeKeys } from "./challenge-keys";
import type { TChallengeStep } from "./difficulty";

/** A challenge lives long enough for a slow phone on a slow link, and not for a queue of them. */
const CHALLENGE_SECONDS = 180;

export type TIssueFor = { formSecret: string; ipHash: string; emailKey: string; now: number };

/**
 * An ALTCHA (v2) proof-of-work challenge for one submission: SHA-256, the counter drawn up to the
 * step's maximum, signed, with the derived key signed too, so verifying is two HMACs and no hashing
 * search. Bound (`data.b`) to the address and email it was issued for, and it expires.
 */
export async function issueChallenge(step: TChallengeStep, who: TIssueFor): Promise<Challenge> {
  const keys = challengeKeys(who.formSecret);
  return createChallenge({
    algorithm: "SHA-256",
    cost: 1,
    counter: randomInt(Math.floor(step.maxCounter / 10), step.maxCounter + 1),
    deriveKey,
    expiresAt: Math.floor(who.now / 1000) + CHALLENGE_SECONDS,
    data: { b: challengeBinding(who.formSecret, who.ipHash, who.emailKey), s: step.step },
    hmacSignatureSecret: keys.signature,
    hmacKeySignatureSecret: keys.keySignature,
  });
}
