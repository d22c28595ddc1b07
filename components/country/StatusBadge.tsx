import { statusWording } from "@/lib/campaign/status-wording";

type TProps = { status: "LISTED" | "REMOVED"; statusDate: Date | null; briefingRank: number | null };

export function StatusBadge({ status, statusDate, briefingRank }: TProps) {
  const className = status === "LISTED" ? "badge badge-listed" : "badge badge-removed";
  return <span className={className}>{statusWording(status, statusDate, briefingRank)}</span>;
}
