import type { TPetitionCounts } from "@/lib/petition/counts";
import { fill } from "@/lib/text/fill";
import type { TLang } from "@/lib/i18n/languages";
import { formatNumberIn, messagesFor } from "@/lib/i18n/messages";

export function PetitionProgress({ lang, counts }: { lang: TLang; counts: TPetitionCounts }) {
  const t = messagesFor(lang).petition;
  const n = formatNumberIn(lang, counts.confirmed);
  const goal = formatNumberIn(lang, counts.goal);
  return (
    <div className="progress" data-testid="petition-progress" data-count={counts.confirmed}>
      <p>
        <strong>{n}</strong> {fill(counts.confirmed === 1 ? t.progressOne : t.progressMany, { goal })}
      </p>
      <progress max={counts.goal} value={counts.confirmed} aria-label={fill(t.progressLabel, { count: n, goal })} />
    </div>
  );
}
