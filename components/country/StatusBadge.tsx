import { formatPartialDate } from "@/lib/campaign/format-date";

type TProps = { status: "LISTED" | "REMOVED"; statusDate: Date | null; briefingRank: number | null };

/** Where a country stands, with the date its source gives: the briefing's list is of March 2021. */
export function StatusBadge({ status, statusDate, briefingRank }: TProps) {
  const when = formatPartialDate(statusDate);
  if (status === "LISTED" && briefingRank === null)
    return <span className="badge badge-listed">Added to the list{when ? ` on ${when}` : ""}</span>;
  if (status === "LISTED") return <span className="badge badge-listed">Named in the briefing of March 2021</span>;
  return <span className="badge badge-removed">Removed from the list{when ? ` on ${when}` : ""}</span>;
}
