import type { Metadata } from "next";
import { BarChart } from "@/components/admin/BarChart";
import { SourceTable } from "@/components/admin/SourceTable";
import { getDashboardStats } from "@/lib/admin/dashboard-stats";
import { parseSourcePeriod } from "@/lib/admin/source-period";
import { getSourceStats } from "@/lib/admin/source-stats";
import { requireOrganiserPage } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/get-db";
import { formatMoney } from "@/lib/i18n/format-money";
import { getEnv } from "@/lib/env";
import { MAIL_MODE_WORDS, mailMode } from "@/lib/mail/transport";
import { MailHealth } from "./mail-health";
import { en } from "@/lib/i18n/messages/en";
import { ACTION_CHANNELS } from "@/lib/letters/action-channels";
import { englishOf } from "@/lib/reasons/reason";

export const metadata: Metadata = { title: "Dashboard", robots: { index: false } };

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ searchParams }: TProps) {
  await requireOrganiserPage();
  const { period, error: periodError } = parseSourcePeriod(await searchParams);
  const [stats, sources] = await Promise.all([getDashboardStats(getDb()), getSourceStats(getDb(), period)]);
  const currency = getEnv().DONATION_CURRENCY;
  const n = (v: number) => v.toLocaleString("en-GB");
  return (
    <>
      <h1>Dashboard</h1>
      {mailMode(getEnv()) === "hold" ? (
        <p className="form-error" role="alert" data-testid="mail-held">
          {MAIL_MODE_WORDS.hold} {n(stats.emailsWaiting)} waiting now.
        </p>
      ) : null}
      <MailHealth />
      <table className="admin-table" data-testid="totals">
        <caption>Totals</caption>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">Today</th>
            <th scope="col">All time</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Confirmed signatures</th>
            <td>{n(stats.signatures.confirmedToday)}</td>
            <td>{n(stats.signatures.confirmed)}</td>
          </tr>
          <tr>
            <th scope="row">Pending signatures</th>
            <td>{n(stats.signatures.pendingToday)}</td>
            <td>{n(stats.signatures.pending)}</td>
          </tr>
          <tr>
            <th scope="row">Messages sent (all channels)</th>
            <td>{n(stats.actions.today)}</td>
            <td>{n(stats.actions.total)}</td>
          </tr>
          <tr>
            <th scope="row">One-off gifts</th>
            <td>–</td>
            <td>
              {n(stats.donations.oneOff.count)} ({formatMoney(stats.donations.oneOff.amount, "gbp")})
            </td>
          </tr>
          <tr>
            <th scope="row">Monthly gifts running</th>
            <td>–</td>
            <td>
              {n(stats.donations.monthlyActive.count)} ({formatMoney(stats.donations.monthlyActive.amount, "gbp")} a
              month)
            </td>
          </tr>
          <tr>
            <th scope="row">Refunded</th>
            <td>–</td>
            <td>
              {n(stats.donations.refunded.count)} ({formatMoney(stats.donations.refundedAmount, "gbp")})
            </td>
          </tr>
        </tbody>
      </table>
      <h2>Signatures per day, last 30 days</h2>
      <BarChart
        title="Signatures per day over the last 30 days"
        data={stats.signaturesPerDay.map((d) => ({ label: d.day, value: d.n }))}
      />
      <details>
        <summary>As a table</summary>
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Signatures</th>
            </tr>
          </thead>
          <tbody>
            {stats.signaturesPerDay.map((d) => (
              <tr key={d.day}>
                <td>{d.day}</td>
                <td>{d.n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <h2>Messages per country</h2>
      <BarChart
        title="Messages sent per country"
        data={stats.actions.perCountry.map((c) => ({ label: c.name, value: c.total }))}
      />
      <table className="admin-table" data-testid="per-country">
        <thead>
          <tr>
            <th scope="col">Country</th>
            <th scope="col">Total</th>
            {ACTION_CHANNELS.map((c) => (
              <th scope="col" key={c}>
                {en.actions.channels[c]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {stats.actions.perCountry.map((c) => (
            <tr key={c.name}>
              <th scope="row">{c.name}</th>
              <td>{n(c.total)}</td>
              {ACTION_CHANNELS.map((ch) => (
                <td key={ch}>{n(c.byChannel[ch] ?? 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="sources-heading" data-testid="sources">
        <h2 id="sources-heading">Where supporters came from</h2>
        <p>
          Counts only, by the tags and pages people arrived on and the partner sites whose embed they used. Gifts are
          completed ones; signatures are pending and confirmed ones made in the period.
        </p>
        <form method="get" className="period-form" data-testid="period-form">
          {periodError ? (
            <p className="form-error" role="alert" data-testid="period-error">
              {englishOf(periodError)} Showing {period.from} to {period.to}.
            </p>
          ) : null}
          <div className="field">
            <label htmlFor="period-from">From</label>
            <input id="period-from" name="from" type="date" defaultValue={period.from} />
          </div>
          <div className="field">
            <label htmlFor="period-to">To (included)</label>
            <input id="period-to" name="to" type="date" defaultValue={period.to} />
          </div>
          <button type="submit" className="button">
            Show
          </button>
        </form>
        <SourceTable
          caption={`By partner site (embed), ${period.from} to ${period.to}`}
          heading="Partner site"
          rows={sources.byOrigin}
          currency={currency}
          testId="sources-by-origin"
        />
        <SourceTable
          caption={`By utm tags (source / medium / campaign), ${period.from} to ${period.to}`}
          heading="Tags"
          rows={sources.byTags}
          currency={currency}
          testId="sources-by-tags"
        />
        <SourceTable
          caption={`By page, ${period.from} to ${period.to}`}
          heading="Page"
          rows={sources.byPage}
          currency={currency}
          testId="sources-by-page"
        />
        <SourceTable
          caption={`By country, ${period.from} to ${period.to}`}
          heading="Country"
          rows={sources.byCountry}
          currency={currency}
          testId="sources-by-country"
        />
        <SourceTable
          caption={`By source and country (partner site, else utm tags, else direct), ${period.from} to ${period.to}`}
          heading="Source → country"
          rows={sources.bySourceAndCountry}
          currency={currency}
          testId="sources-by-source-and-country"
        />
      </section>
    </>
  );
}
