import { ImageResponse } from "next/og";
import { getEnv } from "@/lib/env";
import { isBuildPrerender } from "@/lib/server/build-phase";
import type { TLang } from "@/lib/i18n/languages";
import { shapeCard, type TShapedCard } from "@/lib/share/card-text/shaped-card";
import type { TLineImage } from "@/lib/share/card-text/line-svg";
import type { TShareCard } from "@/lib/share/share-card";

/** What every opengraph-image route declares: the size link previews expect. */
export const SHARE_CARD_SIZE = { width: 1200, height: 630 };

const TONES = { listed: "#b91c1c", removed: "#1d4ed8" };

// Drawn by satori inside next/og (no browser): flexbox and inline styles only. English is satori's
// text, in the font next/og ships with. Satori has no shaping engine and would misdraw Burmese, so a
// Burmese card's words come already shaped, as one image per line (lib/share/card-text/); only the
// site's host stays text.
function ShareCard({ card, shaped, site }: { card: TShareCard; shaped?: TShapedCard; site: string }) {
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
      <div style={{ display: "flex", fontSize: 30, color: "#fecdd3" }}>
        {shaped ? <Lines lines={shaped.kicker} /> : card.kicker}
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
        <div style={{ display: "flex", fontSize: card.title.length > 30 ? 60 : 96, lineHeight: 1.1 }}>
          {shaped ? <Lines lines={shaped.title} /> : card.title}
        </div>
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
              {shaped?.badge ? <Lines lines={shaped.badge.lines} /> : card.badge.text}
            </div>
          </div>
        ) : null}
        {card.lines.map((line, i) => (
          <div key={line} style={{ display: "flex", fontSize: 34, color: "#e4e4e7" }}>
            {shaped ? <Lines lines={shaped.lines[i]} /> : line}
          </div>
        ))}
      </div>
      <div style={{ display: "flex", fontSize: 28, color: "#a1a1aa" }}>{site}</div>
    </div>
  );
}

/** Shaped lines, one under the other; each image is its line's exact size, so nothing is scaled. */
function Lines({ lines }: { lines: TLineImage[] }) {
  return (
    <div style={{ display: "flex", flexDirection: "column" }}>
      {lines.map((line, i) => (
        // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, not next/image
        <img key={i} src={line.src} width={line.width} height={line.height} alt="" />
      ))}
    </div>
  );
}

// The build has no settings (lib/server/build-phase.ts); what it draws is never served.
const siteHost = () => (isBuildPrerender() ? "" : new URL(getEnv().APP_URL).host);

/** The card as a PNG, for an opengraph-image route to return; its last line is the host the link goes to. */
export function shareCardImage(card: TShareCard): ImageResponse {
  return new ImageResponse(<ShareCard card={card} site={siteHost()} />, SHARE_CARD_SIZE);
}

/** The card in the page's language: English as above, any other shaped first (HarfBuzz, loaded once). */
export async function localShareCardImage(card: TShareCard, lang: TLang): Promise<ImageResponse> {
  if (lang === "en") return shareCardImage(card);
  return new ImageResponse(<ShareCard card={card} shaped={await shapeCard(card)} site={siteHost()} />, SHARE_CARD_SIZE);
}
