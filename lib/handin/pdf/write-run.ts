// A one-line run of text written straight into the page, as pdfkit's own text() would write it (the
// same operators, numbers and glyph codes: the PDF is byte for byte the same), from a layout made once.
// pdfkit's text() lays the run out again, and makes a string, an array and a small buffer per operator:
// for a list of 100,000 names that garbage was most of what the pack allocated, and what outlived the
// young generation filled the old one (the pack's peak memory).

/** A layout as pdfkit's EmbeddedFont.layout gives it (font units scaled to 1000 per em). */
export type TRunLayout = {
  glyphs: { id: number; advanceWidth: number; codePoints: number[] }[];
  positions: { xAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }[];
  advanceWidth: number;
};

/** The part of pdfkit's EmbeddedFont (font.js) this uses: not in its public types. */
export type TEmbeddedFont = {
  id: string;
  subset: { includeGlyph: (id: number) => number };
  widths: number[];
  unicode: number[][];
  scale: number;
  ref: () => unknown;
  layout: (text: string) => TRunLayout;
};

type TPage = { height: number; fonts: Record<string, unknown>; write: (chunk: string) => void };

// pdfkit's PDFObject.number: six decimals at most.
const num = (n: number) => Math.round(n * 1e6) / 1e6;
const hex = (gid: number) => (gid < 0x10 ? "000" : gid < 0x100 ? "00" : gid < 0x1000 ? "0" : "") + gid.toString(16);

/**
 * Writes `layout` in `font` at `size` points, its baseline at `baseline` (pdfkit's top-down
 * coordinates), starting at `x`. As pdfkit's _fragment does: one text object in a saved state, a
 * glyph moved by HarfBuzz (a mark) placed by its own text matrix, other advances as TJ adjustments.
 */
export function writeRun(
  page: TPage,
  font: TEmbeddedFont,
  layout: TRunLayout,
  x: number,
  baseline: number,
  size: number,
) {
  if (!layout.glyphs.length) return;
  page.fonts[font.id] ??= font.ref();
  const y = page.height - baseline;
  const scale = size / 1000;
  const codes: string[] = [];
  for (const glyph of layout.glyphs) {
    const gid = font.subset.includeGlyph(glyph.id);
    codes.push(hex(gid));
    font.widths[gid] ??= glyph.advanceWidth * font.scale;
    font.unicode[gid] ??= glyph.codePoints;
  }
  const { positions } = layout;
  let out = `q\n1 0 0 -1 0 ${num(page.height)} cm\nBT\n1 0 0 1 ${num(x)} ${num(y)} Tm\n/${font.id} ${num(size)} Tf`;
  let segments = "";
  let last = 0;
  let hadOffset = false;
  const addSegment = (cur: number) => {
    if (last < cur) {
      const advance = positions[cur - 1].xAdvance - positions[cur - 1].advanceWidth;
      segments += `${segments ? " " : ""}<${codes.slice(last, cur).join("")}> ${num(-advance)}`;
    }
    last = cur;
  };
  const flush = (i: number) => {
    addSegment(i);
    if (segments) out += `\n[${segments}] TJ`;
    segments = "";
  };
  let i = 0;
  for (; i < positions.length; i++) {
    const pos = positions[i];
    if (pos.xOffset || pos.yOffset) {
      flush(i);
      out += `\n1 0 0 1 ${num(x + pos.xOffset * scale)} ${num(y + pos.yOffset * scale)} Tm`;
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        out += `\n1 0 0 1 ${num(x)} ${num(y)} Tm`;
        hadOffset = false;
      }
      if (pos.xAdvance - pos.advanceWidth !== 0) addSegment(i + 1);
    }
    x += pos.xAdvance * scale;
  }
  flush(i);
  // One write: pdfkit ends each with a newline.
  page.write(`${out}\nET\nQ`);
}
