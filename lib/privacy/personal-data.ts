import type { PrismaClient } from "../db/client";
import { CONSENT_NOTICES, type TConsentVersion } from "../i18n/consent-notices";
import { canonicalEmail } from "../text/canonical-email";
import { getEnv } from "../env";
import { findSuppression } from "../mail/suppression/suppress";
import { suppressionKeys, type TSuppressionKey } from "../mail/suppression/suppression-keys";
import { GIFT_AID_DECLARATIONS, type TGiftAidVersion } from "../i18n/gift-aid-declarations";

/**
 * Everything we hold about one email address, table by table, for subject access (UK GDPR Art. 15):
 * signatures (by the canonical address, as signing dedupes), with the consent wording each was
 * shown; the emails we sent or queued to it; donations and Gift Aid declarations made with it.
 * Actions (messages to governments) hold no personal data, so none are listed. Whether the address is
 * on the suppression list (a bounce or a complaint), and since when, is listed too.
 */
export async function collectPersonalData(
  db: PrismaClient,
  email: string,
  keys: TSuppressionKey[] = suppressionKeys(getEnv()),
) {
  const key = canonicalEmail(email);
  const signatures = await db.signature.findMany({
    where: { emailKey: key },
    select: {
      id: true,
      status: true,
      firstName: true,
      lastName: true,
      email: true,
      signerCountry: true,
      postcode: true,
      optIn: true,
      unsubscribedAt: true,
      handInConsent: true,
      consentNoticeVersion: true,
      sourcePath: true,
      utmSource: true,
      utmMedium: true,
      utmCampaign: true,
      embedOrigin: true,
      createdAt: true,
      confirmedAt: true,
      lastEmailedAt: true,
      petition: { select: { title: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  const [emails, donations, suppression] = await Promise.all([
    db.outboxEmail.findMany({
      where: {
        OR: [
          { toAddress: { equals: email, mode: "insensitive" } },
          { signatureId: { in: signatures.map((s) => s.id) } },
        ],
      },
      select: { id: true, kind: true, toAddress: true, subject: true, status: true, createdAt: true, sentAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db.donation.findMany({
      where: { donorEmail: { equals: email, mode: "insensitive" } },
      select: {
        id: true,
        frequency: true,
        amount: true,
        currency: true,
        status: true,
        amountRefunded: true,
        donorEmail: true,
        donorName: true,
        giftAid: true,
        giftAidTitle: true,
        giftAidFirstName: true,
        giftAidLastName: true,
        giftAidHouse: true,
        giftAidPostcode: true,
        giftAidName: true,
        giftAidAddress: true,
        giftAidDeclarationVersion: true,
        giftAidDeclaredAt: true,
        giftAidCancelledAt: true,
        sourcePath: true,
        utmSource: true,
        utmMedium: true,
        utmCampaign: true,
        embedOrigin: true,
        createdAt: true,
        completedAt: true,
        canceledAt: true,
        refundedAt: true,
      },
      orderBy: { createdAt: "asc" },
    }),
    findSuppression(db, keys, email),
  ]);
  return {
    email,
    suppressions: suppression
      ? [
          {
            id: "suppression",
            reason: suppression.reason,
            reportedBy: suppression.source,
            since: suppression.createdAt,
          },
        ]
      : [],
    signatures: signatures.map(({ petition, ...s }) => ({
      ...s,
      petition: petition.title,
      consentWording: CONSENT_NOTICES[s.consentNoticeVersion as TConsentVersion] ?? null,
    })),
    emails,
    donations: donations.map((d) => ({
      ...d,
      giftAidDeclarationWording: d.giftAidDeclarationVersion
        ? (GIFT_AID_DECLARATIONS[d.giftAidDeclarationVersion as TGiftAidVersion] ?? null)
        : null,
    })),
  };
}

export type TPersonalData = Awaited<ReturnType<typeof collectPersonalData>>;

/** The same data as rows of (record, id, field, value), for a spreadsheet. */
export function personalDataRows(data: TPersonalData): string[][] {
  const rows: string[][] = [["record", "id", "field", "value"]];
  const add = (record: string, item: { id: string } & Record<string, unknown>) => {
    for (const [field, value] of Object.entries(item)) {
      if (field === "id") continue;
      rows.push([record, item.id, field, toText(value)]);
    }
  };
  for (const s of data.signatures) add("signature", s);
  for (const e of data.emails) add("email", e);
  for (const d of data.donations) add("donation", d);
  for (const entry of data.suppressions) add("email suppression", entry);
  return rows;
}

function toText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
