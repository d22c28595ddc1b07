import { statusWording } from "@/lib/campaign/status-wording";

type TProps = { status: "LISTED" | "REMOVED"; statusDate: Date | null; addedBy: string | null };

export function StatusBadge({ status, statusDate, addedBy }: TProps) {
  const className = status === "LISTED" ? "badge badge-listed" : "badge badge-removed";
  return <span className={className}>{statusWording(status, statusDate, addedBy !== null)}</span>;
}
