import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { my } from "@/lib/i18n/messages/my";
import { MYANMAR_FONT_URL, MYANMAR_PLACEHOLDER_FACE } from "@/lib/text/myanmar-font-files";

// The bundled font is cut to Burmese (scripts/subset-myanmar-font.sh): everything the site writes in
// Burmese must be in it, or a reader would see it in another font (or as boxes).
const FONT = path.join(import.meta.dirname, "fonts/noto-sans-myanmar-burmese-400.woff2");
const FACES = readFileSync(path.join(import.meta.dirname, "fonts/myanmar-faces.css"), "utf8");
const SEED = path.join(process.cwd(), "prisma/data/translations/my.json");

function inlinedBytes(css: string, family: string): Buffer {
  const face = new RegExp(`font-family: ?"${family}";[^}]*?base64,([A-Za-z0-9+/=]+)`).exec(css);
  expect(face, family).not.toBeNull();
  return Buffer.from(face![1], "base64");
}
const inlinedFont = (css: string, family: string) => fontkit.create(inlinedBytes(css, family)) as fontkit.Font;

describe("the bundled Burmese font", () => {
  it("has a glyph for every Myanmar character of the catalogue and the seed's translations", () => {
    const font = fontkit.create(readFileSync(FONT)) as fontkit.Font;
    const text = JSON.stringify(my) + readFileSync(SEED, "utf8");
    const myanmar = new Set([...text].filter((c) => c >= "\u1000" && c <= "\u109f"));
    expect(myanmar.size).toBeGreaterThan(50);
    const missing = [...myanmar].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));
    expect(missing).toEqual([]);
    // Within the subset's range, so the unicode-range in myanmar-faces.css sends them to it.
    for (const c of myanmar) expect(c <= "\u104f", c).toBe(true);
  });

  it("stays small: at most 30 KB", () => {
    expect(readFileSync(FONT).length).toBeLessThanOrEqual(30 * 1024);
  });

  it("is served under a name made of its content, so a year's caching never serves an old one", () => {
    const served = readdirSync("public/fonts").filter((f) => f.endsWith(".woff2"));
    expect(served).toEqual([path.basename(MYANMAR_FONT_URL)]);
    const bytes = readFileSync(path.join("public/fonts", served[0]));
    expect(bytes.equals(readFileSync(FONT))).toBe(true);
    expect(served[0]).toContain(createHash("sha256").update(bytes).digest("hex").slice(0, 8));
    expect(FACES).toContain(`url("${MYANMAR_FONT_URL}")`);
  });

  it("the language link's subset draws every letter of its name, in under 2 KB", () => {
    const font = inlinedFont(FACES, "Myanmar Language Name");
    for (const c of my.languageName) expect(font.hasGlyphForCodePoint(c.codePointAt(0)!), c).toBe(true);
    expect(font.familyName).toBe("Noto Sans Myanmar");
    expect(inlinedBytes(FACES, "Myanmar Language Name").length).toBeLessThan(2 * 1024);
    // Its unicode-range is exactly the name's letters, so no other Burmese text is sent to it.
    const range = /Myanmar Language Name[^}]*unicode-range: ([^;]+);/.exec(FACES)![1];
    const letters = [...new Set(my.languageName)].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`);
    expect(range.split(", ").sort()).toEqual(letters.sort());
  });

  it("the blank stand-in has the font's characters and advance widths, and no outlines", () => {
    const font = fontkit.create(readFileSync(FONT)) as fontkit.Font;
    const blank = inlinedFont(MYANMAR_PLACEHOLDER_FACE.replace(/font-family:/, "font-family: "), "Myanmar Placeholder");
    for (const c of "ကခဂငမြန်မာ၀၉") {
      const cp = c.codePointAt(0)!;
      expect(blank.hasGlyphForCodePoint(cp), c).toBe(true);
      expect(blank.glyphForCodePoint(cp).advanceWidth, c).toBe(font.glyphForCodePoint(cp).advanceWidth);
      expect(blank.glyphForCodePoint(cp).path.commands, c).toEqual([]);
    }
    expect([blank.ascent, blank.descent]).toEqual([font.ascent, font.descent]);
    expect(blank.familyName).toBe("Myanmar Placeholder");
    expect(inlinedBytes(FACES, "Myanmar Placeholder").length).toBeLessThan(8 * 1024);
  });

  it("the blank stand-in shapes as the font does: every glyph's width and the font's substitutions", () => {
    // A character's own width is not the width of Burmese text: shaping swaps glyphs (medial ra's wide
    // forms, stacked consonants, kinzi), so a stand-in without the font's GSUB lays lines out up to 7%
    // off, and a word that moves to the next line when the font arrives shifts the page (CLS 0.08 on
    // /my/about at 400 kbps). GPOS only moves marks, never an advance, so the stand-in goes without it.
    const font = fontkit.create(readFileSync(FONT)) as fontkit.Font;
    const blank = inlinedFont(MYANMAR_PLACEHOLDER_FACE.replace(/font-family:/, "font-family: "), "Myanmar Placeholder");
    expect(blank.numGlyphs).toBe(font.numGlyphs);
    for (let id = 0; id < font.numGlyphs; id++)
      expect(blank.getGlyph(id).advanceWidth, `glyph ${id}`).toBe(font.getGlyph(id).advanceWidth);
    const substitutions = (f: fontkit.Font) =>
      (f as unknown as { GSUB?: { featureList: { tag: string }[] } }).GSUB?.featureList.map((x) => x.tag);
    expect(substitutions(blank)).toEqual(substitutions(font));
    expect(substitutions(font)?.length).toBeGreaterThan(5);
  });
});
