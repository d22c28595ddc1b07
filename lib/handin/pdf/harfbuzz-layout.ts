import type { THbFont, TPackFonts } from "./fonts";

// pdfkit lays text out with fontkit, which has no shaper for Burmese and gets others wrong; the share
// cards shape with HarfBuzz (lib/share/card-text/). So does the pack: each face pdfkit embeds is given
// a layout that asks HarfBuzz for the glyphs and their positions, and pdfkit only subsets, embeds and
// places them. HarfBuzz puts Burmese vowels and medials before their consonant, stacks consonants,
// joins Arabic letters, and returns a right-to-left run in the order it is drawn.

type THb = TPackFonts["hb"];

/** A glyph as pdfkit's layout gives it: its id, its own advance (font units) and the letters it stands for. */
type TLaidGlyph = { id: number; advanceWidth: number; codePoints: number[] };
type TPosition = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number };
type TLayout = { glyphs: TLaidGlyph[]; positions: TPosition[]; advanceWidth: number };

/** The part of pdfkit's EmbeddedFont (pdfkit's font.js) this changes: not in its public types. */
type TEmbeddedFont = {
  scale: number;
  layoutCache?: Record<string, TLayout>;
  layoutRun: (text: string) => TLayout;
  layout: (text: string, features?: unknown, onlyWidth?: boolean) => TLayout;
  font: { getGlyph: (id: number) => { codePoints: number[] } };
};

export type TShapedGlyph = {
  id: number;
  cluster: number;
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
};

let shared: { hb: THb; buffer: InstanceType<THb["Buffer"]> } | undefined;

/** The text shaped by HarfBuzz in one run, glyphs in the order they are drawn (left to right). */
export function shapeRun(hb: THb, font: THbFont, text: string, rtl: boolean): TShapedGlyph[] {
  // One buffer, reused: a new one per word would leave freeing HarfBuzz's memory to the garbage collector.
  if (shared?.hb !== hb) shared = { hb, buffer: new hb.Buffer() };
  const { buffer } = shared;
  buffer.reset();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  buffer.setDirection(rtl ? hb.Direction.RTL : hb.Direction.LTR);
  hb.shape(font, buffer);
  // The two plain lists: getGlyphInfosAndPositions defines extra properties on every glyph, which
  // makes a pack of 100,000 names slower and leaves more garbage.
  const positions = buffer.getGlyphPositions();
  return buffer.getGlyphInfos().map((g, i) => ({
    id: g.codepoint,
    cluster: g.cluster,
    xAdvance: positions[i]?.xAdvance ?? 0,
    yAdvance: positions[i]?.yAdvance ?? 0,
    xOffset: positions[i]?.xOffset ?? 0,
    yOffset: positions[i]?.yOffset ?? 0,
  }));
}

/**
 * The letters each glyph stands for, for the PDF's text layer (copying, searching, screen readers). A
 * glyph that is a letter's own (in the font's character map) stands for that letter; one HarfBuzz put
 * in a letter's place (a joined Arabic form, a stacked consonant, a ligature) stands for the letters of
 * its cluster that no other glyph does. pdfkit keeps one text per glyph, so glyphs map the same
 * everywhere. A right-to-left ligature's letters are given in drawn order, as its glyphs are.
 */
