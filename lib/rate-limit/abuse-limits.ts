import type { PrismaClient } from "../db/client";
import { keyedHash } from "../crypto/keyed-hash";
import { canonicalEmail } from "../text/canonical-email";
import { consumeRateLimits, type TRateLimit } from "./consume";

// Limits on the public forms other than signing (lib/petition/sign-petition.ts has its own). Each
// counts whoever asks, known or not, so a refusal tells nobody anything about an address; addresses
// are kept only as keyed hashes, so the counters do not record who asked.

/** The keyed hash the per-address limits count under: the same for every way of writing the address. */
export function addressLimitKey(email: string, secret: string): string {
  return keyedHash(canonicalEmail(email), secret);
}

/** The limits counted per address (a keyed hash): a removal deletes their counters (lib/privacy/forget-address.ts). */
export const ADDRESS_LIMITS: TRateLimit[] = [
  { name: "sign-in-address", limit: 3, windowSeconds: 600 },
  { name: "sar-address", limit: 3, windowSeconds: 86_400 },
];

/** Starting a donation creates a Stripe Checkout Session: per client, 10 every 10 minutes. */
export function limitDonationStarts(db: PrismaClient, clientKey: string) {
  return consumeRateLimits(db, [
    {
      key: clientKey,
      limits: [{ name: "donate-client", limit: 10, windowSeconds: 600 }],
      reason: "giftStartBurst",
    },
  ]);
}

/** Asking for an organiser sign-in link: per client and per address, whether or not it is an organiser's. */
export function limitSignInRequests(db: PrismaClient, clientKey: string, email: string, secret: string) {
  return consumeRateLimits(db, [
    {
      key: clientKey,
      limits: [{ name: "sign-in-client", limit: 10, windowSeconds: 600 }],
      reason: "signInClientBurst",
    },
    {
      key: addressLimitKey(email, secret),
      limits: [ADDRESS_LIMITS[0]],
      reason: "signInAddressBurst",
    },
  ]);
}

/** Asking to see one's own data (subject access): per client and per address. */
export function limitSubjectAccessRequests(db: PrismaClient, clientKey: string, email: string, secret: string) {
  return consumeRateLimits(db, [
    {
      key: clientKey,
      limits: [{ name: "sar-client", limit: 5, windowSeconds: 3600 }],
      reason: "tooManyRequests",
    },
    {
      key: addressLimitKey(email, secret),
      limits: [ADDRESS_LIMITS[1]],
      reason: "dataLinkAlreadySent",
    },
  ]);
}
