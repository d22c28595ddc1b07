import { formatMoney } from "../../i18n/format-money";

// Pure. The thank-you for a completed gift; Stripe sends the payment receipt itself.
export function donationReceipt(p: {
  name: string | null;
  amount: number;
  currency: string;
  manageUrl: string | null;
  /** Made in Stripe's test mode (a test key, as the zero-setup `npm start` uses): nothing was charged. */
  testMode?: boolean;
}) {
  const lines = [
    ...(p.testMode
      ? ["Test — no money moves: this gift was made in Stripe's test mode, and nothing was charged.", ""]
      : []),
    `Dear ${p.name ?? "supporter"},`,
    "",
    `Thank you for your ${p.manageUrl ? "monthly " : ""}gift of ${formatMoney(p.amount, p.currency)} to the campaign ` +
      "to end military ties with the Burmese military.",
  ];
  if (p.manageUrl) lines.push("", "To change or cancel your monthly gift at any time, use this link:", p.manageUrl);
  lines.push("", "Stripe sends a separate payment receipt.");
  return { subject: "Thank you for your gift", text: lines.join("\n") };
}
