import { describe, expect, it } from "vitest";
import { glyphLetters, type TShapedGlyph } from "./harfbuzz-layout";
import { visualOrder } from "./visual-order";

const run = (text: string, rtl = false) => ({ text, rtl });
const drawn = (runs: { text: string }[]) => runs.map((r) => r.text);

describe("runs in the order they are seen", () => {
  it("leaves a left-to-right line as typed", () => {
    expect(drawn(visualOrder([run("John "), run("Smith")]))).toEqual(["John", " ", "Smith"]);
  });

  it("reads a right-to-left line from the right, keeping a Latin word whole and the space between", () => {
    expect(drawn(visualOrder([run("محمد ", true), run("John")]))).toEqual(["John", " ", "محمد"]);
    expect(drawn(visualOrder([run("محمد", true), run(" "), run("عبد", true)]))).toEqual(["عبد", " ", "محمد"]);
  });

  it("puts an Arabic name inside a left-to-right line where it was typed", () => {
    expect(drawn(visualOrder([run("John "), run("محمد", true), run(" Smith")]))).toEqual([
      "John",
      " ",
      "محمد",
      " ",
      "Smith",
    ]);
  });

  it("keeps neighbouring left-to-right runs in order inside a right-to-left line", () => {
    expect(drawn(visualOrder([run("דוד ", true), run("Zoë"), run("Ωμέγα")]))).toEqual(["Zoë", "Ωμέγα", " ", "דוד"]);
  });
});

const g = (id: number, cluster: number, xAdvance = 500): TShapedGlyph => ({
  id,
  cluster,
  xAdvance,
  yAdvance: 0,
  xOffset: 0,
  yOffset: 0,
});

describe("the letters each glyph stands for", () => {
  const cmap: Record<number, number> = { 0x1015: 10, 0x103c: 11, 0x1031: 12, 0x102c: 13, 0x0e32: 20, 0x0e4d: 21 };
  const nominal = (cp: number) => cmap[cp];
  const none = () => [];

  it("gives a reordered Burmese syllable's glyphs their own letters, in the order drawn", () => {
    // ပြော: vowel E and medial ra drawn before the consonant.
    const letters = glyphLetters("ပြော", [g(12, 0), g(11, 0), g(10, 0), g(13, 0)], false, nominal, none);
    expect(letters.map((l) => String.fromCodePoint(...l)).join("")).toBe("\u1031\u103C\u1015\u102C");
  });

  it("gives a glyph put in a letter's place the letters no other glyph has", () => {
    // A medial ra of another width (glyph 99) stands for the medial ra.
    expect(glyphLetters("ပြ", [g(99, 0), g(10, 0)], false, nominal, none)).toEqual([[0x103c], [0x1015]]);
  });

  it("splits Thai SARA AM between its two glyphs, never printing a letter twice", () => {
    expect(glyphLetters("\u0e33", [g(21, 0, 0), g(20, 0)], false, nominal, none)).toEqual([[0x0e4d], [0x0e32]]);
  });

  it("gives a right-to-left ligature its letters in drawn order, and a bare mark an invisible joiner", () => {
    const allah = [...glyphLetters("الله", [g(77, 0)], true, nominal, none)[0]];
    expect(String.fromCodePoint(...allah)).toBe("هللا");
    // BEH drawn as a dotless form (advancing) and a dot (a mark).
    expect(glyphLetters("ب", [g(80, 0, 0), g(81, 0)], true, nominal, none)).toEqual([[0x034f], [0x0628]]);
  });
});
