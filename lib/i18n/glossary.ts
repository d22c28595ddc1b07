// Pure. The campaign's key terms in each language: the form to use, the forms that are wrong or
// loaded, and the few places a wrong-looking form is right (each with its reason). Applied by
// glossary.unit.test.ts to the catalogue, the seed's translations, the letters and the hand-in letter, and
// by e2e/glossary-pages.spec.ts to every public page's server HTML. Burmese terms are from a careful
// non-native reading (/shared/notes/burmese.md): a fluent reader confirms them before launch.

export type TGlossaryLang = "en" | "my";

type TTerm = {
  lang: TGlossaryLang;
  /** What the term means, in English. */
  meaning: string;
  /** The form the campaign uses. */
  expected: string;
  /** Forms that are wrong or loaded for this meaning. */
  wrong: { form: RegExp; why: string }[];
};

type TAllowed = { lang: TGlossaryLang; form: string; within: string; reason: string };

const GLOSSARY: TTerm[] = [
  {
    lang: "my",
    meaning: "the Burmese military",
    expected: "မြန်မာစစ်တပ်",
    wrong: [
      {
        form: /တပ်မတော်/gu,
        why: "Tatmadaw, the military's own honorific name, which the democracy movement avoids",
      },
    ],
  },
  {
    lang: "my",
    meaning: "Burma / Myanmar (the country)",
    expected: "မြန်မာနိုင်ငံ",
    wrong: [{ form: /ဗမာ/gu, why: "Bamar, the majority people: equates the country with one of its peoples" }],
  },
  {
    lang: "my",
    meaning: "a news report (never the briefing's word)",
    expected: "သတင်း",
    wrong: [
      { form: /ဆက်စပ် အစီရင်ခံစာ/gu, why: "the briefing's word (အစီရင်ခံစာ) used for news reports" },
      { form: /အခြားအစီရင်ခံစာ/gu, why: "the briefing's word (အစီရင်ခံစာ) used for news reports" },
    ],
  },
  {
    lang: "my",
    meaning: "the campaign's updates",
    expected: "ဤလှုပ်ရှားမှု၏ သတင်းများ",
    wrong: [
      {
        form: /မြန်မာစစ်တပ်ဆိုင်ရာ လှုပ်ရှားမှု သတင်း/gu,
        why: "reads as news of the Burmese military's activities",
      },
    ],
  },
  {
    lang: "my",
    meaning: "a Union minister of state (India)",
    expected: "ပြည်ထောင်စု … ဒုတိယဝန်ကြီး (Minister of State …)",
    wrong: [{ form: /ပြည်နယ်ဝန်ကြီး/gu, why: "a state or region minister, not a junior Union minister" }],
  },
  {
    lang: "my",
    meaning: "Daw Aung San Suu Kyi",
    expected: "ဒေါ်အောင်ဆန်းစုကြည်",
    wrong: [{ form: /(?<!ဒေါ်)အောင်ဆန်းစုကြည်/gu, why: "without the honorific ဒေါ်, beside a general's full rank" }],
  },
  {
    lang: "my",
    meaning: "training and cooperation taking place",
    expected: "ပြုလုပ်နေသည်",
    wrong: [{ form: /ဖြစ်ပွားနေသည်/gu, why: "used of incidents and outbreaks" }],
  },
  { lang: "my", meaning: "petition", expected: "အသနားခံစာ", wrong: [] },
  { lang: "my", meaning: "sign / signature", expected: "လက်မှတ်ထိုး / လက်မှတ်", wrong: [] },
  { lang: "my", meaning: "the briefing", expected: "အစီရင်ခံစာ", wrong: [] },
  { lang: "my", meaning: "embassy", expected: "သံရုံး", wrong: [] },
  { lang: "my", meaning: "high commission", expected: "မဟာမင်းကြီးရုံး", wrong: [] },
  { lang: "my", meaning: "government", expected: "အစိုးရ", wrong: [] },
  {
    lang: "en",
    meaning: "the UN Independent International Fact-Finding Mission on Myanmar (its 2018 report)",
    expected: "the UN Independent International Fact-Finding Mission on Myanmar",
    wrong: [
      {
        form: /United Nations (?:reported|found)[^.]*2018|2018[^.]*United Nations (?:reported|found)/g,
        why: "the 2018 findings were the Fact-Finding Mission's, not the United Nations' as a body",
      },
    ],
  },
  {
    lang: "en",
    meaning: "the list of March 2021 (always dated, never today's)",
    expected: "named in the briefing of March 2021 / was taken off the list on <date>",
    wrong: [
      { form: /ha(?:s|ve) been taken off/g, why: "present perfect with no date: reads as today's list" },
      { form: /the countries on the list/g, why: "undated: reads as a list of today" },
      { form: /still training/g, why: "present tense of a 2021 list" },
    ],
  },
];

/** Where a form the glossary calls wrong is right, and why. `within` is the longer text it must sit in. */
const ALLOWED: TAllowed[] = [
  {
    lang: "my",
    form: "တပ်မတော်",
    within: "ပြည်သူ့တပ်မတော်",
    reason: "part of another army's official name: ဗီယက်နမ် ပြည်သူ့တပ်မတော်, the Vietnam People's Army",
  },
  {
    lang: "en",
    form: "still training",
    within: "One report notes Burma Campaign's list of 12 countries still training Myanmar's military.",
    reason:
      "the shared data set's own research note on Australia, kept word for word (seed-data.unit.test.ts holds the " +
      "seed to the data set); the reports it describes are of 7–8 March 2021",
  },
];

export type TViolation = { meaning: string; found: string; why: string; excerpt: string };

function isAllowed(lang: TGlossaryLang, text: string, index: number, found: string): boolean {
  return ALLOWED.some((a) => {
    if (a.lang !== lang || !found.includes(a.form)) return false;
    // The allowed context must contain this very occurrence.
    for (let at = text.indexOf(a.within); at !== -1; at = text.indexOf(a.within, at + 1))
      if (at <= index && index + found.length <= at + a.within.length) return true;
    return false;
  });
}

/** Every use in `text` of a form the glossary calls wrong, less the allowed ones. */
export function glossaryViolations(text: string, lang: TGlossaryLang): TViolation[] {
  const violations: TViolation[] = [];
  for (const term of GLOSSARY) {
    if (term.lang !== lang) continue;
    for (const { form, why } of term.wrong) {
      for (const match of text.matchAll(form)) {
        if (isAllowed(lang, text, match.index, match[0])) continue;
        const excerpt = text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40);
        violations.push({ meaning: term.meaning, found: match[0], why, excerpt });
      }
    }
  }
  return violations;
}
