// Pure. Zawgyi is a font encoding many Burmese phones still type in: it gives Unicode's Myanmar code
// points other meanings and stores letters in the order they are drawn, so its text looks right only
// in a Zawgyi font and is garbage everywhere else (the admin, a CRM export, an email, a letter).
import myanmarTools from "myanmar-tools";
import { hasMyanmarScript } from "./myanmar-script";

// The detector's documentation: when conversion happens automatically, so that flagging Unicode as
// Zawgyi is the costly mistake, use a high threshold such as 0.95 (fewer than 1% of Unicode strings
// flagged). Converting Unicode garbles it: "မြ" scores 0.82 and would become "မွ". Short Zawgyi still
// clears it: "မ္း" scores 0.9997, and the Zawgyi spelling of "လှ" 0.983, which 0.999 would miss.
const ZAWGYI_THRESHOLD = 0.95;

// The converter's time grows with the square of the length (10,000 characters ~0.1 s, 80,000 ~1.5 s).
// Public forms cap their raw text far below this before cleaning it; this bounds the cost of the rest
// (organisers' forms, Stripe's data). No field may hold this much, so such text is refused anyway.
const MAX_CONVERTED_LENGTH = 10_000;

// Built on first use, not at import: the detector decodes its model (a few ms), and most text never
// needs it. A server that loads lib twice (see lib/cache/memoise.ts) builds it twice, which is harmless.
let tools: { detector: myanmarTools.ZawgyiDetector; converter: myanmarTools.ZawgyiConverter } | undefined;

/** The text in Unicode: converted when it is very likely Zawgyi, otherwise unchanged. */
export function toUnicodeIfZawgyi(text: string): string {
  if (!hasMyanmarScript(text) || text.length > MAX_CONVERTED_LENGTH) return text;
  tools ??= { detector: new myanmarTools.ZawgyiDetector(), converter: new myanmarTools.ZawgyiConverter() };
  if (tools.detector.getZawgyiProbability(text) <= ZAWGYI_THRESHOLD) return text;
  return tools.converter.zawgyiToUnicode(text);
}
