import { recordAudit } from "../audit/record-audit";
import type { PrismaClient } from "../db/client";

const DAY = 86_400_000;
/** How long each kind of personal data is kept; the privacy page states the same. */
export const RETENTION = {
  unconfirmedSignatureDays: 30,
  unfinishedGiftAidDays: 7,
  /** Sent or failed emails that belong to no signature (data-access links, receipts, sign-in links). */
  unlinkedEmailDays: 30,
  /** A signature's connection hash, for abuse handling (bulk invalidation by connection) only. */
  ipHashDays: 30,
  /** Rate-limit windows: the longest is a day; older ones count nothing. */
  rateLimitWindowDays: 2,
} as const;

export type TRetentionCounts = {
  unconfirmedSignaturesDeleted: number;
  giftAidDetailsErased: number;
  emailBodiesErased: number;
  signaturesAnonymised: number;
  accessLinksDeleted: number;
  unlinkedEmailsDeleted: number;
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
      UPDATE "OutboxEmail" SET "text" = '', "body" = 'CLEARED' WHERE "status" IN ('SENT', 'FAILED') AND "text" <> ''`;
      // After a petition closes (and the set time): counted still, by country and postcode area, never named.
      const closedBefore = new Date(now - anonymiseDaysAfterClose * DAY);
      await tx.$executeRaw`
      DELETE FROM "SignatureToken" t USING "Signature" s, "Petition" p
      WHERE t."signatureId" = s."id" AND s."petitionId" = p."id" AND p."closesAt" < ${closedBefore}`;
      // Before the signatures lose their addresses: every row elsewhere that names one of them goes
      // (emails of every kind, data-access links, sign-in tokens), as at a removal
      // (lib/privacy/forget-address.ts). Matched by hash join on the stored forms of each address.
      await tx.$executeRaw`
      CREATE TEMPORARY TABLE "retention_addresses" ON COMMIT DROP AS
      SELECT s."email" AS "address" FROM "Signature" s JOIN "Petition" p ON p."id" = s."petitionId"
      WHERE p."closesAt" < ${closedBefore} AND s."anonymisedAt" IS NULL AND s."status" <> 'ERASED'
        AND s."email" IS NOT NULL
      UNION SELECT lower(s."email") FROM "Signature" s JOIN "Petition" p ON p."id" = s."petitionId"
      WHERE p."closesAt" < ${closedBefore} AND s."anonymisedAt" IS NULL AND s."status" <> 'ERASED'
        AND s."email" IS NOT NULL
      UNION SELECT s."emailKey" FROM "Signature" s JOIN "Petition" p ON p."id" = s."petitionId"
      WHERE p."closesAt" < ${closedBefore} AND s."anonymisedAt" IS NULL AND s."status" <> 'ERASED'
        AND s."emailKey" IS NOT NULL`;
      await tx.$executeRaw`
      DELETE FROM "OutboxEmail" e USING "retention_addresses" a WHERE e."toAddress" = a."address"`;
      await tx.$executeRaw`
      DELETE FROM "DataAccessToken" d USING "retention_addresses" a WHERE d."email" = a."address"`;
      await tx.$executeRaw`
      DELETE FROM "VerificationToken" v USING "retention_addresses" a WHERE v."identifier" = a."address"`;
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
      WHERE e."signatureId" = s."id" AND s."anonymisedAt" IS NOT NULL`;
      // Emails that belong to no signature name their recipient and what they asked for: kept long
      // enough to answer "did you send me…?", then gone.
      const unlinkedEmailsDeleted = await tx.$executeRaw`
      DELETE FROM "OutboxEmail" WHERE "signatureId" IS NULL AND "status" <> 'PENDING'
        AND "createdAt" < ${new Date(now - RETENTION.unlinkedEmailDays * DAY)}`;
      // Kept for abuse handling only, and reversible by whoever has the key: gone after its window.
      await tx.$executeRaw`
      UPDATE "Signature" SET "ipHash" = NULL
      WHERE "ipHash" IS NOT NULL AND "createdAt" < ${new Date(now - RETENTION.ipHashDays * DAY)}`;
      await tx.$executeRaw`
      DELETE FROM "RateLimitWindow" WHERE "windowStart" < ${new Date(now - RETENTION.rateLimitWindowDays * DAY)}`;
      const accessLinksDeleted =
        await tx.$executeRaw`DELETE FROM "DataAccessToken" WHERE "expiresAt" < ${new Date(now)}`;
      return {
        unconfirmedSignaturesDeleted,
        giftAidDetailsErased,
        emailBodiesErased,
        signaturesAnonymised,
        accessLinksDeleted,
        unlinkedEmailsDeleted,
      };
    },
    { timeout: 120_000 },
  );
  await recordAudit(db, "system", "retention", null, counts);
  return counts;
}
