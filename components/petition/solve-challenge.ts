import { solveChallenge, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/web/sha";

/**
 * Solves a signing challenge in the browser (ALTCHA's own solver, the Web Crypto SHA-256) and
 * returns the answer as the form sends it: base64 of ALTCHA's payload. Loaded only when the server
 * asks for a challenge, so no other visitor downloads it. Null if it could not be solved in time.
 */
export async function solveSigningChallenge(challenge: Challenge): Promise<string | null> {
  const solution = await solveChallenge({ challenge, deriveKey, timeout: 30_000 });
  return solution ? btoa(JSON.stringify({ challenge, solution })) : null;
}
