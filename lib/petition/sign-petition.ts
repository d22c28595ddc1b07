import type { Prisma } from "../generated/prisma/client";
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../db/client";
import { AppError } from "../errors";
import { memoise } from "../cache/memoise";
import { CAMPAIGN_SLUG } from "../campaign/campaign-slug";
import { passSignLimits, type TChallengeSettings } from "./sign-gate";
import { canonicalEmail, emailDomain } from "../text/canonical-email";
import { CURRENT_CONSENT_VERSION } from "../i18n/consent-notices";
import { queueEmail } from "../mail/queue-email";
import { signatureConfirmSubject } from "../mail/templates/signature";
import { formTokenAge } from "./form-token";
import { getPetition } from "./petition";
import type { TSignPetition } from "./sign-input";
import { hashToken } from "../crypto/tokens";
import { writeNewSignature } from "./signature-writer";
import { confirmationTokens } from "./confirmation-links";
import { linkSlot, type TLinkSettings } from "../mail/link-tokens";
import { emailLang, pagesPrefix } from "./email-language";
import { NO_SOURCE, type TSignerSource } from "../embed/signer-source";
import { countrySlugOf } from "./source-path";

/**
 * What happened, for tests and our own code only: callers answer every outcome with the same
 * status and SIGN_RECEIVED, so nobody can learn from the answer whether an address signed.
 * What differs goes to the address's owner by email: a new signer's confirmation, or for a repeat
 * signer a follow-up row that the worker acts on (lib/petition/repeat-signers.ts), or nothing.
 */
export type TSignOutcome = "signed" | "queued" | "quiet";
export type TSignContext = {
  ipHash: string;
  appUrl: string;
  /** Key for the form token (lib/petition/form-token.ts), and the least time a person takes to fill the form. */
  formSecret: string;
  /** AUTH_SECRET: a confirmation email's links are derived from it (lib/petition/confirmation-links.ts). */
  linkSecret: string;
  minFillMs?: number;
  limits: { ipPerMinute: number; ipPerDay: number; domainPer10Minutes: number };
  /** Above the soft limits, a challenge instead of a refusal (lib/petition/sign-gate.ts); absent: refused. */
  challenge?: TChallengeSettings;
  now?: number;
  /** Utm tags and the partner site that framed the form, already checked (lib/embed/signer-source.ts). */
  source?: TSignerSource;
};

const MIN_FILL_MS = 2000;
/** Email links live a week; a reminder or a re-sent email brings a fresh one. */
const CONFIRM_TOKEN_DAYS = 7;

/** The one answer to every accepted submission, new signer or not. */

/**
 * Signs the petition: one signature per canonical email (a unique index decides under any
 * concurrency), written atomically with its confirmation email, or for an address that had signed,
 * with a follow-up row for the worker. Bots filling the hidden field are
 * told "signed" and nothing is stored. Two round trips for a new signer: rate limits, then the write.
 */
