#!/bin/sh
# The Burmese fonts the pages use, from Noto Sans Myanmar (SIL Open Font Licence 1.1, from
# @fontsource/noto-sans-myanmar). Needs fontTools with brotli (Debian: apt-get install python3-fonttools
# python3-brotli). Keep UNICODES in step with components/layout/fonts/myanmar-faces.css's unicode-range.
#
# 1. components/layout/fonts/noto-sans-myanmar-burmese-400.woff2: cut to the Burmese language's
#    characters, U+1000-104F plus the joiners and the dotted circle, with every OpenType feature Burmese
#    shaping needs: 24 KB instead of the 47 KB of the package's whole Myanmar-script file (which also
#    covers Mon, Shan, Karen and other languages' letters; those fall back to the device's own font).
#    Served as public/fonts/noto-sans-myanmar-burmese-400.<first 8 hex of its sha256>.woff2, so it can
#    be cached for a year (a test holds the name to the content).
# 2. The language link's six letters ("မြန်မာ") alone, ~1.4 KB, inlined as a data: URL in
#    myanmar-faces.css: English pages show the way in without fetching the whole font.
# 3. A blank stand-in (~7 KB, scripts/myanmar-placeholder-font.py): the same characters, advance
#    widths and substitutions, no outlines. Burmese pages draw with it (invisibly) until the font arrives, so Burmese is
#    never laid out in a font that lacks it (no boxes), however slow the link. Inlined in
#    myanmar-faces.css (every page: it is fetched by none, and used only where Burmese is drawn).
set -eu
UNICODES="U+1000-104F,U+200B-200D,U+25CC"
PY=${PYTHON:-/usr/bin/python3}
SRC=node_modules/@fontsource/noto-sans-myanmar/files/noto-sans-myanmar-myanmar-400-normal.woff2
OUT=components/layout/fonts
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
"$PY" -m fontTools.subset "$SRC" --unicodes="$UNICODES" --layout-features='*' --flavor=woff2 \
  --output-file="$OUT/noto-sans-myanmar-burmese-400.woff2"
HASH=$(sha256sum "$OUT/noto-sans-myanmar-burmese-400.woff2" | cut -c1-8)
mkdir -p public/fonts
rm -f public/fonts/noto-sans-myanmar-burmese-400.*.woff2
cp "$OUT/noto-sans-myanmar-burmese-400.woff2" "public/fonts/noto-sans-myanmar-burmese-400.$HASH.woff2"
"$PY" -m fontTools.subset "$SRC" --text="မြန်မာ" --layout-features='*' --no-hinting --name-IDs=1,2,3,4,5,6 \
  --flavor=woff2 --output-file="$TMP/link.woff2"
"$PY" -m fontTools.subset "$OUT/noto-sans-myanmar-burmese-400.woff2" --unicodes="$UNICODES" --layout-features='*' \
  --no-hinting --output-file="$TMP/unhinted.ttf"
"$PY" scripts/myanmar-placeholder-font.py "$TMP/unhinted.ttf" "$TMP/placeholder.woff2"
LINK=$(base64 -w0 "$TMP/link.woff2")
PLACEHOLDER=$(base64 -w0 "$TMP/placeholder.woff2")
cat > "$OUT/myanmar-faces.css" <<CSS
/* Written by scripts/subset-myanmar-font.sh: do not edit. */
/* The Burmese font. "swap": until it arrives, Burmese is drawn with the blank stand-in below,
   never with a font that has no Myanmar letters. */
@font-face {
  font-family: "Myanmar Web";
  src: url("/fonts/noto-sans-myanmar-burmese-400.$HASH.woff2") format("woff2");
  font-weight: 400;
  font-style: normal;
  font-display: swap;
  unicode-range: $UNICODES;
}
/* The blank stand-in: the font's glyph widths and substitutions, no outlines, drawn (invisibly) until the font arrives. */
@font-face {
  font-family: "Myanmar Placeholder";
  src: url("data:font/woff2;base64,$PLACEHOLDER") format("woff2");
  font-display: block;
  unicode-range: $UNICODES;
}
/* The English pages' language link, "မြန်မာ", in its own six letters' glyphs. */
@font-face {
  font-family: "Myanmar Language Name";
  src: url("data:font/woff2;base64,$LINK") format("woff2");
  font-weight: 400;
  font-style: normal;
  font-display: block;
  unicode-range: U+1014, U+1019, U+102C, U+103A, U+103C;
}
CSS
cat > lib/text/myanmar-font-files.ts <<TS
// Written by scripts/subset-myanmar-font.sh: do not edit.
/* eslint-disable max-len -- a font, inlined as base64 */

/** The Burmese font's address (public/fonts/, named by its content: cached for a year). */
export const MYANMAR_FONT_URL = "/fonts/noto-sans-myanmar-burmese-400.$HASH.woff2";

/** The blank stand-in's @font-face: the font's glyph widths and substitutions, no outlines (see the script). */
export const MYANMAR_PLACEHOLDER_FACE =
  '@font-face{font-family:"Myanmar Placeholder";src:url("data:font/woff2;base64,$PLACEHOLDER") format("woff2");' +
  'font-display:block;unicode-range:$UNICODES}';
TS
npx prettier --write --log-level warn "$OUT/myanmar-faces.css" lib/text/myanmar-font-files.ts
