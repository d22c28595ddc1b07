import type { TShapedLine, TShaper } from "./shape-text";

const round = (n: number) => Math.round(n * 100) / 100;

// The line box, in font units above and below the baseline. The font's own (1324 above, 860 below:
// room for Mon and Shan marks) would make the Burmese card's lines far apart, and it cannot fit in
// 630 px. Burmese ink reaches 1003 above and 536 below (measured with stacked letters); a line
// whose ink goes further gets a taller box, so nothing is cut off.
const BOX = { above: 1050, below: 560 };

/** How far the line's ink reaches above and below the baseline, at least the usual box. */
function lineBox(shaper: TShaper, line: TShapedLine) {
  let { above, below } = BOX;
  for (const glyph of line.glyphs) {
    const ink = shaper.fonts[glyph.face].glyphExtents(glyph.id);
    if (!ink) continue;
    above = Math.max(above, glyph.y + ink.yBearing);
    below = Math.max(below, -(glyph.y + ink.yBearing + ink.height));
  }
  return { above, below };
}

/**
 * A shaped line as one SVG path: each glyph's outline moved to where HarfBuzz placed it, scaled from
 * font units to pixels and turned upright (fonts draw with y up, SVG with y down), the baseline
 * `baseline` font units from the top.
 */
export function linePath(shaper: TShaper, line: TShapedLine, fontSize: number, baseline: number): string {
  const scale = fontSize / shaper.upem;
  const parts: string[] = [];
  for (const glyph of line.glyphs) {
    for (const command of shaper.fonts[glyph.face].glyphToJson(glyph.id)) {
      const values = command.values.map((v, i) =>
        i % 2 === 0 ? round((glyph.x + v) * scale) : round((baseline - glyph.y - v) * scale),
      );
      parts.push(command.type + values.join(" "));
    }
  }
  return parts.join("");
}

export type TLineImage = { src: string; width: number; height: number };

/** The line as an SVG image for satori's <img>: a data URI and its size in pixels. */
export function lineImage(shaper: TShaper, line: TShapedLine, fontSize: number, colour: string): TLineImage {
  const scale = fontSize / shaper.upem;
  const box = lineBox(shaper, line);
  const width = Math.ceil(line.advance * scale);
  const height = Math.ceil((box.above + box.below) * scale);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<path fill="${colour}" d="${linePath(shaper, line, fontSize, box.above)}"/></svg>`;
  return { src: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`, width, height };
}
