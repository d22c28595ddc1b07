// Pure: how much wording two texts share, to keep the default letters from reading as copies of
// one another (embassy mail filters treat near-identical letters as spam).

const N = 5;

// A merge field ({{ country_name }}) is one word, the same in every letter that uses it. Otherwise a
// word is a run of letters and digits; an apostrophe inside a word is dropped ("Burma's" is
// "burmas") and any other punctuation separates words ("and/or" is "and", "or").
const WORD = /\{\{\s*[^{}]*?\s*\}\}|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

function words(text: string): string[] {
  return [...text.toLowerCase().matchAll(WORD)].map(([word]) =>
    word.startsWith("{{") ? word.replace(/\s+/g, "") : word.replace(/['’]/g, ""),
  );
}

function fiveGrams(text: string): Set<string> {
  const list = words(text);
  const grams = new Set<string>();
  for (let i = 0; i + N <= list.length; i++) grams.add(list.slice(i, i + N).join(" "));
  return grams;
}

/**
 * The share of word 5-grams two texts have in common: |grams(a) ∩ grams(b)| divided by the
 * smaller text's number of distinct 5-grams, so a short text copied into a long one scores 1.
 * Words are lowercased, punctuation is ignored, and merge fields count as words. 0 when either
 * text has fewer than five words.
 */
export function sharedFiveGramRatio(a: string, b: string): number {
  const gramsA = fiveGrams(a);
  const gramsB = fiveGrams(b);
  const smaller = Math.min(gramsA.size, gramsB.size);
  if (smaller === 0) return 0;
  let shared = 0;
  for (const gram of gramsA) if (gramsB.has(gram)) shared++;
  return shared / smaller;
}
