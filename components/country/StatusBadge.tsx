import { statusWording } from "@/lib/campaign/status-wording";
import type { TLang } from "@/lib/i18n/languages";

type TProps = { lang: TLang; status: "LISTED" | "REMOVED"; statusDate: Date | null; addedBy: string | null };

export function StatusBadge({ lang, status, statusDate, addedBy }: TProps) {
  const className = status === "LISTED" ? "badge badge-listed" : "badge badge-removed";
  return <span className={className}>{statusWording(status, statusDate, addedBy !== null, lang)}</span>;
}
