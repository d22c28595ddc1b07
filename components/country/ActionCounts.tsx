import { ACTION_CHANNEL_LABELS, type TActionChannel } from "@/lib/messages/action-channels";
import type { TCountryActionCounts } from "@/lib/messages/count-actions";

export function ActionCounts({ counts }: { counts: TCountryActionCounts }) {
  if (!counts.total) return <p data-testid="action-count">Be the first to write to this government from this site.</p>;
  const parts = (Object.entries(counts.byChannel) as [TActionChannel, number][])
    .sort((a, b) => b[1] - a[1])
    .map(([channel, n]) => `${ACTION_CHANNEL_LABELS[channel]} ${n.toLocaleString("en-GB")}`);
  return (
    <p data-testid="action-count">
      Supporters have written to this government <strong>{counts.total.toLocaleString("en-GB")}</strong>{" "}
      {counts.total === 1 ? "time" : "times"} from this site ({parts.join(", ")}).
    </p>
  );
}
