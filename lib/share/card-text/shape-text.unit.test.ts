import { describe, expect, it } from "vitest";
import { messagesFor } from "../../i18n/messages";
import { countryCard } from "../share-card";
import { lineImage, linePath } from "./line-svg";
import { faceRuns, loadShaper, shapeLine, wrapText, type TShaper } from "./shape-text";
import { woffToSfnt } from "../../text/woff-to-sfnt";

// Expectations come from the font's own glyph names (HarfBuzz reads them), never from glyph ids.
const names = (shaper: TShaper, text: string) =>
  shapeLine(shaper, text).glyphs.map((g) => shaper.fonts[g.face].glyphName(g.id));
const nominal = (shaper: TShaper, char: string) =>
  shaper.fonts.myanmar.glyphName(shaper.fonts.myanmar.nominalGlyph(char.codePointAt(0)!)!);

describe("Burmese shaped for the preview cards", () => {
  it("puts the medial ြ and the vowel ေ before their consonant, as they are drawn", async () => {
    const shaper = await loadShaper();
    const myanmar = names(shaper, "မြန်မာ");
    expect(myanmar.indexOf(nominal(shaper, "ြ"))).toBe(0);
    expect(myanmar.indexOf(nominal(shaper, "မ"))).toBe(1);
    expect(names(shaper, "မေ")).toEqual([nominal(shaper, "ေ"), nominal(shaper, "မ")]);
  });

  it("stacks ဒ္ဓ and the kinzi of မင်္ဂလာ, with no visible virama", async () => {
    const shaper = await loadShaper();
    const buddha = names(shaper, "ဗုဒ္ဓ");
    const virama = nominal(shaper, "္");
    expect(buddha).not.toContain(virama);
    // The stacked ဓ is the font's below-base form of it, not the letter itself.
    const dha = nominal(shaper, "ဓ");
    expect(buddha.at(-1)).not.toBe(dha);
    expect(buddha.at(-1)?.startsWith(dha)).toBe(true);
    const stacked = shapeLine(shaper, "ဗုဒ္ဓ").glyphs.at(-1)!;
    expect(shaper.fonts.myanmar.glyphHAdvance(stacked.id)).toBe(0);

    const mingala = names(shaper, "မင်္ဂလာ");
    for (const char of ["င", "်", "္"]) expect(mingala).not.toContain(nominal(shaper, char));
  });

  it("sets every Burmese card's words with glyphs the fonts have", async () => {
    const shaper = await loadShaper();
    const cards = [
      countryCard({ name: "ဂျပန်", status: "LISTED", statusDate: null, addedBy: null, evidenceCount: 3 }, "my"),
      countryCard(
        { name: "x", status: "REMOVED", statusDate: new Date("2021-03-07"), addedBy: "o", evidenceCount: 1 },
        "my",
      ),
      countryCard(
        { name: "x", status: "LISTED", statusDate: new Date("2024-05-01"), addedBy: "o", evidenceCount: 2 },
        "my",
      ),
    ];
    const texts = [
      ...Object.values(messagesFor("my").shareCard).flatMap((v) => (typeof v === "string" ? v : Object.values(v))),
      ...cards.flatMap((c) => [c.badge!.text, ...c.lines]),
    ];
    for (const text of texts)
      expect(
        shapeLine(shaper, text).glyphs.filter((g) => g.id === 0),
        text,
      ).toEqual([]);
  });

  it("keeps the Latin words Burmese quotes in the Latin file, spaces with their run", () => {
    expect(faceRuns("Burma Campaign UK ၏ ၂၀၂၁")).toEqual([
      { face: "latin", text: "Burma Campaign UK " },
      { face: "myanmar", text: "၏ ၂၀၂၁" },
    ]);
  });

  it("breaks a long line at its spaces, each line within the width", async () => {
    const shaper = await loadShaper();
    const text = messagesFor("my").layout.description;
    const max = 20_000;
    const lines = wrapText(shaper, text, max);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.advance).toBeLessThanOrEqual(max);
    const glyphCount = lines.reduce((n, l) => n + l.glyphs.length, 0);
    // Every glyph of the text is kept, less the spaces the breaks took.
    expect(glyphCount).toBe(shapeLine(shaper, text).glyphs.length - (lines.length - 1));
  });

  it("draws a line as one SVG path, sized in pixels", async () => {
    const shaper = await loadShaper();
    const line = shapeLine(shaper, "မြန်မာ");
    expect(linePath(shaper, line, 30, 1050)).toMatch(/^M[\d. -]+[LQCZ]/);
    const image = lineImage(shaper, line, 30, "#fff");
    expect(image.width).toBe(Math.ceil((line.advance * 30) / shaper.upem));
    const svg = Buffer.from(image.src.replace("data:image/svg+xml;base64,", ""), "base64").toString();
    expect(svg).toMatch(
      new RegExp(`^<svg [^>]*width="${image.width}" height="${image.height}"[^>]*><path fill="#fff" d="M`),
    );
  });

  it("refuses a file that is not WOFF 1.0", () => {
    expect(() => woffToSfnt(new Uint8Array(64))).toThrow("Not a WOFF 1.0 font");
  });
});
