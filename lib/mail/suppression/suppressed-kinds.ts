/**
 * What each email kind does for a suppressed address (the table in ARCHITECTURE.md). Sent anyway: what
 * the person (or an organiser) has just asked for and cannot get another way: an organiser's sign-in
 * link (organisers are a short known list; a lock-out is worse, and the dashboard shows the bounce),
 * the answer to a subject-access request (the law's answer to a request) and a donation receipt (the
 * record of a payment just made at that address). Everything else is not sent.
 */
const SENT_TO_SUPPRESSED = new Set(["organiser-sign-in", "data-access", "donation-receipt"]);

export function sentToSuppressed(kind: string): boolean {
  return SENT_TO_SUPPRESSED.has(kind);
}
