import type { Metadata } from "next";
import { BarChart } from "@/components/admin/BarChart";
import { getDashboardStats } from "@/lib/admin/dashboard-stats";
import { requireOrganiserPage } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/get-db";
import { formatMoney } from "@/lib/donations/config";
import { getEnv } from "@/lib/env";
import { MAIL_MODE_WORDS, mailMode } from "@/lib/mail/transport";
import { ACTION_CHANNEL_LABELS, ACTION_CHANNELS } from "@/lib/messages/action-channels";

export const metadata: Metadata = { title: "Dashboard", robots: { index: false } };

export default async function DashboardPage() {
  await requireOrganiserPage();
  const stats = await getDashboardStats(getDb());
  const n = (v: number) => v.toLocaleString("en-GB");
  return (
    <>
      <h1>Dashboard</h1>
      {mailMode(getEnv()) === "hold" ? (
        <p className="form-error" role="alert" data-testid="mail-held">
          {MAIL_MODE_WORDS.hold} {n(stats.emailsWaiting)} waiting now.
        </p>
      ) : null}
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
                {ACTION_CHANNEL_LABELS[c]}
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
    </>
  );
}
