#!/bin/sh
# Writes components/layout/fonts/noto-sans-myanmar-burmese-400.woff2: Noto Sans Myanmar (SIL Open Font
# Licence 1.1, from @fontsource/noto-sans-myanmar) cut to the Burmese language's characters, U+1000-104F
# plus the joiners and the dotted circle, with every OpenType feature Burmese shaping needs: 24 KB
# instead of the 47 KB of the package's whole Myanmar-script file (which also covers Mon, Shan, Karen
# and other languages' letters; those fall back to the device's own Myanmar font). Needs fontTools
# with brotli (Debian: apt-get install python3-fonttools python3-brotli). Keep UNICODES in step with
# the unicode-range in components/layout/myanmar-font.ts.
set -eu
UNICODES="U+1000-104F,U+200B-200D,U+25CC"
python3 -m fontTools.subset \
  node_modules/@fontsource/noto-sans-myanmar/files/noto-sans-myanmar-myanmar-400-normal.woff2 \
  --unicodes="$UNICODES" --layout-features='*' --flavor=woff2 \
  --output-file=components/layout/fonts/noto-sans-myanmar-burmese-400.woff2
