import type { TActionChannel } from "@/lib/letters/action-channels";
import type { TCountryActionCounts } from "@/lib/letters/count-actions";
import { fill } from "@/lib/text/fill";
import type { TLang } from "@/lib/i18n/languages";
import { formatNumberIn, messagesFor } from "@/lib/i18n/messages";

export function ActionCounts({ lang, counts }: { lang: TLang; counts: TCountryActionCounts }) {
  const t = messagesFor(lang).actions;
  if (!counts.total) return <p data-testid="action-count">{t.none}</p>;
  const parts = (Object.entries(counts.byChannel) as [TActionChannel, number][])
    .sort((a, b) => b[1] - a[1])
    .map(([channel, n]) => `${t.channels[channel]} ${formatNumberIn(lang, n)}`);
  return (
    <p data-testid="action-count">
      {fill(counts.total === 1 ? t.one : t.many, {
        count: formatNumberIn(lang, counts.total),
        parts: parts.join(", "),
      })}
    </p>
  );
}
