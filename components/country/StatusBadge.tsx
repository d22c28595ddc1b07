import { statusWording } from "@/lib/campaign/status-wording";

export function StatusBadge({ status, statusDate }: { status: "LISTED" | "REMOVED"; statusDate: Date | null }) {
  const className = status === "LISTED" ? "badge badge-listed" : "badge badge-removed";
  return <span className={className}>{statusWording(status, statusDate)}</span>;
}
