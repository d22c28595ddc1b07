import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../db/client";
import { getPetition } from "../petition/petition";

export type TSigner = {
  status?: "CONFIRMED" | "PENDING";
  optIn?: boolean;
  country?: string;
  sourceCountryId?: string | null;
  /** The page signed on: "/my/petition" makes a Burmese signer. */
  sourcePath?: string;
};

/** Signatures written directly (the signing path has its own tests); gives their ids and addresses. */
export async function addSigners(db: PrismaClient, signers: TSigner[]) {
  const { id: petitionId } = await getPetition(db);
  const rows = signers.map((s) => {
    const id = randomUUID();
    const email = `upd-${id}@example.org`;
    return {
      id,
      petitionId,
      status: s.status ?? "CONFIRMED",
      firstName: "Update",
      lastName: "Reader",
      email,
      emailKey: email,
      emailDomain: "example.org",
      signerCountry: s.country ?? "GB",
      optIn: s.optIn ?? true,
      sourceCountryId: s.sourceCountryId ?? null,
      sourcePath: s.sourcePath ?? null,
      consentNoticeVersion: "2026-11-28.2",
      confirmedAt: s.status === "PENDING" ? null : new Date(),
    };
  });
  await db.signature.createMany({ data: rows });
  return rows.map((r) => ({ id: r.id, email: r.email }));
}

/** An update's draft, written directly, for tests of sending it. */
export async function addDraft(
  db: PrismaClient,
  filters: { signerCountry?: string; sourceCountryId?: string } = {},
  burmese: { subjectMy?: string; bodyMy?: string } = {},
) {
  const { id } = await db.campaignUpdate.create({
    data: {
      subject: `News ${randomUUID().slice(0, 8)}`,
      body: "The Japanese government has suspended new aid. Read more: https://example.org/news",
      ...burmese,
      signerCountry: filters.signerCountry ?? null,
      sourceCountryId: filters.sourceCountryId ?? null,
      createdBy: "organiser@example.org",
    },
  });
  return id;
}

/** The outbox emails an update was handed as, in their send order. */
export async function emailsOfUpdate(db: PrismaClient, updateId: string) {
  const deliveries = await db.updateDelivery.findMany({ where: { updateId }, select: { emailId: true } });
  return db.outboxEmail.findMany({
    where: { id: { in: deliveries.flatMap((d) => (d.emailId ? [d.emailId] : [])) } },
    orderBy: { nextAttemptAt: "asc" },
  });
}
