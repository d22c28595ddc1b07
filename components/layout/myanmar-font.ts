import localFont from "next/font/local";

// Noto Sans Myanmar (SIL OFL, fonts/OFL.txt) from @fontsource, self-hosted and cut to the Burmese
// language's characters at one weight by scripts/subset-myanmar-font.sh (a 24 KB woff2; bold is
// synthesised). unicode-range: it draws only those characters (Latin text keeps the system fonts; Mon,
// Shan or Karen letters use the device's own Myanmar font). Every public page shows Burmese (English
// ones in the language switch), so it is preloaded. "optional", not "swap": measured, "swap" shifted the
// Burmese country page by 0.216 (CLS) when the font replaced the first paint's; with "optional" a
// font that misses its first 100 ms is used from the next page on. No adjusted fallback: a
// size-adjusted Arial has no Myanmar glyphs, and would only have redrawn the Latin text.
export const myanmarFont = localFont({
  src: "./fonts/noto-sans-myanmar-burmese-400.woff2",
  weight: "400",
  style: "normal",
  display: "optional",
  preload: true,
  variable: "--font-myanmar",
  adjustFontFallback: false,
  // The characters scripts/subset-myanmar-font.sh keeps.
  declarations: [{ prop: "unicode-range", value: "U+1000-104F,U+200B-200D,U+25CC" }],
});
