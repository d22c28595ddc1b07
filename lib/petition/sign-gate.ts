import type { PrismaClient } from "../db/client";
import { AppError } from "../errors";
import { keyedHash } from "../crypto/keyed-hash";
import { consumeRateLimits, countRateLimits, type TRateCheck } from "../rate-limit/consume";
import { canonicalEmail, emailDomain } from "../text/canonical-email";
import { PUBLIC_MAIL_PROVIDERS } from "./mail-providers";
import type { TSignContext } from "./sign-petition";
import { challengeStep } from "../challenge/difficulty";
import { issueChallenge } from "../challenge/issue-challenge";
import { verifyChallenge } from "../challenge/verify-challenge";

/** What happens above the soft limits (the configured SIGN_LIMIT_*), for one submission. */
export type TChallengeSettings = {
  /** Counted submissions a day from one address past which the answer is a refusal, solved or not. */
  hardIpPerDay: number;
  /** Submissions a day from one address accepted without JavaScript once past the soft limits. */
  noScriptIpPerDay: number;
  /** This one came from our form posted without JavaScript (only the form's server action says so). */
  noScript: boolean;
};

/**
 * The signing limits. Up to the soft limits (per address a minute and a day, per email domain ten
 * minutes), nothing more is asked. Past them a submission must carry a solved proof-of-work challenge
 * (ALTCHA) issued for it, whose size grows with how far past the limits the address is; without one
 * it is answered CHALLENGE_REQUIRED with a fresh challenge, which our form solves by itself and
 * sends again. Our form posted without JavaScript cannot solve it, and is accepted instead up to
 * its own, lower daily cap. Past the hard cap a day, every submission from the address is refused.
 * Without settings (SIGN_CHALLENGES=false) the soft limits refuse, as before challenges.
 */
export async function passSignLimits(
  db: PrismaClient,
  input: { email: string; altcha?: string },
  ctx: TSignContext,
  now: number,
): Promise<void> {
  const domain = emailDomain(input.email);
  const checks: TRateCheck[] = [
    {
      key: ctx.ipHash,
      limits: [
        { name: "sign-ip-minute", limit: ctx.limits.ipPerMinute, windowSeconds: 60 },
        { name: "sign-ip-day", limit: ctx.limits.ipPerDay, windowSeconds: 86_400 },
      ],
      reason: "signIpBurst",
    },
  ];
  if (!PUBLIC_MAIL_PROVIDERS.has(domain)) {
    // A domain can be one person's own: the counter keeps only its keyed hash.
    checks.push({
      key: keyedHash(domain, ctx.formSecret),
      limits: [{ name: "sign-domain", limit: ctx.limits.domainPer10Minutes, windowSeconds: 600 }],
      reason: "signDomainBurst",
    });
  }
  const settings = ctx.challenge;
  if (!settings) return consumeRateLimits(db, checks, now);

  const counts = await countRateLimits(db, checks, now);
  const day = counts.find((c) => c.name === "sign-ip-day")!;
  if (day.count > settings.hardIpPerDay) throw dayOver(false, day.retryAfterSeconds, now);
  const ratio = Math.max(...counts.map((c) => c.count / c.limit));
  if (ratio <= 1) return;

  const who = { formSecret: ctx.formSecret, ipHash: ctx.ipHash, emailKey: canonicalEmail(input.email), now };
  if (input.altcha && (await verifyChallenge(db, input.altcha, who))) return;
  if (settings.noScript && !input.altcha) {
    const [noScript] = await countRateLimits(
      db,
      [
        {
          key: ctx.ipHash,
          limits: [{ name: "sign-ip-noscript-day", limit: settings.noScriptIpPerDay, windowSeconds: 86_400 }],
          reason: "signIpDayOverNoScript",
        },
      ],
      now,
    );
    if (noScript.count <= noScript.limit) return;
    throw dayOver(true, noScript.retryAfterSeconds, now);
  }
  const challenge = await issueChallenge(challengeStep(ratio), who);
  throw new AppError("CHALLENGE_REQUIRED", "signChallenge", { challenge });
}

// A daily window ends at midnight UTC: the time to try again is that, said as a time of day.
function dayOver(noScript: boolean, retryAfterSeconds: number, now: number) {
  const time = new Date(now + retryAfterSeconds * 1000).toISOString().slice(11, 16);
  return new AppError(
    "RATE_LIMITED",
    { code: noScript ? "signIpDayOverNoScript" : "signIpDayOver", params: { time } },
    {
      retryAfterSeconds,
    },
  );
}
