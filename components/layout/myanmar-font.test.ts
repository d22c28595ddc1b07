import { readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { my } from "@/lib/i18n/messages/my";

// The bundled font is cut to Burmese (scripts/subset-myanmar-font.sh): everything the site writes in
// Burmese must be in it, or a reader would see it in another font (or as boxes).
const FONT = path.join(import.meta.dirname, "fonts/noto-sans-myanmar-burmese-400.woff2");
const SEED = path.join(process.cwd(), "prisma/data/translations/my.json");

describe("the bundled Burmese font", () => {
  it("has a glyph for every Myanmar character of the catalogue and the seed's translations", () => {
    const font = fontkit.create(readFileSync(FONT)) as fontkit.Font;
    const text = JSON.stringify(my) + readFileSync(SEED, "utf8");
    const myanmar = new Set([...text].filter((c) => c >= "\u1000" && c <= "\u109f"));
    expect(myanmar.size).toBeGreaterThan(50);
    const missing = [...myanmar].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));
    expect(missing).toEqual([]);
    // Within the subset's range, so the unicode-range in myanmar-font.ts sends them to it.
    for (const c of myanmar) expect(c <= "\u104f", c).toBe(true);
  });

  it("stays small: at most 30 KB", () => {
    expect(readFileSync(FONT).length).toBeLessThanOrEqual(30 * 1024);
  });
});
