"use client";

import { useEffect, useRef, useState, type RefObject } from "react";
import type { Challenge } from "altcha-lib";
import type { TFormState } from "@/lib/forms/form-state";

/** Challenges solved in a row before the form stops and lets the person press the button again. */
const MOST_IN_A_ROW = 3;

/**
 * When the server answers the signing form with a proof-of-work challenge (many signatures from one
 * address: lib/petition/sign-gate.ts), solves it without a click and sends the form again with
 * the answer in its `altcha` field. Returns whether it is solving, for the form to say so.
 */
export function useChallengeAnswer(state: TFormState, form: RefObject<HTMLFormElement | null>): boolean {
  const [solving, setSolving] = useState(false);
  const inARow = useRef(0);
  const challenge = state.status === "error" && state.code === "CHALLENGE_REQUIRED" ? state.challenge : undefined;
  useEffect(() => {
    if (!challenge) {
      inARow.current = 0;
      return;
    }
    if (inARow.current >= MOST_IN_A_ROW) return;
    inARow.current += 1;
    let cancelled = false;
    setSolving(true);
    void import("./solve-challenge")
      .then(({ solveSigningChallenge }) => solveSigningChallenge(challenge as Challenge))
      .then((answer) => {
        const target = form.current;
        if (cancelled || !answer || !target) return;
        const field = target.elements.namedItem("altcha");
        if (field instanceof HTMLInputElement) field.value = answer;
        target.requestSubmit();
      })
      .catch(() => undefined)
      .finally(() => !cancelled && setSolving(false));
    return () => {
      cancelled = true;
    };
  }, [challenge, form]);
  return solving;
}