export async function signPetition(db: PrismaClient, input: TSignPetition, ctx: TSignContext): Promise<TSignOutcome> {
  const now = ctx.now ?? Date.now();
  if (input.website) return "quiet";
  const age = input.formToken ? formTokenAge(input.formToken, ctx.formSecret, now) : undefined;
  if (age === null || (age !== undefined && age < (ctx.minFillMs ?? MIN_FILL_MS))) {
    throw new AppError("INVALID_INPUT", "signedTooQuickly");
  }
  // The limits, and above them a proof-of-work challenge rather than a refusal: lib/challenge/.
  await passSignLimits(db, input, ctx, now);
  const domain = emailDomain(input.email);
  const petition = await getPetition(db);
  if (petition.closesAt && petition.closesAt.getTime() <= now) {
    throw new AppError("FORBIDDEN", "petitionClosed");
  }
  const sourceCountryId = input.sourceCountry ? await countryIdForSlug(db, input.sourceCountry) : null;
  // A country page's path names a country of ours, or it is dropped like any made-up source.
  const pathCountry = input.sourcePath ? countrySlugOf(input.sourcePath) : undefined;
  const sourcePath =
    pathCountry && !(await countryIdForSlug(db, pathCountry)) ? undefined : (input.sourcePath ?? undefined);
  const emailKey = canonicalEmail(input.email);
  const source = ctx.source ?? NO_SOURCE;

  // The common case, a new signer, is one atomic statement (shared with whoever signs at the same
  // moment: lib/petition/signature-writer.ts): the signature, its two tokens and its confirmation
  // email are written together or not at all, and the unique index decides races.
  const id = randomUUID();
  const emailId = randomUUID();
  const { confirm, remove } = confirmationTokens(ctx.linkSecret, emailId);
  const subject = signatureConfirmSubject(emailLang(sourcePath).lang);
  const inserted = await writeNewSignature(db, {
    id,
    petitionId: petition.id,
    firstName: input.firstName,
    lastName: input.lastName,
    email: input.email,
    emailKey,
    emailDomain: domain,
    signerCountry: input.country,
    postcode: input.postcode ?? null,
    optIn: input.optIn,
    handInConsent: input.handInConsent,
    consentNoticeVersion: CURRENT_CONSENT_VERSION,
    ipHash: ctx.ipHash,
    sourcePath: sourcePath ?? null,
    sourceCountryId,
    createdAt: new Date(now),
    utmSource: source.utmSource,
    utmMedium: source.utmMedium,
    utmCampaign: source.utmCampaign,
    embedOrigin: source.embedOrigin,
    confirmHash: hashToken(confirm),
    removeHash: hashToken(remove),
    confirmExpiresAt: new Date(now + CONFIRM_TOKEN_DAYS * 86_400_000),
    emailId,
    subject,
    // Rendered by the worker when it sends it (the row's body is RENDER_AT_SEND).
    text: "",
  });
  // An address that had signed was given its follow-up row by the same statement: nothing more is
  // done here, so the answer and this process's next answers are the same whoever signed.
  return inserted ? "signed" : "queued";
}

// Country pages pass their slug. All the ids are read at once (there are a dozen countries, and a
// cache keyed by what visitors send would grow without bound), at most once a minute.
async function countryIdForSlug(db: PrismaClient, slug: string): Promise<string | null> {
  const ids = await memoise(db, "country-ids", 60_000, async () => {
    const rows = await db.country.findMany({
      where: { campaign: { slug: CAMPAIGN_SLUG } },
      select: { id: true, slug: true },
    });
    return new Map(rows.map((r) => [r.slug, r.id]));
  });
  return ids.get(slug) ?? null;
}

/** New confirm and remove tokens, the email carrying them, and the counters, in the caller's transaction. */
export async function queueConfirmation(
  tx: Prisma.TransactionClient,
  signature: { id: string; email: string; firstName: string; sourcePath?: string | null },
  petitionTitle: string,
  links: TLinkSettings,
  now: number,
  kind: "resend" | "reminder",
) {
  // The links are made from the email's id when it is sent: the outbox holds their slots, not them.
  const emailId = randomUUID();
  const { confirm, remove } = confirmationTokens(links.secret, emailId);
  await tx.signatureToken.createMany({
    data: [
      {
        tokenHash: hashToken(confirm),
        signatureId: signature.id,
        purpose: "CONFIRM",
        expiresAt: new Date(now + CONFIRM_TOKEN_DAYS * 86_400_000),
      },
      { tokenHash: hashToken(remove), signatureId: signature.id, purpose: "REMOVE" },
    ],
  });
  const payload = {
    firstName: signature.firstName,
    petitionTitle,
    confirmUrl: `${links.appUrl}${pagesPrefix(signature.sourcePath)}/petition/confirm/${linkSlot("signature-confirm")}`,
    removeUrl: `${links.appUrl}${pagesPrefix(signature.sourcePath)}/petition/remove/${linkSlot("signature-remove")}`,
    ...emailLang(signature.sourcePath),
  };
  await queueEmail(tx, signature.email, `signature-${kind}`, payload, signature.id, emailId);
  await tx.signature.update({
    where: { id: signature.id },
    data: {
      lastEmailedAt: new Date(now),
      ...(kind === "reminder" ? { remindersSent: { increment: 1 } } : { confirmationsSent: { increment: 1 } }),
    },
  });
}
