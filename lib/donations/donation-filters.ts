import { z } from "zod";
import { DonationStatus } from "../generated/prisma/enums";
import { cleanLine } from "../text/clean-text";
import { zodReason } from "../reasons/reason";

const optionalDate = z.iso
  .date(zodReason("dayInvalid"))
  .optional()
  .or(z.literal("").transform(() => undefined));
const optional = <T extends [string, ...string[]]>(values: T) =>
  z
    .enum(values)
    .optional()
    .or(z.literal("").transform(() => undefined));

/** Every state a gift can be in, from the schema's enum (the one list: filters, the admin's select). */
export const DONATION_STATUSES = Object.values(DonationStatus) as [DonationStatus, ...DonationStatus[]];

/** The organisers' donation list and its CSV export: one set of filters, one WHERE clause. */
export const ZDonationFilters = z.object({
  q: z
    .string()
    .max(400)
    .optional()
    .transform((v) => (v ? cleanLine(v).slice(0, 100) : undefined)),
  status: optional(DONATION_STATUSES),
  frequency: optional(["ONE_OFF", "MONTHLY"]),
  from: optionalDate,
  to: optionalDate,
  giftAid: optional(["yes", "no", "cancelled"]),
});
export type TDonationFilters = z.output<typeof ZDonationFilters>;

/**
 * The filters as the export's audit entry records them: the free-text search is often a donor's
 * address or name, and the audit log outlives every donor's erasure, so only that one was used.
 */
export function auditedDonationFilters({ q, ...rest }: Partial<TDonationFilters>) {
  return { ...rest, searched: Boolean(q) };
}

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The filters as SQL over `"Donation" d`, with $1… placeholders. The search finds a gift by its id
 * or a Stripe id, a whole email address, or part of a donor's name: an email is matched whole, so
 * the search cannot be used to list addresses by a fragment.
 */
export function donationWhere(f: TDonationFilters): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const parts = ["true"];
  if (f.q) {
    const exact = `$${params.push(f.q)}`;
    const like = `$${params.push(likePattern(f.q))}`;
    parts.push(
      `(d."id" = ${exact} OR d."stripePaymentIntentId" = ${exact} OR d."stripeSubscriptionId" = ${exact}` +
        ` OR d."stripeCustomerId" = ${exact} OR d."stripeCheckoutSessionId" = ${exact}` +
        ` OR lower(d."donorEmail") = lower(${exact}) OR d."donorName" ILIKE ${like}` +
        ` OR (coalesce(d."giftAidFirstName", '') || ' ' || coalesce(d."giftAidLastName", '')) ILIKE ${like}` +
        ` OR d."giftAidName" ILIKE ${like})`,
    );
  }
  if (f.status) parts.push(`d."status" = $${params.push(f.status)}::"DonationStatus"`);
  if (f.frequency) parts.push(`d."frequency" = $${params.push(f.frequency)}::"DonationFrequency"`);
  if (f.from) parts.push(`d."createdAt" >= $${params.push(f.from)}::date`);
  if (f.to) parts.push(`d."createdAt" < ($${params.push(f.to)}::date + 1)`);
  if (f.giftAid === "yes") parts.push(`d."giftAid" AND d."giftAidCancelledAt" IS NULL`);
  if (f.giftAid === "cancelled") parts.push(`d."giftAidCancelledAt" IS NOT NULL`);
  if (f.giftAid === "no") parts.push(`NOT d."giftAid"`);
  return { sql: parts.join(" AND "), params };
}
