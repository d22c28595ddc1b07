// Burmese for the preview cards, shaped by HarfBuzz (harfbuzzjs, wasm) and drawn as glyph outlines.
// next/og's satori lays text out without a shaping engine: it would put the medial ြ and the vowel ေ
// after their consonant and show stacked consonants and kinzi as a visible virama. HarfBuzz applies
// the font's own Myanmar rules (reordering, stacking, mark positions), so the card reads as a browser
// draws it. Server only: the routes that draw cards import this, nothing a page ships does.
import { readFileSync } from "node:fs";
import { woffToSfnt } from "../../text/woff-to-sfnt";

type THarfBuzz = typeof import("harfbuzzjs");
type TFont = InstanceType<THarfBuzz["Font"]>;

const MYANMAR_FONT = "../../../node_modules/@fontsource/noto-sans-myanmar/files/noto-sans-myanmar-";
// Literal URLs, so the build copies exactly these files. Noto Sans Myanmar as @fontsource splits it:
// its Myanmar file, and its Latin one for the words Burmese text quotes (Burma Campaign UK).
const FACE_FILES = {
  myanmar: new URL(`${MYANMAR_FONT}myanmar-400-normal.woff`, import.meta.url),
  latin: new URL(`${MYANMAR_FONT}latin-400-normal.woff`, import.meta.url),
};
type TFace = keyof typeof FACE_FILES;

/** The characters the Myanmar file draws (its @fontsource unicode-range). */
const MYANMAR = /[\u1000-\u109f\u200c\u200d\u25cc\ua9e0-\ua9ff\uaa60-\uaa7f]/;
/** Characters either file draws, kept with the run they sit in. */
const NEUTRAL = /[ \u200b]/;

export type TShaper = {
  hb: THarfBuzz;
  fonts: Record<TFace, TFont>;
  /** Font units per em (both files share the design). */
  upem: number;
};

let loading: Promise<TShaper> | null = null;

/** HarfBuzz and the two faces, loaded once per process on the first Burmese card. */
export function loadShaper(): Promise<TShaper> {
  loading ??= (async () => {
    const hb = await import("harfbuzzjs");
    const font = (file: URL) => new hb.Font(new hb.Face(new hb.Blob(woffToSfnt(readFileSync(file)))));
    const fonts = { myanmar: font(FACE_FILES.myanmar), latin: font(FACE_FILES.latin) };
    return { hb, fonts, upem: fonts.myanmar.face.upem };
  })();
  // A failed load is not kept: the next card tries again.
  loading.catch(() => (loading = null));
  return loading;
}

/** One glyph as HarfBuzz placed it: its face, its id and its pen position, in font units. */
type TPlacedGlyph = { face: TFace; id: number; x: number; y: number };
export type TShapedLine = { glyphs: TPlacedGlyph[]; advance: number };

/** The text cut into runs of one face each (spaces stay in the run around them). */
export function faceRuns(text: string): { face: TFace; text: string }[] {
  const runs: { face: TFace; text: string }[] = [];
  for (const char of text) {
    const last = runs.at(-1);
    const face: TFace = MYANMAR.test(char) ? "myanmar" : NEUTRAL.test(char) && last ? last.face : "latin";
    if (last && last.face === face) last.text += char;
    else runs.push({ face, text: char });
  }
  return runs;
}

/** The text shaped on one line, left to right. */
export function shapeLine(shaper: TShaper, text: string): TShapedLine {
  const glyphs: TPlacedGlyph[] = [];
  let pen = 0;
  for (const run of faceRuns(text)) {
    const buffer = new shaper.hb.Buffer();
    buffer.addText(run.text);
    if (run.face === "myanmar") {
      buffer.setScript("Mymr");
      buffer.setLanguage("my");
    }
    buffer.guessSegmentProperties();
    shaper.hb.shape(shaper.fonts[run.face], buffer);
    for (const g of buffer.getGlyphInfosAndPositions()) {
      glyphs.push({ face: run.face, id: g.codepoint, x: pen + (g.xOffset ?? 0), y: g.yOffset ?? 0 });
      pen += g.xAdvance ?? 0;
    }
  }
  return { glyphs, advance: pen };
}

/**
 * The text in lines no wider than maxWidth (in font units), broken at spaces: Burmese puts a space
 * between phrases. A phrase wider than the line on its own gets a line of its own.
 */
export function wrapText(shaper: TShaper, text: string, maxWidth: number): TShapedLine[] {
  const lines: TShapedLine[] = [];
  let current: { text: string; shaped: TShapedLine } | null = null;
  for (const word of text.split(/ +/).filter(Boolean)) {
    const candidate: string = current ? `${current.text} ${word}` : word;
    const shaped = shapeLine(shaper, candidate);
    if (current && shaped.advance > maxWidth) {
      lines.push(current.shaped);
      current = { text: word, shaped: shapeLine(shaper, word) };
    } else current = { text: candidate, shaped };
  }
  if (current) lines.push(current.shaped);
  return lines;
}
