// A preview card's words as shaped line images (components/share/ShareCard.tsx lays them out), for
// languages satori cannot shape. The English card's colours; sizes a little smaller, since Burmese
// letters are taller than Latin ones at the same size and its lines need more room (line-svg.ts).
import type { TShareCard } from "../share-card";
import { lineImage, type TLineImage } from "./line-svg";
import { loadShaper, shapeLine, wrapText, type TShaper } from "./shape-text";

export type TShapedCard = {
  kicker: TLineImage[];
  title: TLineImage[];
  badge?: { lines: TLineImage[]; tone: "listed" | "removed" };
  lines: TLineImage[][];
};

/** The card's inner width: 1200 less its 72 px padding either side. */
const WIDTH = 1200 - 2 * 72;
/** The badge's text width: its 20 px padding either side. */
const BADGE_WIDTH = WIDTH - 2 * 20;

const CARD_TEXT = {
  kicker: { size: 28, colour: "#fecdd3" },
  title: { size: 80, smallSize: 56, colour: "#ffffff" },
  badge: { size: 28, colour: "#ffffff" },
  line: { size: 30, colour: "#e4e4e7" },
};

function wrapped(shaper: TShaper, text: string, size: number, colour: string, width: number): TLineImage[] {
  const maxUnits = (width * shaper.upem) / size;
  return wrapText(shaper, text, maxUnits).map((line) => lineImage(shaper, line, size, colour));
}

export async function shapeCard(card: TShareCard): Promise<TShapedCard> {
  const shaper = await loadShaper();
  const { kicker, title, badge, line } = CARD_TEXT;
  // The English card's rule, by width instead of length: large when the name fits on one line.
  const titleFits = shapeLine(shaper, card.title).advance * (title.size / shaper.upem) <= WIDTH;
  return {
    kicker: wrapped(shaper, card.kicker, kicker.size, kicker.colour, WIDTH),
    title: wrapped(shaper, card.title, titleFits ? title.size : title.smallSize, title.colour, WIDTH),
    badge: card.badge && {
      lines: wrapped(shaper, card.badge.text, badge.size, badge.colour, BADGE_WIDTH),
      tone: card.badge.tone,
    },
    lines: card.lines.map((text) => wrapped(shaper, text, line.size, line.colour, WIDTH)),
  };
}
