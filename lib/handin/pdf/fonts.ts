import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { woffToSfnt } from "../../text/woff-to-sfnt";

// pdfkit's built-in fonts (Helvetica …) print Western European letters only, and signers write their
// names in their own scripts. The pack is set in Google's Noto fonts (SIL Open Font Licence) as the
// @fontsource npm packages ship them: split by script, so each text is cut into runs, each set in the
// first face that has its letters. Covered: Latin (with Vietnamese), Greek, Cyrillic, Devanagari,
// Myanmar, Thai, Arabic, Hebrew, Japanese, Korean and Chinese (each package's one file for its script:
// the characters in common use, about 7,000 to 11,000 each; a rarer one prints as "?", is counted, and
// the pack says so; the hand-in CSV export has every name as typed). pdfkit embeds only the glyphs a
// pack uses. Every face is shaped by HarfBuzz (./harfbuzz-layout.ts), as the share cards are.

const SANS = "../../../node_modules/@fontsource/noto-sans/files/noto-sans-";
const MYANMAR = "../../../node_modules/@fontsource/noto-sans-myanmar/files/noto-sans-myanmar-";
const THAI = "../../../node_modules/@fontsource/noto-sans-thai/files/noto-sans-thai-";
const ARABIC = "../../../node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-";
const HEBREW = "../../../node_modules/@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-";
const JP = "../../../node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-";
const KR = "../../../node_modules/@fontsource/noto-sans-kr/files/noto-sans-kr-";
const SC = "../../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-";

type TFaceFile = {
  name: string;
  regular: URL;
  /** None for Chinese, Japanese and Korean (1.4 MB each): names are set in the regular weight. */
  bold?: URL;
  /** Letters this face may have; the file is read only when a text has one (the others are small). */
  script?: RegExp;
  /** Written right to left. */
  rtl?: boolean;
};

// Literal URLs, so the build copies exactly these files (a computed path would make it trace the project).
// The packages are read as files, never imported: knip.json says they are used.
const FACE_FILES: TFaceFile[] = [
  {
    name: "latin",
    regular: new URL(`${SANS}latin-400-normal.woff`, import.meta.url),
    bold: new URL(`${SANS}latin-700-normal.woff`, import.meta.url),
  },
  {
    name: "latin-ext",
    regular: new URL(`${SANS}latin-ext-400-normal.woff`, import.meta.url),
    bold: new URL(`${SANS}latin-ext-700-normal.woff`, import.meta.url),
  },
  {
    name: "vietnamese",
    regular: new URL(`${SANS}vietnamese-400-normal.woff`, import.meta.url),
    bold: new URL(`${SANS}vietnamese-700-normal.woff`, import.meta.url),
  },
  {
    name: "greek",
    regular: new URL(`${SANS}greek-400-normal.woff`, import.meta.url),
    bold: new URL(`${SANS}greek-700-normal.woff`, import.meta.url),
  },
  {
    name: "greek-ext",
    regular: new URL(`${SANS}greek-ext-400-normal.woff`, import.meta.url),
    bold: new URL(`${SANS}greek-ext-700-normal.woff`, import.meta.url),
  },
  {
    name: "cyrillic",
    regular: new URL(`${SANS}cyrillic-400-normal.woff`, import.meta.url),
    bold: new URL(`${SANS}cyrillic-700-normal.woff`, import.meta.url),
  },
  {
    name: "cyrillic-ext",
    regular: new URL(`${SANS}cyrillic-ext-400-normal.woff`, import.meta.url),
    bold: new URL(`${SANS}cyrillic-ext-700-normal.woff`, import.meta.url),
  },
  {
    name: "devanagari",
    regular: new URL(`${SANS}devanagari-400-normal.woff`, import.meta.url),
    bold: new URL(`${SANS}devanagari-700-normal.woff`, import.meta.url),
  },
  {
    name: "myanmar",
    regular: new URL(`${MYANMAR}myanmar-400-normal.woff`, import.meta.url),
    bold: new URL(`${MYANMAR}myanmar-700-normal.woff`, import.meta.url),
  },
  {
    name: "thai",
    regular: new URL(`${THAI}thai-400-normal.woff`, import.meta.url),
    bold: new URL(`${THAI}thai-700-normal.woff`, import.meta.url),
    script: /\p{Script=Thai}/u,
  },
  {
    name: "arabic",
    regular: new URL(`${ARABIC}arabic-400-normal.woff`, import.meta.url),
    bold: new URL(`${ARABIC}arabic-700-normal.woff`, import.meta.url),
    script: /\p{Script=Arabic}/u,
    rtl: true,
  },
  {
    name: "hebrew",
    regular: new URL(`${HEBREW}hebrew-400-normal.woff`, import.meta.url),
    bold: new URL(`${HEBREW}hebrew-700-normal.woff`, import.meta.url),
    script: /\p{Script=Hebrew}/u,
    rtl: true,
  },
  {
    name: "japanese",
    regular: new URL(`${JP}japanese-400-normal.woff`, import.meta.url),
    script: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\u3000-\u303f\u30fc\uff00-\uffef]/u,
  },
  {
    name: "korean",
    regular: new URL(`${KR}korean-400-normal.woff`, import.meta.url),
    script: /[\p{Script=Hangul}\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u,
  },
  {
    name: "chinese",
    regular: new URL(`${SC}chinese-simplified-400-normal.woff`, import.meta.url),
    script: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u,
  },
];

