import type { TSourceRow } from "@/lib/admin/source-stats";
import { formatMoney } from "@/lib/i18n/format-money";

const n = (v: number) => v.toLocaleString("en-GB");

/**
 * One way of cutting where supporters came from: a table (the data) whose last column draws each
 * row's signatures as a bar (HTML and CSS, hidden from screen readers, which have the number).
 */
export function SourceTable({
  caption,
  heading,
  rows,
  currency,
  testId,
}: {
  caption: string;
  heading: string;
  rows: TSourceRow[];
  currency: string;
  testId: string;
}) {
  const max = Math.max(1, ...rows.map((r) => r.signatures));
  return (
    <table className="admin-table source-table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col">Messages</th>
          <th scope="col">Signatures</th>
          <th scope="col">Confirmed</th>
          <th scope="col">Gifts</th>
          <th scope="col">Signatures, as a bar</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={6}>Nothing in this period.</td>
          </tr>
        ) : (
          rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td>{n(r.messages)}</td>
              <td>{n(r.signatures)}</td>
              <td>{n(r.confirmed)}</td>
              <td>
                {n(r.gifts)}
                {r.gifts ? ` (${formatMoney(r.giftAmount, currency)})` : ""}
              </td>
              <td className="source-bar-cell">
                <span
                  className="source-bar"
                  aria-hidden="true"
                  style={{ width: `${Math.round((r.signatures / max) * 100)}%` }}
                />
              </td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
