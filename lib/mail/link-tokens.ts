import { hmacSha256 } from "../crypto/hmac";

/*
 * No working secret at rest (issue 27). An email is stored with a slot where each link's token goes
 * ("{{token:data-access}}"), and the worker fills the slots when it sends it. A token is an HMAC
 * of the email's id (an update's unsubscribe token: of the signature's id) under AUTH_SECRET, which
 * is not in the database: the code that queues the email stores the token's SHA-256 where the link
 * is checked, and the worker makes the same token again. So a copy of the database holds the slot,
 * the id and the hash, and no link that works. Rotating AUTH_SECRET voids links not yet sent.
 *
 * Organiser sign-in is the same, not an encrypted copy of a random token: the worker mints the token
 * from the sign-in email's id (lib/auth/sign-in-link.ts) and VerificationToken keeps its hash in the
 * form Auth.js's callback looks up, so there is nothing to decrypt, one scheme for every link, and no
 * second key to keep.
 */

/*
 * An update's unsubscribe link's token is an HMAC of the signature id under a key derived from AUTH_SECRET
 * (no further secret to configure), so every update to a signer carries the same link without the
 * app keeping it; what is kept is its SHA-256, in SignatureToken (purpose UNSUBSCRIBE), as for every
 * other emailed token. Lookups go through that hash alone: the link names no signature, erasure
 * (which deletes a signature's tokens) makes it inert, and a changed AUTH_SECRET leaves links already
 * sent working while new ones get new tokens.
 */
export function unsubscribeToken(secret: string, signatureId: string): string {
  return hmacSha256(secret, `unsubscribe-link:${signatureId}`);
}

/** Where emailed links point and the secret their tokens are made under (AUTH_SECRET). */
export type TLinkSettings = { appUrl: string; secret: string };

export type TLinkPurpose =
  "signature-confirm" | "signature-remove" | "data-access" | "manage-gift" | "organiser-sign-in" | "unsubscribe";

/** What an email's text holds where its link's token will go. */
export const linkSlot = (purpose: TLinkPurpose) => `{{token:${purpose}}}`;

const SLOT = /\{\{token:([a-z-]+)\}\}/g;

/** The token of an email's link for one purpose. */
export function linkToken(secret: string, purpose: TLinkPurpose, emailId: string): string {
  return hmacSha256(secret, `${purpose}:${emailId}`);
}

/**
 * An organiser's sign-in token: its email's id and that id's HMAC (lib/auth/sign-in-link.ts mints it,
 * the worker makes it again when it sends).
 */
export function signInToken(secret: string, emailId: string): string {
  return `${emailId}.${linkToken(secret, "organiser-sign-in", emailId)}`;
}

type TEmailRef = { id: string; signatureId: string | null };

/** The token for a slot, or null where the slot is none of ours (text a person typed that looks like one). */
function tokenFor(secret: string, purpose: string, email: TEmailRef): string | null {
  switch (purpose) {
    case "signature-confirm":
    case "signature-remove":
    case "data-access":
    case "manage-gift":
      return linkToken(secret, purpose, email.id);
    case "organiser-sign-in":
      return signInToken(secret, email.id);
    case "unsubscribe":
      return email.signatureId ? unsubscribeToken(secret, email.signatureId) : null;
    default:
      return null;
  }
}

/** Fills an email's link slots; `made` collects each purpose's token (their lifetimes start at sending). */
export function fillLinks(text: string, secret: string, email: TEmailRef, made: Map<TLinkPurpose, string[]>): string {
  return text.replace(SLOT, (slot, purpose: TLinkPurpose) => {
    const token = tokenFor(secret, purpose, email);
    if (token === null) return slot;
    made.set(purpose, [...(made.get(purpose) ?? []), token]);
    return token;
  });
}
