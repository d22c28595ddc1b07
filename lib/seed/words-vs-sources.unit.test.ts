import { existsSync, readFileSync } from "node:fs";
import { sharedFile } from "../testing/shared-dir";
import { describe, expect, it } from "vitest";
import { formatPartialDate, MONTHS } from "../i18n/format-date";
import { loadSeedData, loadSeedLetters } from "./seed-data";

// The app's words against its sources (prisma/data, itself checked against shared/data by
// seed-data.unit.test.ts): every quotation in a letter is in the evidence it quotes, every year and month
// a letter states is that evidence's, with its precision, and nothing presents the March 2021 list
// as a statement about today. Every default letter of every country is checked.
const data = loadSeedData();
const letters = loadSeedLetters();
const briefingDate = formatPartialDate(data.campaign.briefing.date)!; // "March 2021"

const BRIEFING = sharedFile("briefing", "burma-briefing-54-military-cooperation.txt");
const hasBriefing = existsSync(BRIEFING);

const ABOUT_THE_COUP = /coup|seized power|overthr/i;
/**
 * The dates the briefing itself gives, which any letter may state without its country's evidence,
 * but only in a sentence that says what they are. `inBriefing` is where the briefing says so.
 */
const CAMPAIGN_DATES = [
  { date: briefingDate, context: /briefing|Burma Campaign UK/, inBriefing: new RegExp(`No\\. 54\\s+${briefingDate}`) },
  {
    date: "1 February 2021",
    context: ABOUT_THE_COUP,
    inBriefing: /On 1st February 2021, the Burmese military held an illegal coup/,
  },
  {
    date: "February 2021",
    context: ABOUT_THE_COUP,
    inBriefing: /On 1st February 2021, the Burmese military held an illegal coup/,
  },
  { date: "2017", context: /Rohingya|genocide/, inBriefing: /since the genocide of the Rohingya in 2017/ },
  {
    date: "2018",
    context: /\bUN\b|United Nations|fact-finding/i,
    inBriefing: /In 2018 the United Nations Independent International Fact-Finding Mission on Myanmar reported/,
  },
  // A country the briefing took off its list, on the date it gives (Australia, 7 March 2021).
  ...data.countries
    .filter((c) => c.status === "removed" && c.statusDate)
    .map((c) => {
      const date = formatPartialDate(c.statusDate)!;
      return {
        date,
        context: new RegExp(c.name),
        inBriefing: new RegExp(`${c.name} removed from the list on ${date}`),
      };
    }),
];

const MONTH = MONTHS.join("|");
const DATE = new RegExp(`\\b(?:(?:(\\d{1,2}) )?(${MONTH}) )?(\\d{4})\\b`, "g");
const UNCERTAIN = /inferred|about|approximately|approx|around/i;

type TCountry = (typeof data.countries)[number];
type TStatedDate = { text: string; day?: number; month?: number; year: string };

function sentences(text: string): string[] {
  return text.split(/\n+/).flatMap((line) => line.split(/(?<=[.!?]"?)\s+(?=["A-Z{])/));
}

/**
 * How each of the country's evidence items supports a stated date: one flag per match, true where
 * the source is itself unsure of it (a publishedDate with a dateNote, or a summary's "about …").
 */
function supportFor(country: TCountry, d: TStatedDate): boolean[] {
  const flags: boolean[] = [];
  const mon = d.month ? MONTHS[d.month - 1].slice(0, 3) : "";
  const inSummary = new RegExp(
    d.day
      ? `\\b(?:\\d{1,2}-)?${d.day} ${mon}[a-z]* ${d.year}\\b`
      : d.month
        ? `\\b${mon}[a-z]* ${d.year}\\b|\\b${d.year}-${String(d.month).padStart(2, "0")}\\b`
        : `\\b${d.year}\\b`,
    "g",
  );
  for (const item of country.evidence) {
    const [year, month, day] = (item.publishedDate ?? "").split("-");
    if (year === d.year && (!d.month || Number(month) === d.month) && (!d.day || Number(day) === d.day)) {
      flags.push(item.dateNote !== null);
    }
    const summary = item.summary ?? "";
    for (const hit of summary.matchAll(inSummary)) {
      const before = summary.slice(Math.max(0, hit.index - 30), hit.index);
      const after = summary.slice(hit.index + hit[0].length, hit.index + hit[0].length + 30);
      flags.push(UNCERTAIN.test(before) || /^\W*(?:inferred|approx)/i.test(after));
    }
  }
  return flags;
}

