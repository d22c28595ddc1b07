// Pure. How much work a challenge asks for: the solver tries counters from 0 until it meets the one
// the server drew, one SHA-256 each, so the work is the drawn counter, uniform up to the step's
// maximum. The steps rise with how far past its soft limits an address is; the top one is what a
// phone-class CPU (Chromium's CPU throttling ×4) solves in at most 3 s (bench/challenge.md).
export const CHALLENGE_STEPS = [
  { step: 1, maxCounter: 2_500 },
  { step: 2, maxCounter: 5_000 },
  { step: 3, maxCounter: 10_000 },
  { step: 4, maxCounter: 15_000 },
] as const;

export type TChallengeStep = (typeof CHALLENGE_STEPS)[number];

/**
 * The step for an address `ratio` times past its busiest soft limit (count ÷ limit, above 1): each
 * doubling of its recent volume adds a step, up to the cap.
 */
export function challengeStep(ratio: number): TChallengeStep {
  const index = Math.min(CHALLENGE_STEPS.length - 1, Math.max(0, Math.floor(Math.log2(Math.max(1, ratio)))));
  return CHALLENGE_STEPS[index];
}
