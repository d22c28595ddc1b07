import { preload } from "react-dom";
import { MYANMAR_FONT_URL } from "@/lib/text/myanmar-font-files";
import "./fonts/myanmar-faces.css";

// Noto Sans Myanmar (SIL OFL, fonts/OFL.txt) from @fontsource, self-hosted and cut to the Burmese
// language's characters at one weight by scripts/subset-myanmar-font.sh (a 24 KB woff2; bold is
// synthesised), in the base font stack of every page (app/globals.css) behind its unicode-range:
// Latin text keeps the system fonts, and a page fetches the font only when it has Burmese to draw.
// English pages have one Burmese word, the language link, drawn from a 1.4 KB subset of its own
// glyphs inlined in the CSS (fonts/myanmar-faces.css), so they fetch no font at all.
//
// Most Burmese readers' devices have no Myanmar font the browser uses, and on a slow link the font
// arrives seconds after the first paint. "optional" (measured: the font missed its 100 ms at 400 kbps
// and every Burmese word stayed a box for the whole visit) and "block" (boxes after its 3 s) both let
// Burmese be laid out in a font without its letters. So the font is "swap" behind a blank stand-in
// with the same characters and advance widths (0.6 KB, inlined): until the font arrives, Burmese is
// invisible rather than boxes, and its lines already take about the room they will take.

/** Starts the Burmese font's download with the HTML, for a document with Burmese text to draw. */
export function PreloadMyanmarFont() {
  preload(MYANMAR_FONT_URL, { as: "font", type: "font/woff2", crossOrigin: "anonymous" });
  return null;
}
