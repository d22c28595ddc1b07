import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../db/client";
import { ZSignPetitionInput, type TSignPetitionInput } from "../petition/sign-input";
import type { TSignContext } from "../petition/sign-petition";
import { confirmationTokens } from "../petition/confirmation-links";
import { SEND_TIME_RENDERERS } from "../jobs/delivery-job";
import { fillLinks } from "../mail/link-tokens";

export const FORM_SECRET = "test-only-form-token-secret";
/** What the worker renders confirmation links with in tests (deliverDueEmails' third argument). */
export const LINKS = {
  appUrl: "http://app.test",
  secret: "test-only-link-secret-0123456789abcdef",
  renderers: SEND_TIME_RENDERERS,
};

/** A unique, valid signer and a signing context with its own client address. */
export function signer(overrides: Partial<TSignPetitionInput> = {}) {
  return ZSignPetitionInput.parse({
    firstName: "Test",
    lastName: "Signer",
    email: `t-${randomUUID()}@example.org`,
    country: "GB",
    ...overrides,
  });
}

export function context(overrides: Partial<TSignContext> = {}): TSignContext {
  return {
    ipHash: `ip-${randomUUID()}`,
    appUrl: "http://app.test",
    formSecret: FORM_SECRET,
    linkSecret: LINKS.secret,
    limits: { ipPerMinute: 1000, ipPerDay: 10000, domainPer10Minutes: 100000 },
    ...overrides,
  };
}

/** A queued email's text as the worker sends it: its link slots filled (lib/mail/link-tokens.ts). */
export function withLinks(email: { id: string; signatureId: string | null; text: string }): string {
  return fillLinks(email.text, LINKS.secret, email, new Map());
}

/** The token in the newest queued email's link ("confirm" or "remove") for a signature. */
export async function tokenFromOutbox(
  db: PrismaClient,
  signatureId: string,
  kind: "confirm" | "remove",
): Promise<string> {
  const email = await db.outboxEmail.findFirstOrThrow({
    where: {
      signatureId,
      OR: [{ text: { contains: `/petition/${kind}/` } }, { kind: "signature-confirm", status: "PENDING", text: "" }],
    },
    orderBy: { createdAt: "desc" },
  });
  // A new signer's confirmation is rendered only when sent: its links derive from its id.
  if (email.text === "") return confirmationTokens(LINKS.secret, email.id)[kind];
  const match = new RegExp(`/petition/${kind}/([A-Za-z0-9_-]+)`).exec(withLinks(email));
  if (!match) throw new Error(`no ${kind} link in ${email.text}`);
  return match[1];
}
