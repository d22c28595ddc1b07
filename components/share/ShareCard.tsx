import { ImageResponse } from "next/og";
import { getEnv } from "@/lib/env";
import { isBuildPrerender } from "@/lib/server/build-phase";
import type { TShareCard } from "@/lib/share/share-card";

/** What every opengraph-image route declares: the size link previews expect. */
export const SHARE_CARD_SIZE = { width: 1200, height: 630 };

const TONES = { listed: "#b91c1c", removed: "#1d4ed8" };

// Drawn by satori inside next/og (no browser): flexbox and inline styles only, in the font next/og
// ships with, since these machines cannot fetch one. English only, for every language's pages:
// satori has no shaping engine and misdraws Burmese (lib/share/page-metadata.ts).
function ShareCard({ card, site }: { card: TShareCard; site: string }) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "56px 72px",
        background: "#1a1a1a",
        color: "#ffffff",
        borderTop: "16px solid #9f1239",
      }}
    >
      <div style={{ display: "flex", fontSize: 30, color: "#fecdd3" }}>{card.kicker}</div>
      <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
        <div style={{ display: "flex", fontSize: card.title.length > 30 ? 60 : 96, lineHeight: 1.1 }}>{card.title}</div>
        {card.badge ? (
          <div style={{ display: "flex" }}>
            <div
              style={{
                display: "flex",
                fontSize: 32,
                padding: "8px 20px",
                borderRadius: 8,
                background: TONES[card.badge.tone],
              }}
            >
              {card.badge.text}
            </div>
          </div>
        ) : null}
        {card.lines.map((line) => (
          <div key={line} style={{ display: "flex", fontSize: 34, color: "#e4e4e7" }}>
            {line}
          </div>
        ))}
      </div>
      <div style={{ display: "flex", fontSize: 28, color: "#a1a1aa" }}>{site}</div>
    </div>
  );
}

/** The card as a PNG, for an opengraph-image route to return; its last line is the host the link goes to. */
export function shareCardImage(card: TShareCard): ImageResponse {
  // The build has no settings (lib/server/build-phase.ts); what it draws is never served.
  const site = isBuildPrerender() ? "" : new URL(getEnv().APP_URL).host;
  return new ImageResponse(<ShareCard card={card} site={site} />, SHARE_CARD_SIZE);
}
