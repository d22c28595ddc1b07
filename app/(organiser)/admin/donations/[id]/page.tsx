import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminForm } from "@/components/admin/AdminForm";
import { GiftAidDeclaration } from "@/components/admin/GiftAidDeclaration";
import { requireOrganiserPage } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/get-db";
import { formatMoney } from "@/lib/i18n/format-money";
import { getDonation } from "@/lib/donations/donations-admin";
import { isStripeTestKey, stripeDashboardUrl, stripeEventUrl } from "@/lib/donations/stripe-dashboard";
import { getEnv } from "@/lib/env";
import { cancelDeclarationAction, completeDeclarationAction, eraseDonorAction } from "../../actions/donations";

export const metadata: Metadata = { title: "Donation", robots: { index: false } };

const when = (d: Date | null) => (d ? d.toISOString().replace("T", " ").slice(0, 19) + " UTC" : "–");
const words = (s: string) => s.toLowerCase().replaceAll("_", " ");

export default async function DonationPage({ params }: { params: Promise<{ id: string }> }) {
  await requireOrganiserPage();
  const { id } = await params;
  const d = await getDonation(getDb(), id);
  if (!d) notFound();
  const testMode = isStripeTestKey(getEnv().STRIPE_SECRET_KEY);
  const inStripe = stripeDashboardUrl(d, testMode);
  const money = (minor: number) => formatMoney(minor, d.currency);
  return (
    <>
      <p>
        <Link href="/admin/donations">All donations</Link>
      </p>
      <h1>
        {money(d.amount)} {d.frequency === "MONTHLY" ? "monthly gift" : "one-off gift"}
      </h1>
      <dl className="contact-details" data-testid="donation-detail">
        <dt>Status</dt>
        <dd>{words(d.status)}</dd>
        <dt>Donor</dt>
        <dd>{d.donorName ?? "–"}</dd>
        <dt>Email</dt>
        <dd>{d.donorEmail ?? "–"}</dd>
        <dt>Started</dt>
        <dd>
          {when(d.createdAt)} from {d.sourcePath ?? "–"}
        </dd>
        <dt>Checkout completed</dt>
        <dd>{when(d.completedAt)}</dd>
        {d.frequency === "ONE_OFF" ? (
          <>
            <dt>Paid</dt>
            <dd>{when(d.paidAt)}</dd>
          </>
        ) : (
          <>
            <dt>Cancelled</dt>
            <dd>{when(d.canceledAt)}</dd>
          </>
        )}
        <dt>Refunded</dt>
        <dd data-testid="donation-refunded">
          {d.amountRefunded
            ? `${money(d.amountRefunded)}${d.refundedAt ? ` (in full ${when(d.refundedAt)})` : ""}`
            : "–"}
        </dd>
        <dt>In Stripe</dt>
        <dd>
          {inStripe ? (
            <a href={inStripe} rel="noreferrer" data-testid="stripe-link">
              Open in Stripe&apos;s dashboard{testMode ? " (test mode)" : ""}
            </a>
          ) : (
            "Not yet: the checkout was not completed."
          )}
        </dd>
      </dl>
      {d.frequency === "MONTHLY" ? (
        <table className="admin-table" data-testid="donation-instalments">
          <caption>Instalments</caption>
          <thead>
            <tr>
              <th scope="col">Invoice</th>
              <th scope="col">Amount</th>
              <th scope="col">Outcome</th>
              <th scope="col">Paid</th>
              <th scope="col">Refunded</th>
            </tr>
          </thead>
          <tbody>
            {d.payments.map((p) => (
              <tr key={p.id}>
                <td>{p.stripeInvoiceId}</td>
                <td>{formatMoney(p.amount, p.currency)}</td>
                <td>{p.paid ? "paid" : "failed"}</td>
                <td>{when(p.paidAt)}</td>
                <td>{p.amountRefunded ? formatMoney(p.amountRefunded, p.currency) : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <table className="admin-table" data-testid="donation-events">
        <caption>Stripe events, in the order Stripe made them</caption>
        <thead>
          <tr>
            <th scope="col">Stripe&apos;s time</th>
            <th scope="col">Event</th>
            <th scope="col">Applied here</th>
          </tr>
        </thead>
        <tbody>
          {d.stripeEvents.map((e) => (
            <tr key={e.id}>
              <td>{when(e.created)}</td>
              <td>
                <a href={stripeEventUrl(e.id, testMode)} rel="noreferrer">
                  {e.type}
                </a>
              </td>
              <td>{when(e.processedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {d.stripeEvents.length === 0 ? (
        <p className="note">
          No Stripe event recorded against this gift (events applied before they were recorded against their gift are in
          Stripe only).
        </p>
      ) : null}
      <GiftAidDeclaration
        donation={d}
        claims={d.giftAidClaimGifts.map((g) => g.claim)}
        complete={completeDeclarationAction.bind(null, d.id)}
        cancel={cancelDeclarationAction.bind(null, d.id)}
      />
      <h2>Erase the donor</h2>
      {d.personErasedAt ? (
        <p data-testid="donor-erased">The donor was erased from this gift on {when(d.personErasedAt)}.</p>
      ) : null}
      {d.donorEmail || d.donorName || d.stripeCustomerId ? (
        <AdminForm action={eraseDonorAction.bind(null, d.id)} submitLabel="Erase the donor" danger testId="erase-donor">
          <p>
            When the donor asks us to: their name, email and Stripe customer go from this gift and every other gift with
            the same email or Stripe customer, and their Stripe customer is deleted. Amounts and dates stay. A Gift Aid
            declaration behind a gift already claimed is kept until six years after the end of its financial year, as
            HMRC asks; the others go now. This cannot be undone. Admins only.
          </p>
          <label>
            Type &quot;erase&quot; to confirm
            <input name="confirm" autoComplete="off" required />
          </label>
        </AdminForm>
      ) : null}
    </>
  );
}
