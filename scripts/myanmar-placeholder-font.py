#!/usr/bin/env python3
# Makes the blank stand-in for the Burmese font (scripts/subset-myanmar-font.sh): the same characters,
# glyphs, advance widths, line metrics and substitutions (GSUB, with GDEF's mark classes), every outline
# removed, renamed "Myanmar Placeholder". The substitutions stay because they change widths (medial ra's
# wide forms, stacked consonants, kinzi): without them Burmese lines are laid out up to 7% off, and
# words move to the next line when the font arrives (a layout shift). GPOS goes: it only moves marks.
import sys
from fontTools.ttLib import TTFont, newTable
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib.tables._g_l_y_f import Glyph
src, out = sys.argv[1], sys.argv[2]
f = TTFont(src)
for tag in ["GPOS", "STAT", "prep", "gasp", "fpgm", "cvt "]:
    if tag in f: del f[tag]
glyf = f["glyf"]
for name in f.getGlyphOrder():
    glyf[name] = Glyph()
# Browsers refuse a font whose glyf table is empty (OTS: "zero-length table"): .notdef, which no
# character maps to, keeps a small box.
pen = TTGlyphPen(None)
pen.moveTo((50, 0)); pen.lineTo((50, 500)); pen.lineTo((300, 500)); pen.lineTo((300, 0)); pen.closePath()
glyf[".notdef"] = pen.glyph()
name = f["name"]
for rec in name.names:
    if rec.nameID in (1, 4, 16): rec.string = "Myanmar Placeholder"
    elif rec.nameID == 6: rec.string = "MyanmarPlaceholder-Regular"
    elif rec.nameID in (3,): rec.string = "MyanmarPlaceholder"
name.names = [r for r in name.names if r.nameID in (1, 2, 3, 4, 6, 16, 17)]
f.flavor = "woff2"
f.save(out)
