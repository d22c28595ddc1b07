import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminForm } from "@/components/admin/AdminForm";
import { requireOrganiserPage } from "@/lib/auth/guards";
import { getSignature } from "@/lib/admin/signatures-admin";
import { getDb } from "@/lib/db/get-db";
import { CONSENT_NOTICES, type TConsentVersion } from "@/lib/i18n/consent-notices";
import { RETENTION } from "@/lib/privacy/retention";
import { eraseSignatureAction, invalidateSignatureAction } from "../../actions/signatures";

export const metadata: Metadata = { title: "Signature", robots: { index: false } };

export default async function SignaturePage({ params }: { params: Promise<{ id: string }> }) {
  await requireOrganiserPage();
  const { id } = await params;
  const s = await getSignature(getDb(), id);
  if (!s) notFound();
  const notice = CONSENT_NOTICES[s.consentNoticeVersion as TConsentVersion];
  const when = (d: Date | null) => (d ? d.toISOString().replace("T", " ").slice(0, 19) + " UTC" : "–");
  return (
    <>
      <h1>{s.status === "ERASED" ? "Erased signature" : `${s.firstName} ${s.lastName}`}</h1>
      <dl className="contact-details" data-testid="signature-detail">
        <dt>Status</dt>
        <dd>{s.status}</dd>
        <dt>Email</dt>
        <dd>{s.email ?? "–"}</dd>
        <dt>Country / postcode</dt>
        <dd>
          {s.signerCountry ?? "–"} {s.postcode ?? ""}
        </dd>
        <dt>Signed</dt>
        <dd>
          {when(s.createdAt)} from {s.sourcePath ?? "–"}
          {s.sourceCountry ? ` (${s.sourceCountry.name})` : ""}
        </dd>
        <dt>Confirmed</dt>
        <dd>{when(s.confirmedAt)}</dd>
        <dt>Connection</dt>
        <dd>
          Not shown. Kept {RETENTION.ipHashDays} days for abuse handling: to invalidate every signature from the same
          connection, use &ldquo;Same connection as signature&rdquo; with this id on the signatures page:{" "}
          <code>{s.id}</code>
        </dd>
      </dl>
      <h2>Consent record</h2>
      <dl className="contact-details" data-testid="consent-record">
        <dt>Notice version</dt>
        <dd>{s.consentNoticeVersion}</dd>
        <dt>Notice shown</dt>
        <dd>{notice?.notice ?? "(unknown version)"}</dd>
        <dt>Named on the hand-in list</dt>
        <dd data-testid="hand-in-consent">
          {s.handInConsent ? `Yes: "${notice?.handIn ?? ""}"` : "No: counted, never named"}
        </dd>
        <dt>Updates by email</dt>
        <dd>{s.optIn ? `Yes: "${notice?.optIn ?? ""}"` : "No"}</dd>
        {s.unsubscribedAt ? (
          <>
            <dt>Stopped updates</dt>
            <dd>{when(s.unsubscribedAt)}: no update goes to them now</dd>
          </>
        ) : null}
      </dl>
      {s.status === "PENDING" || s.status === "CONFIRMED" ? (
        <AdminForm
          action={invalidateSignatureAction.bind(null, s.id)}
          submitLabel="Invalidate (does not count)"
          danger
          testId="invalidate"
        >
          <span />
        </AdminForm>
      ) : null}
      {s.status !== "ERASED" ? (
        <AdminForm
          action={eraseSignatureAction.bind(null, s.id)}
          submitLabel="Erase personal data"
          danger
          testId="erase"
        >
          <p>
            Erasing removes name, email, postcode and connection hash for good, with every email and link naming the
            address, and keeps a deletion log entry.
          </p>
        </AdminForm>
      ) : null}
    </>
  );
}
