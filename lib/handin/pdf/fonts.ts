import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as fontkit from "fontkit";

// pdfkit's built-in fonts (Helvetica …) print Western European letters only, and many signers write
// their names in Burmese. The pack is set in Noto Sans and Noto Sans Myanmar (Google's Noto fonts,
// SIL Open Font Licence), as the @fontsource npm packages ship them: split by script, so each text
// is cut into runs, each set in the first face that has all its letters. Covered: Latin (with
// Vietnamese), Greek, Cyrillic, Devanagari (Nepali, Hindi) and Myanmar (Burmese, Shan, Karen, Mon).
// Not covered: Chinese, Japanese, Korean, Thai, Arabic and other scripts; such letters are printed as
// "?" and counted, and the pack says so (the hand-in CSV export has every name as typed).

const SANS = "../../../node_modules/@fontsource/noto-sans/files/noto-sans-";
const MYANMAR = "../../../node_modules/@fontsource/noto-sans-myanmar/files/noto-sans-myanmar-";

// Literal URLs, so the build copies exactly these files (a computed path would make it trace the project).
// The packages are read as files, never imported: knip.json says they are used.
const FACE_FILES = [
  [
    "latin",
    new URL(`${SANS}latin-400-normal.woff`, import.meta.url),
    new URL(`${SANS}latin-700-normal.woff`, import.meta.url),
  ],
  [
    "latin-ext",
    new URL(`${SANS}latin-ext-400-normal.woff`, import.meta.url),
    new URL(`${SANS}latin-ext-700-normal.woff`, import.meta.url),
  ],
  [
    "vietnamese",
    new URL(`${SANS}vietnamese-400-normal.woff`, import.meta.url),
    new URL(`${SANS}vietnamese-700-normal.woff`, import.meta.url),
  ],
  [
    "greek",
    new URL(`${SANS}greek-400-normal.woff`, import.meta.url),
    new URL(`${SANS}greek-700-normal.woff`, import.meta.url),
  ],
  [
    "greek-ext",
    new URL(`${SANS}greek-ext-400-normal.woff`, import.meta.url),
    new URL(`${SANS}greek-ext-700-normal.woff`, import.meta.url),
  ],
  [
    "cyrillic",
    new URL(`${SANS}cyrillic-400-normal.woff`, import.meta.url),
    new URL(`${SANS}cyrillic-700-normal.woff`, import.meta.url),
  ],
  [
    "cyrillic-ext",
    new URL(`${SANS}cyrillic-ext-400-normal.woff`, import.meta.url),
    new URL(`${SANS}cyrillic-ext-700-normal.woff`, import.meta.url),
  ],
  [
    "devanagari",
    new URL(`${SANS}devanagari-400-normal.woff`, import.meta.url),
    new URL(`${SANS}devanagari-700-normal.woff`, import.meta.url),
  ],
  [
    "myanmar",
    new URL(`${MYANMAR}myanmar-400-normal.woff`, import.meta.url),
    new URL(`${MYANMAR}myanmar-700-normal.woff`, import.meta.url),
  ],
] as const;

export type TFace = { name: string; regular: Buffer; bold: Buffer; covers: (codePoint: number) => boolean };

let loaded: TFace[] | undefined;

/** The faces, read once per process (about 0.5 MB), in the order they are tried. */
export function packFaces(): TFace[] {
  loaded ??= FACE_FILES.map(([name, regularUrl, boldUrl]) => {
    const regular = readFileSync(fileURLToPath(regularUrl));
    const font = fontkit.create(regular) as fontkit.Font;
    return {
      name,
      regular,
      bold: readFileSync(fileURLToPath(boldUrl)),
      covers: (codePoint: number) => font.hasGlyphForCodePoint(codePoint),
    };
  });
  return loaded;
}

export type TRun = { face: string; text: string };

/** Runs of text, each with the face to set it in; letters no face has become "?" and are counted. */
export function splitRuns(text: string, faces: TFace[] = packFaces()): { runs: TRun[]; missing: number } {
  const runs: TRun[] = [];
  let missing = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    const last = runs.at(-1);
    // Spaces and joiners stay in the run they are in: every face has them.
    const keep = last && (codePoint <= 0x20 || (codePoint >= 0x200b && codePoint <= 0x200d));
    const face = keep ? undefined : faces.find((f) => f.covers(codePoint));
    if (!keep && !face) missing++;
    const faceName = keep ? last.face : (face?.name ?? faces[0].name);
    const shown = keep || face ? char : "?";
    if (last?.face === faceName) last.text += shown;
    else runs.push({ face: faceName, text: shown });
  }
  return { runs, missing };
}
