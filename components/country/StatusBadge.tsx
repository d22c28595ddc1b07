import { formatPartialDate } from "@/lib/campaign/format-date";

export function StatusBadge({ status, statusDate }: { status: "LISTED" | "REMOVED"; statusDate: Date | null }) {
  if (status === "LISTED") return <span className="badge badge-listed">Named in the briefing of March 2021</span>;
  const when = formatPartialDate(statusDate);
  return <span className="badge badge-removed">Removed from the list{when ? ` on ${when}` : ""}</span>;
}
