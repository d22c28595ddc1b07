import { verifySolution, type Payload } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { z } from "zod";
import type { PrismaClient } from "../db/client";
import { challengeBinding, challengeKeys } from "./challenge-keys";
import { spendChallenge } from "./spend-challenge";

// What a solver sends back (ALTCHA's v2 payload, base64 of its JSON): only its shape is trusted here;
// the signature decides the rest.
const ZPayload = z.object({
  challenge: z.object({
    parameters: z.object({ expiresAt: z.number(), data: z.object({ b: z.string() }).loose() }).loose(),
    signature: z.string().max(200),
  }),
  solution: z.object({ counter: z.number(), derivedKey: z.string().max(200) }).loose(),
});

export type TChallengeAnswerFor = { formSecret: string; ipHash: string; emailKey: string; now: number };

/**
 * True when `answer` solves a challenge we issued, for this address and email, not yet expired and
 * never used before (it is used now). Cheap: a parse, two HMACs and one SET NX or one insert; a
 * malformed or forged answer costs no write at all.
 */
export async function verifyChallenge(db: PrismaClient, answer: string, who: TChallengeAnswerFor): Promise<boolean> {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(answer, "base64").toString("utf8"));
  } catch {
    return false;
  }
  const parsed = ZPayload.safeParse(decoded);
  if (!parsed.success) return false;
  const { challenge, solution } = parsed.data;
  const { expiresAt, data } = challenge.parameters;
  if (expiresAt * 1000 <= who.now) return false;
  if (data.b !== challengeBinding(who.formSecret, who.ipHash, who.emailKey)) return false;
  const keys = challengeKeys(who.formSecret);
  const result = await verifySolution({
    challenge: challenge as unknown as Payload["challenge"],
    solution: solution as Payload["solution"],
    deriveKey,
    hmacSignatureSecret: keys.signature,
    hmacKeySignatureSecret: keys.keySignature,
  });
  if (!result.verified) return false;
  return spendChallenge(db, challenge.signature, expiresAt);
}
