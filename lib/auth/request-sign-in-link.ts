import { randomUUID } from "node:crypto";
import { keyedHash } from "../crypto/keyed-hash";
import type { PrismaClient } from "../db/client";
import { limitSignInRequests } from "../rate-limit/abuse-limits";

/**
 * The form an address is kept in while its sign-in request waits: a keyed hash of it, lower case, under
 * AUTH_SECRET (which every instance and worker shares already: Auth.js checks the worker's tokens with it),
 * with a purpose of its own so it equals no other hash the app keeps.
 */
export function signInAddressHash(email: string, authSecret: string): string {
  return keyedHash(`sign-in:${email.trim().toLowerCase()}`, authSecret);
}

type TSignInRequest = {
  email: string;
  clientKey: string;
  /** IP_HASH_SECRET, for the limits' keys. */
  limitSecret: string;
  authSecret: string;
  now?: number;
};

/**
 * Asks for an organiser's sign-in link. Whoever asks, the serving process does the same work: the
 * limits, then one row holding a keyed hash of the address. It never looks up whether the address is
 * an organiser's: the worker does (lib/auth/send-sign-in-links.ts), so neither the answer, nor its
 * time, nor the instance's next answers say who is one, and a stranger's address is not kept.
 */
export async function requestSignInLink(db: PrismaClient, request: TSignInRequest): Promise<void> {
  const { email, clientKey, limitSecret, authSecret, now = Date.now() } = request;
  await limitSignInRequests(db, clientKey, email, limitSecret);
  await db.signInRequest.create({
    data: { id: randomUUID(), addressHash: signInAddressHash(email, authSecret), requestedAt: new Date(now) },
  });
}
