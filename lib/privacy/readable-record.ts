import { formatMoney } from "../donations/config";

// What each stored field is called on the supporter's data page (the JSON and CSV downloads keep the
// column names, for machines). A field missing here is shown under its column name.
const LABELS: Record<string, string> = {
  status: "Status",
  firstName: "First name",
  lastName: "Last name",
  email: "Email address",
  signerCountry: "Country",
  postcode: "Postcode",
  optIn: "Campaign updates by email",
  unsubscribedAt: "Stopped updates",
  handInConsent: "Named on the hand-in list",
  consentNoticeVersion: "Privacy notice version",
  consentWording: "Wording agreed to",
  sourcePath: "Page signed on",
  utmSource: "Link source",
  utmMedium: "Link medium",
  utmCampaign: "Link campaign",
  embedOrigin: "Partner site",
  createdAt: "Created",
  confirmedAt: "Confirmed",
  lastEmailedAt: "Last emailed",
  petition: "Petition",
  kind: "Kind of email",
  toAddress: "Sent to",
  subject: "Subject",
  sentAt: "Sent",
  frequency: "How often",
  amount: "Amount",
  currency: "Currency",
  amountRefunded: "Amount refunded",
  donorEmail: "Email address",
  donorName: "Name",
  giftAid: "Gift Aid",
  giftAidTitle: "Gift Aid title",
  giftAidFirstName: "Gift Aid first name",
  giftAidLastName: "Gift Aid last name",
  giftAidHouse: "Gift Aid house name or number",
  giftAidPostcode: "Gift Aid postcode",
  giftAidName: "Gift Aid name",
  giftAidAddress: "Gift Aid address",
  giftAidDeclarationVersion: "Gift Aid declaration version",
  giftAidDeclarationWording: "Gift Aid declaration",
  giftAidDeclaredAt: "Gift Aid declared",
  giftAidCancelledAt: "Gift Aid cancelled",
  completedAt: "Completed",
  canceledAt: "Cancelled",
  refundedAt: "Refunded",
  paidAt: "Paid",
  payments: "Monthly payments",
  title: "Title",
  notice: "Privacy notice",
  handIn: "Hand-in list",
};

const MONEY = new Set(["amount", "amountRefunded"]);
const HIDDEN = new Set(["id"]);

export type TReadableField = { label: string; value: string };

function text(value: unknown): string {
  if (value === null || value === undefined || value === "") return "–";
  if (value instanceof Date) return `${value.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value)) return value.map((v) => (typeof v === "object" ? readableLine(v) : text(v))).join("; ");
  if (typeof value === "object") return readableLine(value as Record<string, unknown>);
  return String(value);
}

const readableLine = (o: Record<string, unknown>) =>
  readableRecord(o)
    .map((f) => `${f.label}: ${f.value}`)
    .join(", ");

/** One stored record as labelled lines a person reads: money in pounds, dates, yes/no, no internal ids. */
export function readableRecord(record: Record<string, unknown>): TReadableField[] {
  const currency = typeof record.currency === "string" ? record.currency : "gbp";
  return Object.entries(record)
    .filter(([field]) => !HIDDEN.has(field))
    .map(([field, value]) => ({
      label: LABELS[field] ?? field,
      value:
        MONEY.has(field) && typeof value === "number"
          ? formatMoney(value, currency)
          : field === "currency" && typeof value === "string"
            ? value.toUpperCase()
            : text(value),
    }));
}