type THarfBuzz = typeof import("harfbuzzjs");
export type THbFont = InstanceType<THarfBuzz["Font"]>;

/** One weight of a face: its plain TrueType bytes (what pdfkit embeds a subset of) and HarfBuzz's font. */
type TFaceWeight = { sfnt: Buffer; hb: THbFont };

export type TFace = {
  name: string;
  rtl: boolean;
  /** Whether the face has a glyph for the letter (reads its file the first time it may). */
  covers: (codePoint: number) => boolean;
  weight: (bold: boolean) => TFaceWeight;
};

export type TPackFonts = { hb: THarfBuzz; faces: TFace[] };

let loading: Promise<TPackFonts> | undefined;

function faceOf(hb: THarfBuzz, file: TFaceFile): TFace {
  const weights: { regular?: TFaceWeight; bold?: TFaceWeight } = {};
  const read = (url: URL): TFaceWeight => {
    const plain = woffToSfnt(readFileSync(fileURLToPath(url)));
    const sfnt = Buffer.from(plain.buffer, plain.byteOffset, plain.byteLength); // the same bytes, not a copy
    return { sfnt, hb: new hb.Font(new hb.Face(new hb.Blob(sfnt))) };
  };
  const regular = () => (weights.regular ??= read(file.regular));
  const covered = new Map<number, boolean>();
  return {
    name: file.name,
    rtl: file.rtl ?? false,
    covers(codePoint) {
      let has = covered.get(codePoint);
      if (has === undefined) {
        has =
          (!file.script || file.script.test(String.fromCodePoint(codePoint))) &&
          (regular().hb.nominalGlyph(codePoint) ?? 0) > 0;
        // Remembered for the letters of the scripts the pack expects; a stray letter is looked up again.
        if (covered.size < 20_000) covered.set(codePoint, has);
      }
      return has;
    },
    weight: (bold) => (bold && file.bold ? (weights.bold ??= read(file.bold)) : regular()),
  };
}

/** HarfBuzz and the faces, once per process; a face's file is read the first time a text needs it. */
export function loadPackFonts(): Promise<TPackFonts> {
  loading ??= (async () => {
    const hb = await import("harfbuzzjs");
    return { hb, faces: FACE_FILES.map((file) => faceOf(hb, file)) };
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

export type TRun = { face: TFace; text: string };

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const SPACE = (codePoint: number) => codePoint <= 0x20 || (codePoint >= 0x200b && codePoint <= 0x200d);

/**
 * Chinese characters are shared by Chinese, Japanese and Korean, drawn a little differently in each:
 * a name with kana is set in the Japanese face, one with Hangul in the Korean; a name in Chinese
 * characters alone in the face of the country its owner lives in (Japan, Korea), else the Chinese.
 */
const ordered = new WeakMap<TFace[], Map<string, TFace[]>>();

function facesFor(text: string, faces: TFace[], countryCode: string | null): TFace[] {
  const first =
    KANA.test(text) || (!HANGUL.test(text) && countryCode === "JP")
      ? "japanese"
      : HANGUL.test(text) || countryCode === "KR" || countryCode === "KP"
        ? "korean"
        : "chinese";
  // Three orders at most, made once: this runs for every line of a pack.
  let orders = ordered.get(faces);
  if (!orders) ordered.set(faces, (orders = new Map()));
  let order = orders.get(first);
  if (!order) orders.set(first, (order = cjkFirst(faces, first)));
  return order;
}

function cjkFirst(faces: TFace[], first: string): TFace[] {
  const cjk = ["japanese", "korean", "chinese"];
  const at = faces.findIndex((f) => cjk.includes(f.name));
  if (at < 0) return faces;
  const rest = faces.filter((f) => !cjk.includes(f.name));
  const ordered = [
    ...faces.filter((f) => f.name === first),
    ...faces.filter((f) => cjk.includes(f.name) && f.name !== first),
  ];
  return [...rest.slice(0, at), ...ordered, ...rest.slice(at)];
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const isPrintableAscii = (text: string) => PRINTABLE_ASCII.test(text);
function coversAll(face: TFace | undefined, text: string): boolean {
  if (!face) return false;
  for (let i = 0; i < text.length; i++) if (!face.covers(text.charCodeAt(i))) return false;
  return true;
}

/** Runs of text in logical order, each with the face to set it in; letters no face has become "?" and are counted. */
export function splitRuns(
  text: string,
  allFaces: TFace[],
  countryCode: string | null = null,
): { runs: TRun[]; missing: number } {
  // Plain ASCII (most names, every number), when the first face has it all: one run, with no
  // string made per letter (this runs for every line of a pack of 100,000 names).
  if (isPrintableAscii(text) && coversAll(allFaces[0], text))
    return { runs: [{ face: allFaces[0], text }], missing: 0 };
  const faces = facesFor(text, allFaces, countryCode);
  const runs: TRun[] = [];
  let missing = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    const last = runs.at(-1);
    // Spaces and joiners stay in the run they are in, if its face has them.
    const keep = last && SPACE(codePoint) && (codePoint > 0x20 || last.face.covers(codePoint));
    const face = keep ? last.face : faces.find((f) => f.covers(codePoint));
    if (!face) missing++;
    const shownFace = face ?? faces[0];
    const shown = face ? char : "?";
    if (last?.face === shownFace) last.text += shown;
    else runs.push({ face: shownFace, text: shown });
  }
  return { runs, missing };
}
