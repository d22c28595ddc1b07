import { recordAudit } from "../audit/record-audit";
import type { PrismaClient } from "../db/client";

const DAY = 86_400_000;
/** How long each kind of personal data is kept; the privacy page states the same. */
export const RETENTION = {
  unconfirmedSignatureDays: 30,
  unfinishedGiftAidDays: 7,
} as const;

export type TRetentionCounts = {
  unconfirmedSignaturesDeleted: number;
  giftAidDetailsErased: number;
  emailBodiesErased: number;
  signaturesAnonymised: number;
  accessLinksDeleted: number;
};

/**
 * Deletes or anonymises what we no longer need, in set-based statements (each uses an index, so a
 * large backlog is one quick pass), and writes the counts to the audit log. Run daily by the worker;
 * running it twice changes nothing more.
 */
export async function runRetention(
  db: PrismaClient,
  now: number,
  anonymiseDaysAfterClose: number,
): Promise<TRetentionCounts> {
  const counts = await db.$transaction(
    async (tx) => {
      const unconfirmedBefore = new Date(now - RETENTION.unconfirmedSignatureDays * DAY);
      // Emails first: they would otherwise outlive the signature with its address in them.
      await tx.$executeRaw`
      DELETE FROM "OutboxEmail" e USING "Signature" s
      WHERE e."signatureId" = s."id" AND s."status" = 'PENDING' AND s."createdAt" < ${unconfirmedBefore}`;
      const unconfirmedSignaturesDeleted = await tx.$executeRaw`
      DELETE FROM "Signature" WHERE "status" = 'PENDING' AND "createdAt" < ${unconfirmedBefore}`;
      const giftAidDetailsErased = await tx.$executeRaw`
      UPDATE "Donation" SET "giftAidName" = NULL, "giftAidAddress" = NULL, "giftAidPostcode" = NULL,
        "giftAidTitle" = NULL, "giftAidFirstName" = NULL, "giftAidLastName" = NULL, "giftAidHouse" = NULL
      WHERE "completedAt" IS NULL AND "createdAt" < ${new Date(now - RETENTION.unfinishedGiftAidDays * DAY)}
        AND ("giftAidName" IS NOT NULL OR "giftAidAddress" IS NOT NULL OR "giftAidPostcode" IS NOT NULL
          OR "giftAidTitle" IS NOT NULL OR "giftAidFirstName" IS NOT NULL OR "giftAidLastName" IS NOT NULL
          OR "giftAidHouse" IS NOT NULL)`;
      // Each request for a sign-in link leaves Auth.js's token row; live 15 minutes, kept for ever.
      await tx.verificationToken.deleteMany({ where: { expires: { lt: new Date(now) } } });
      const emailBodiesErased = await tx.$executeRaw`
      UPDATE "OutboxEmail" SET "text" = '' WHERE "status" IN ('SENT', 'FAILED') AND "text" <> ''`;
      // After a petition closes (and the set time): counted still, by country and postcode area, never named.
      const closedBefore = new Date(now - anonymiseDaysAfterClose * DAY);
      await tx.$executeRaw`
      DELETE FROM "SignatureToken" t USING "Signature" s, "Petition" p
      WHERE t."signatureId" = s."id" AND s."petitionId" = p."id" AND p."closesAt" < ${closedBefore}`;
      const signaturesAnonymised = await tx.$executeRaw`
      UPDATE "Signature" s SET "firstName" = NULL, "lastName" = NULL, "email" = NULL, "emailKey" = NULL,
        "emailDomain" = NULL, "ipHash" = NULL, "sourcePath" = NULL, "anonymisedAt" = ${new Date(now)},
        -- Only a UK postcode's area is kept (stored as "SW1A 1AA"); any other postcode goes whole.
        "postcode" = CASE WHEN s."signerCountry" = 'GB' AND s."postcode" LIKE '% %'
                          THEN split_part(s."postcode", ' ', 1) END
      FROM "Petition" p
      WHERE s."petitionId" = p."id" AND p."closesAt" < ${closedBefore} AND s."anonymisedAt" IS NULL
        AND s."status" <> 'ERASED'`;
      await tx.$executeRaw`
      DELETE FROM "OutboxEmail" e USING "Signature" s
      WHERE e."signatureId" = s."id" AND s."anonymisedAt" IS NOT NULL AND e."status" <> 'SENT'`;
      await tx.$executeRaw`
      UPDATE "OutboxEmail" e SET "toAddress" = '', "text" = '', "signatureId" = NULL
      FROM "Signature" s WHERE e."signatureId" = s."id" AND s."anonymisedAt" IS NOT NULL`;
      const accessLinksDeleted =
        await tx.$executeRaw`DELETE FROM "DataAccessToken" WHERE "expiresAt" < ${new Date(now)}`;
      return {
        unconfirmedSignaturesDeleted,
        giftAidDetailsErased,
        emailBodiesErased,
        signaturesAnonymised,
        accessLinksDeleted,
      };
    },
    { timeout: 120_000 },
  );
  await recordAudit(db, "system", "retention", null, counts);
  return counts;
}