const letterCases = data.countries.flatMap((country) =>
  (letters.get(country.slug) ?? []).map((letter) => ({
    country,
    key: letter.key,
    text: `${letter.subject}\n\n${letter.body}`,
  })),
);

describe("letters against their sources", () => {
  it("checks every letter of every country that has them", () => {
    expect(letterCases.length).toBe([...letters.values()].flat().length);
  });

  describe.each(letterCases)("$key", ({ country, text }) => {
    // A title the data set rebuilt from a web address (no copy of the page seen) is no headline to quote.
    const sources = country.evidence.map((e) => `${e.storedCopyFound ? (e.title ?? "") : ""}\n${e.summary ?? ""}`);

    it("quotes only its country's evidence, word for word", () => {
      // Straight double quotes only, so that every quotation is one this test sees.
      expect(text).not.toMatch(/[“”]/);
      expect((text.match(/"/g) ?? []).length % 2, "an unclosed quotation").toBe(0);
      for (const [, quote] of text.matchAll(/"([^"]+)"/g)) {
        // Summaries quote with single quotes; a headline quoted in the letter must match it exactly.
        expect(
          sources.some((s) => s.includes(quote)),
          `"${quote}"`,
        ).toBe(true);
      }
    });

    it("states only dates its evidence or the briefing gives, with their precision", () => {
      expect(text, "a month with no year").not.toMatch(new RegExp(`\\b(?:${MONTH})\\b(?! \\d{4})`));
      for (const sentence of sentences(text)) {
        for (const match of sentence.matchAll(DATE)) {
          const [stated, day, month, year] = match;
          if (CAMPAIGN_DATES.some((f) => f.date === stated && f.context.test(sentence))) continue;
          const d = {
            text: stated,
            day: day ? Number(day) : undefined,
            year,
            month: month ? MONTHS.indexOf(month) + 1 : undefined,
          };
          const flags = supportFor(country, d);
          expect(flags.length, `"${stated}" in: ${sentence}`).toBeGreaterThan(0);
          if (flags.every(Boolean)) {
            // Every source for it is unsure (e.g. Nepal's "inferred" July 2018): the letter must say so beside it.
            const near = sentence.slice(Math.max(0, match.index - 60), match.index + stated.length + 60);
            expect(near, `"${stated}" is uncertain in the evidence`).toMatch(UNCERTAIN);
          }
        }
      }
    });

    it(`dates the list to ${briefingDate} and claims nothing of today`, () => {
      expect(
        sentences(text).some((s) => s.includes(briefingDate) && /briefing|Burma Campaign UK/.test(s)),
        `names the briefing of ${briefingDate}`,
      ).toBe(true);
      expect(text).not.toMatch(/\bstill\b|\bnow\b|currently|\btoday\b|continues to|ongoing|equipment|legitimacy/i);
    });

    it("speaks of arms only where its evidence does, and of agreements only where the briefing does", () => {
      if (/\barms\b|\barming\b|weapon/i.test(text)) expect(sources.join("\n")).toMatch(/\barms\b|\barming\b|weapon/i);
      // "With the exception of Pakistan, the countries on this list have all made agreements to
      // continue or even increase military training and cooperation since [...] 2017."
      if (country.slug === "pakistan") expect(text).not.toMatch(/agreement/i);
    });
  });
});

describe("the campaign-wide dates letters may state", () => {
  for (const fact of CAMPAIGN_DATES) {
    it(`${fact.date} is the briefing's`, ({ skip }) => {
      skip(!hasBriefing, "needs the briefing in ../shared/briefing beside the checkout, or in CAMPAIGN_SHARED_DIR");
      expect(readFileSync(BRIEFING, "utf8")).toMatch(fact.inBriefing);
    });
  }
});

describe("the list is dated as its source dates it", () => {
  const texts = {
    "home text": data.campaign.ask,
    petition: data.campaign.petition.body,
  };
  it.each(Object.entries(texts))("%s names the briefing's date and claims nothing of today", (_name, text) => {
    expect(text).toMatch(new RegExp(briefingDate));
    expect(text).not.toMatch(/\bstill\b|\bnow\b|currently|\btoday\b|continues to|ongoing|equipment|legitimacy/i);
  });
});
