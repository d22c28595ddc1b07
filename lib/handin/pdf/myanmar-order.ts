// Pure. Burmese is typed in logical order ("ပြော" is ပ, medial ra, vowel E, aa), but the vowel E and
// medial ra are drawn to the left of their consonant, and a kinzi above it. HarfBuzz's Myanmar shaper
// moves them; fontkit (pdfkit's layout engine) has no Myanmar shaper, so without this the pack would
// print ပ ေ in that order. We move them here, as HarfBuzz does, before pdfkit lays the text out.

const BASE =
  "[\\u1000-\\u102A\\u103F\\u104E\\u1050-\\u1055\\u105A-\\u105D\\u1061\\u1065\\u1066\\u106E-\\u1070\\u1075-\\u1081" +
  "\\u108E\\uA9E0-\\uA9E4\\uA9E7-\\uA9EF\\uA9FA-\\uA9FE\\uAA60-\\uAA6F\\uAA71-\\uAA76]";
const MARK =
  "[\\u102B-\\u103E\\u1056-\\u1059\\u105E-\\u1060\\u1062-\\u1064\\u1067-\\u106D\\u1071-\\u1074\\u1082-\\u108D" +
  "\\u108F\\u109A-\\u109D\\uA9E5\\uA9E6\\uAA70\\uAA7B-\\uAA7D]";
const KINZI = "\\u1004\\u103A\\u1039";
// A syllable: an optional kinzi, a base, then stacked consonants (virama + base) and marks.
const SYLLABLE = new RegExp(`(${KINZI})?(${BASE})((?:\\u1039${BASE}|${MARK})*)`, "gu");
// Drawn left of the base: vowel E (and Shan's), then medial ra.
const PRE_BASE_VOWEL = /[\u1031\u1084]/gu;
const MEDIAL_RA = /\u103C/gu;

/** The order a Myanmar-script font expects its glyphs in; text in other scripts is left as it is. */
export function myanmarVisualOrder(text: string): string {
  return text.replace(SYLLABLE, (_syllable, kinzi: string | undefined, base: string, tail: string) => {
    const vowels = tail.match(PRE_BASE_VOWEL)?.join("") ?? "";
    const ra = tail.match(MEDIAL_RA)?.join("") ?? "";
    const rest = tail.replace(PRE_BASE_VOWEL, "").replace(MEDIAL_RA, "");
    return `${vowels}${ra}${base}${kinzi ?? ""}${rest}`;
  });
}

/** Whether a piece of text is in the Myanmar script (Burmese, Shan, Karen, Mon …). */
export function isMyanmar(text: string): boolean {
  return /\p{Script=Myanmar}/u.test(text);
}
