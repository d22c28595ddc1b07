import localFont from "next/font/local";

// Noto Sans Myanmar (SIL OFL) from @fontsource, self-hosted: only its Myanmar-script subset at one
// weight (woff2, 47 KB; bold is synthesised), and only for Myanmar characters (unicode-range), so a
// page downloads it only when it shows Burmese. Not preloaded: English pages show Burmese only in
// the language switch. "swap" with a size-adjusted fallback keeps text visible and the layout still.
export const myanmarFont = localFont({
  src: "../../node_modules/@fontsource/noto-sans-myanmar/files/noto-sans-myanmar-myanmar-400-normal.woff2",
  weight: "400",
  style: "normal",
  display: "swap",
  preload: false,
  variable: "--font-myanmar",
  adjustFontFallback: "Arial",
  declarations: [{ prop: "unicode-range", value: "U+1000-109F,U+200C-200D,U+25CC,U+A92E,U+A9E0-A9FE,U+AA60-AA7F" }],
});
