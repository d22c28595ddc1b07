import { z } from "zod";
import { CAMPAIGN_SLUG } from "../campaign/campaign-slug";
import type { PrismaClient } from "../db/client";
import { allowedEmbedOrigin } from "../embed/embed-origin";
import { AppError } from "../errors";
import { consumeRateLimits, type TRateLimit } from "../rate-limit/consume";
import { cleanLine } from "../text/clean-text";
import { ACTION_CHANNELS } from "./action-channels";
import { zodReason } from "../reasons/reason";

const optionalTag = z.string().max(100, zodReason("actionTagTooLong")).transform(cleanLine).optional();

export const ZRecordActionInput = z.object({
  country: z.string().regex(/^[a-z0-9-]{1,60}$/, zodReason("actionCountryInvalid")),
  contactId: z
    .string()
    .regex(/^[a-z0-9]{1,40}$/i, zodReason("actionContactInvalid"))
    .optional(),
  channel: z.enum(ACTION_CHANNELS, { error: zodReason("actionChannelInvalid") }),
  sourcePath: z
    .string()
    .max(300)
    .regex(/^\/[^\s]*$/, zodReason("actionPageInvalid"))
    .optional(),
  utmSource: optionalTag,
  utmMedium: optionalTag,
  utmCampaign: optionalTag,
  // The partner site whose embed sent the supporter here (the page's `origin` tag); kept only if listed.
  embedOrigin: z.string().max(300).optional(),
});
export type TRecordActionInput = z.infer<typeof ZRecordActionInput>;

// Generous for a person trying every channel, tight for a script inflating the counts.
const ACTION_RATE_LIMITS: TRateLimit[] = [
  { name: "action-burst", limit: 20, windowSeconds: 60 },
  { name: "action-day", limit: 200, windowSeconds: 86_400 },
];

/**
 * Records that a supporter used a channel towards a target (an intent, not a delivery) and returns
 * how many times people have now written to that target. Stores no personal data.
 */
export async function recordAction(
  db: PrismaClient,
  input: TRecordActionInput,
  clientKey: string,
  now = Date.now(),
  embedOrigins: readonly string[] = [],
) {
  await consumeRateLimits(db, [{ key: clientKey, limits: ACTION_RATE_LIMITS, reason: "actionBurst" }], now);
  const country = await db.country.findFirst({
    where: { slug: input.country, campaign: { slug: CAMPAIGN_SLUG } },
    select: { id: true, contacts: { select: { id: true } } },
  });
  if (!country) throw new AppError("NOT_FOUND", "countryNotFound");
  if (input.contactId && !country.contacts.some((c) => c.id === input.contactId)) {
    throw new AppError("NOT_FOUND", "contactNotFound");
  }
  await db.action.create({
    data: {
      countryId: country.id,
      contactId: input.contactId ?? null,
      channel: input.channel,
      sourcePath: input.sourcePath ?? null,
      utmSource: input.utmSource || null,
      utmMedium: input.utmMedium || null,
      utmCampaign: input.utmCampaign || null,
      embedOrigin: allowedEmbedOrigin(input.embedOrigin, embedOrigins),
    },
  });
  const count = await db.action.count({
    where: input.contactId ? { contactId: input.contactId } : { countryId: country.id },
  });
  return { count };
}