export function glyphLetters(
  text: string,
  glyphs: TShapedGlyph[],
  rtl: boolean,
  nominal: (codePoint: number) => number | undefined,
  ownLetters: (glyphId: number) => number[],
): number[][] {
  // Most runs (Latin names, numbers) are one glyph per letter, each the letter's own: said so without
  // the cluster bookkeeping below, which made most of a large pack's garbage.
  const oneToOne = oneGlyphPerLetter(text, glyphs, nominal);
  if (oneToOne) return oneToOne;
  const starts = [...new Set(glyphs.map((g) => g.cluster))].sort((a, b) => a - b);
  const lettersOf = (cluster: number) => {
    const end = starts.find((s) => s > cluster) ?? text.length;
    return [...text.slice(cluster, end)].map((c) => c.codePointAt(0)!);
  };
  const result: number[][] = glyphs.map(() => []);
  for (const cluster of starts) {
    const members = glyphs.flatMap((g, i) => (g.cluster === cluster ? [i] : []));
    const unclaimed = lettersOf(cluster);
    const substitutes: number[] = [];
    for (const i of members) {
      const { id } = glyphs[i];
      const at = unclaimed.findIndex((cp) => nominal(cp) === id);
      if (at >= 0) {
        result[i] = unclaimed.splice(at, 1);
        continue;
      }
      // A letter HarfBuzz split in two (Thai SARA AM is NIKHAHIT and SARA AA): this glyph is one part.
      const split = unclaimed.findIndex((cp) => partsOf(cp).some((part) => nominal(part) === id));
      if (split >= 0) {
        const parts = partsOf(unclaimed[split]);
        const part = parts.find((p) => nominal(p) === id)!;
        unclaimed.splice(split, 1, ...parts.filter((p) => p !== part));
        result[i] = [part];
        continue;
      }
      const own = ownLetters(id).filter((cp) => cp > 0x20 && (cp < 0x7f || cp > 0x9f) && nominal(cp) === id);
      if (own.length) result[i] = [own[0]];
      else substitutes.push(i);
    }
    // Substitutes take the letters left, one each in order and the last the rest (a stacked consonant
    // stands for the virama and the consonant).
    // Glyphs that advance (letters) before marks. A glyph left with no letter (Noto Sans Arabic draws
    // BEH as a dotless form and a dot) gets COMBINING GRAPHEME JOINER, which nothing displays: an empty
    // text would make readers show the glyph's number instead.
    substitutes.sort((a, b) => Number(glyphs[b].xAdvance > 0) - Number(glyphs[a].xAdvance > 0) || a - b);
    substitutes.forEach((i, n) => {
      const letters = n === substitutes.length - 1 ? unclaimed.splice(0) : unclaimed.splice(0, 1);
      result[i] = letters.length ? (rtl ? letters.reverse() : letters) : [NO_LETTER];
    });
  }
  return result;
}

/** Each glyph's letter when glyph i is the font's own glyph for letter i (left to right), else null. */
function oneGlyphPerLetter(
  text: string,
  glyphs: TShapedGlyph[],
  nominal: (codePoint: number) => number | undefined,
): number[][] | null {
  const result: number[][] = [];
  let at = 0;
  for (const glyph of glyphs) {
    if (at >= text.length || glyph.cluster !== at) return null;
    const codePoint = text.codePointAt(at)!;
    if (nominal(codePoint) !== glyph.id) return null;
    result.push([codePoint]);
    at += codePoint > 0xffff ? 2 : 1;
  }
  return at === text.length ? result : null;
}

const NO_LETTER = 0x034f;
const partsOf = (codePoint: number) =>
  [...String.fromCodePoint(codePoint).normalize("NFKD")].map((c) => c.codePointAt(0)!);

const patched = new WeakSet<object>();

/**
 * Makes pdfkit lay text out in this face with HarfBuzz. Left-to-right text keeps pdfkit's own
 * word-by-word cache; right-to-left text is shaped a whole line at once, so its words come out
 * right to left.
 */
export function layOutWithHarfBuzz(hb: THb, embedded: unknown, font: THbFont, rtl: boolean) {
  if (patched.has(embedded as object)) return;
  patched.add(embedded as object);
  const target = embedded as TEmbeddedFont;
  const own = new Map<number, number[]>();
  const ownLetters = (id: number) => {
    let letters = own.get(id);
    if (!letters) own.set(id, (letters = target.font.getGlyph(id).codePoints));
    return letters;
  };
  const nominal = (codePoint: number) => font.nominalGlyph(codePoint);
  target.layoutRun = (text: string): TLayout => {
    const shaped = shapeRun(hb, font, text, rtl);
    const letters = glyphLetters(text, shaped, rtl, nominal, ownLetters);
    const s = target.scale;
    const glyphs: TLaidGlyph[] = [];
    const positions: TPosition[] = [];
    let advanceWidth = 0;
    shaped.forEach((g, i) => {
      const nominalAdvance = font.glyphHAdvance(g.id);
      glyphs.push({ id: g.id, advanceWidth: nominalAdvance, codePoints: letters[i] });
      positions.push({
        xAdvance: g.xAdvance * s,
        yAdvance: g.yAdvance * s,
        xOffset: g.xOffset * s,
        yOffset: g.yOffset * s,
        advanceWidth: nominalAdvance * s,
      });
      advanceWidth += g.xAdvance;
    });
    return { glyphs, positions, advanceWidth: advanceWidth * s };
  };
  // A right-to-left name is measured and then drawn: kept in pdfkit's cache, emptied every few pages.
  if (rtl)
    target.layout = (text: string) => {
      const cache = target.layoutCache;
      if (!cache) return target.layoutRun(text);
      return (cache[text] ??= target.layoutRun(text));
    };
}
