import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { CAMPAIGN_SLUG } from "../campaign/campaign-slug";
import { addUpdate, ZNewUpdate } from "../content/add-content";
import type { PrismaClient } from "../db/client";
import { AppError } from "../errors";
import { cleanLine, cleanText } from "../text/clean-text";
import { webUrl } from "../text/web-url";
import { reason, zodReason } from "../reasons/reason";

// A pack handed to a mission: kept as a HandInDelivery row, and told on the country's public timeline
// as a dated update (what the timeline already shows), both written in one transaction and audited.

/** How a petition was handed in, in the organisers' words (the delivery form, the record, the list). */
export const DELIVERY_METHOD_WORDS = { IN_PERSON: "in person", POST: "by post", EMAIL: "by email" } as const;

export const ZHandInDelivery = z.object({
  deliveredOn: z.iso.date(zodReason("dateInvalid")),
  method: z.enum(["IN_PERSON", "POST", "EMAIL"], { error: zodReason("deliveryMethodMissing") }),
  recipient: z
    .string()
    .transform(cleanLine)
    .pipe(z.string().min(1, zodReason("deliveryRecipientMissing")).max(200, zodReason("deliveryRecipientTooLong"))),
  photoUrl: z
    .string()
    .default("")
    .transform(cleanLine)
    .pipe(z.union([z.literal(""), webUrl(zodReason("deliveryPhotoInvalid"))]))
    .transform((v) => v || null),
  reply: z
    .string()
    .default("")
    .transform((v) => cleanText(v).trim())
    .pipe(z.string().max(1500, zodReason("deliveryReplyTooLong")))
    .transform((v) => v || null),
  signatureCount: z.coerce
    .number({ error: zodReason("deliveryCountMissing") })
    .int(zodReason("deliveryCountNotWhole"))
    .min(0, zodReason("deliveryCountMissing"))
    .max(100_000_000, zodReason("deliveryCountTooBig")),
});
export type THandInDelivery = z.output<typeof ZHandInDelivery>;

/** Today's date in London, where packs are handed in. */
const londonToday = (now: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(now);

/**
 * Records a delivery to a listed country's mission. The timeline's update needs a source: the photo
 * when there is one, else the public petition page (what was handed in). Gives the update written.
 */
export async function recordDelivery(
  db: PrismaClient,
  actor: string,
  slug: string,
  input: THandInDelivery,
  options: { now: Date; petitionUrl: string },
) {
  if (input.deliveredOn > londonToday(options.now))
    throw new AppError("INVALID_INPUT", "deliveryInFuture", {
      fields: { deliveredOn: reason("deliveryDateToCome") },
    });
  const country = await db.country.findFirst({
    where: { slug, status: "LISTED", campaign: { slug: CAMPAIGN_SLUG } },
    include: { contacts: { where: { kind: "LONDON_MISSION" }, orderBy: { name: "asc" }, take: 1 } },
  });
  if (!country) throw new AppError("NOT_FOUND", "deliveryCountryNotListed");
  const mission = country.contacts[0]?.name ?? `the mission of ${country.name} in London`;
  const count = input.signatureCount.toLocaleString("en-GB");
  const update = ZNewUpdate.parse({
    happenedOn: input.deliveredOn,
    dateNote: "",
    title: `Petition handed in to ${mission}`.slice(0, 200),
    summary:
      `Handed ${DELIVERY_METHOD_WORDS[input.method]} to ${input.recipient}: ${count} signatures, naming only ` +
      `the signers who asked to be named.${input.reply ? `\n\nTheir reply: ${input.reply}` : ""}`,
    sourceUrl: input.photoUrl ?? options.petitionUrl,
  });
  return db.$transaction(async (tx) => {
    const written = await addUpdate(tx, actor, slug, update);
    const delivery = await tx.handInDelivery.create({
      data: { ...input, countryId: country.id, updateId: written.id, createdBy: actor },
    });
    await recordAudit(tx, actor, "record-handin", delivery.id, {
      country: slug,
      deliveredOn: input.deliveredOn,
      method: input.method,
      signatureCount: input.signatureCount,
    });
    return written;
  });
}
