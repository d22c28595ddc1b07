import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../db/client";
import { AppError } from "../errors";
import { consumeRateLimits, type TRateLimit } from "../rate-limit/consume";
import { canonicalEmail, emailDomain } from "./canonical-email";
import { CURRENT_CONSENT_VERSION } from "./consent";
import { confirmationEmail } from "./emails";
import { getPetition } from "./petition";
import type { TSignPetition } from "./sign-input";
import { CONFIRM_TOKEN_DAYS, hashToken, newToken } from "./tokens";

type TTx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export type TSignOutcome = "signed" | "resent" | "already_pending" | "already_confirmed";
export type TSignContext = {
  ipHash: string;
  appUrl: string;
  limits: { ipPerMinute: number; ipPerDay: number; domainPer10Minutes: number };
  now?: number;
};

// Too many of their users sign for a per-domain limit to mean anything.
const LARGE_PROVIDERS = new Set([
  "gmail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "live.com", "live.co.uk", "yahoo.com", "yahoo.co.uk",
  "icloud.com", "me.com", "btinternet.com", "aol.com", "protonmail.com", "proton.me", "sky.com", "virginmedia.com",
]);
const MIN_FILL_MS = 2000;
const MAX_CONFIRMATION_EMAILS = 3;
const RESEND_AFTER_MS = 5 * 60_000;

export const SIGN_MESSAGES: Record<TSignOutcome, string> = {
  signed: "Thank you! Please check your email and press the button in our message to confirm your signature.",
  resent: "You have already signed. We have sent your confirmation email again: please check your inbox and spam folder.",
  already_pending: "You have already signed. Please confirm it with the link in the email we sent you (check your spam folder too).",
  already_confirmed: "You have already signed and confirmed this petition. Thank you!",
};

/**
 * Signs the petition: one signature per canonical email (a unique index decides under any
 * concurrency), written in one transaction with its confirmation email. Bots filling the hidden
 * field are told "signed" and nothing is stored.
 */
export async function signPetition(db: PrismaClient, input: TSignPetition, ctx: TSignContext): Promise<TSignOutcome> {
  const now = ctx.now ?? Date.now();
  if (input.website) return "signed";
  if (input.startedAt && now - input.startedAt < MIN_FILL_MS) {
    throw new AppError("INVALID_INPUT", "That was quicker than we expect from a person. Please check your details and press the button again.");
  }
  const tooMany = "There have been too many signatures from your connection just now. Please wait a few minutes and try again.";
  const limits: TRateLimit[] = [
    { name: "sign-ip-minute", limit: ctx.limits.ipPerMinute, windowSeconds: 60 },
    { name: "sign-ip-day", limit: ctx.limits.ipPerDay, windowSeconds: 86_400 },
  ];
  await consumeRateLimits(db, ctx.ipHash, limits, tooMany);
  const domain = emailDomain(input.email);
  if (!LARGE_PROVIDERS.has(domain)) {
    await consumeRateLimits(db, domain, [{ name: "sign-domain", limit: ctx.limits.domainPer10Minutes, windowSeconds: 600 }],
      "There have been too many signatures from your email provider just now. Please try again later.");
  }
  const petition = await getPetition(db);
  const sourceCountryId = input.sourceCountry
    ? ((await db.country.findFirst({ where: { slug: input.sourceCountry }, select: { id: true } }))?.id ?? null)
    : null;
  const emailKey = canonicalEmail(input.email);

  return db.$transaction(async (tx) => {
    const id = randomUUID();
    const inserted = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "Signature" ("id", "petitionId", "firstName", "lastName", "email", "emailKey", "emailDomain",
        "signerCountry", "postcode", "optIn", "consentNoticeVersion", "ipHash", "sourcePath", "sourceCountryId", "createdAt")
      VALUES (${id}, ${petition.id}, ${input.firstName}, ${input.lastName}, ${input.email}, ${emailKey}, ${domain},
        ${input.country}, ${input.postcode}, ${input.optIn}, ${CURRENT_CONSENT_VERSION}, ${ctx.ipHash},
        ${input.sourcePath ?? null}, ${sourceCountryId}, ${new Date(now)})
      ON CONFLICT ("petitionId", "emailKey") DO NOTHING
      RETURNING "id"`;
    if (inserted.length) {
      await queueConfirmation(tx, { id, email: input.email, firstName: input.firstName }, petition.title, ctx.appUrl, now, "confirm");
      return "signed";
    }
    const [existing] = await tx.$queryRaw<{ id: string; status: string; email: string; firstName: string; confirmationsSent: number; lastEmailedAt: Date | null }[]>`
      SELECT "id", "status", "email", "firstName", "confirmationsSent", "lastEmailedAt" FROM "Signature"
      WHERE "petitionId" = ${petition.id} AND "emailKey" = ${emailKey} FOR UPDATE`;
    if (existing.status !== "PENDING") return "already_confirmed";
    const canResend =
      existing.confirmationsSent < MAX_CONFIRMATION_EMAILS &&
      (!existing.lastEmailedAt || now - existing.lastEmailedAt.getTime() > RESEND_AFTER_MS);
    if (!canResend) return "already_pending";
    await queueConfirmation(tx, existing, petition.title, ctx.appUrl, now, "resend");
    return "resent";
  }, { timeout: 15_000 });
}

/** New confirm and remove tokens, the email carrying them, and the counters, in the caller's transaction. */
export async function queueConfirmation(
  tx: TTx,
  signature: { id: string; email: string; firstName: string },
  petitionTitle: string,
  appUrl: string,
  now: number,
  kind: "confirm" | "resend" | "reminder",
) {
  const confirm = newToken();
  const remove = newToken();
  await tx.signatureToken.createMany({
    data: [
      { tokenHash: hashToken(confirm), signatureId: signature.id, purpose: "CONFIRM", expiresAt: new Date(now + CONFIRM_TOKEN_DAYS * 86_400_000) },
      { tokenHash: hashToken(remove), signatureId: signature.id, purpose: "REMOVE" },
    ],
  });
  const email = confirmationEmail(signature.firstName, petitionTitle, {
    confirmUrl: `${appUrl}/petition/confirm/${confirm}`,
    removeUrl: `${appUrl}/petition/remove/${remove}`,
  }, kind === "reminder");
  await tx.outboxEmail.create({
    data: { id: randomUUID(), signatureId: signature.id, kind: `signature-${kind}`, toAddress: signature.email, ...email },
  });
  await tx.signature.update({
    where: { id: signature.id },
    data: {
      lastEmailedAt: new Date(now),
      ...(kind === "reminder" ? { remindersSent: { increment: 1 } } : { confirmationsSent: { increment: 1 } }),
    },
  });
}
