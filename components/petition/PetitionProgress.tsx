import type { TPetitionCounts } from "@/lib/petition/counts";

export function PetitionProgress({ counts }: { counts: TPetitionCounts }) {
  const n = counts.confirmed.toLocaleString("en-GB");
  const goal = counts.goal.toLocaleString("en-GB");
  return (
    <div className="progress" data-testid="petition-progress" data-count={counts.confirmed}>
      <p>
        <strong>{n}</strong> {counts.confirmed === 1 ? "person has" : "people have"} signed. Help us reach {goal}.
      </p>
      <progress max={counts.goal} value={counts.confirmed} aria-label={`${n} of ${goal} signatures`} />
    </div>
  );
}
