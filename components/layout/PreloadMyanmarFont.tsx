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
// with the same glyphs, advance widths and substitutions (7 KB, inlined): until the font arrives, Burmese
// is invisible rather than boxes, and its lines already take exactly the room they will take.

//
// The stand-in must be ready at the first layout too. A font is fetched only when layout first needs it,
// and even an inlined (data:) one arrives a task later: the first frame laid Burmese out in a system
// font's widths, the next one in the stand-in's, and the page shifted (CLS 0.148 on /my/privacy at
// 400 kbps). A FontFace made from bytes is ready at once, so this script, placed where it runs after the
// stylesheets and before the body is laid out, makes one from the stand-in's bytes in the stylesheet
// (not repeated in the page). Without JavaScript the first frame can still shift once.
const REGISTER_PLACEHOLDER_SCRIPT = [
  "(function(){try{for(var s of document.styleSheets){var rules;try{rules=s.cssRules}catch(e){continue}",
  "for(var r of rules){if(!(r instanceof CSSFontFaceRule)||",
  'r.style.getPropertyValue("font-family").indexOf("Myanmar Placeholder")<0)continue;',
  'var m=/base64,([A-Za-z0-9+/=]+)/.exec(r.style.getPropertyValue("src"));if(!m)return;',
  "var b=atob(m[1]),a=new Uint8Array(b.length);for(var i=0;i<b.length;i++)a[i]=b.charCodeAt(i);",
  'document.fonts.add(new FontFace("Myanmar Placeholder",a,',
  '{unicodeRange:r.style.getPropertyValue("unicode-range"),display:"block"}));return}}}catch(e){}})()',
].join("");

/** Starts the Burmese font's download with the HTML, for a document with Burmese text to draw, and
 *  readies its blank stand-in before the first layout (the first thing in <body>). */
export function PreloadMyanmarFont() {
  preload(MYANMAR_FONT_URL, { as: "font", type: "font/woff2", crossOrigin: "anonymous" });
  return <script dangerouslySetInnerHTML={{ __html: REGISTER_PLACEHOLDER_SCRIPT }} />;
}
