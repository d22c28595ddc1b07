/**
 * The order the worker sends in, lowest first, by email kind. A link someone is waiting for at their
 * screen (sign-in, confirming a signature, their data) goes before anything that can wait, so a
 * sign-in link never queues behind an update's thousands of paced emails. A kind not listed is
 * urgent: the column's default, 0, also covers rows written by raw SQL (new signers' confirmations).
 */
const PRIORITY: Record<string, number> = {
  "organiser-sign-in": 0,
  "signature-confirm": 0,
  "signature-resend": 0,
  "data-access": 0,
  "donation-receipt": 1,
  "signature-already-signed": 1,
  "signature-reminder": 2,
  "campaign-update": 3,
};

export function priorityOf(kind: string): number {
  return PRIORITY[kind] ?? 0;
}
