import { describe, expect, it } from "vitest";
import { MONTHS } from "./format-date";
import { loadSeedData, loadSeedTemplates } from "./seed-data";

// The app's words against its sources (prisma/data, itself checked against shared/data by
// seed-data.test.ts): every quotation in a letter is in the evidence it quotes, every year and month
// a letter states is that evidence's, with its precision, and nothing presents the March 2021 list
// as a statement about today.
const data = loadSeedData();
const letters = loadSeedTemplates();

describe("letters against their sources", () => {
  for (const country of data.countries.filter((c) => letters.has(c.slug))) {
    const letter = letters.get(country.slug)!.body;
    const sources = country.evidence.map((e) => `${e.title ?? ""}\n${e.summary ?? ""}`);

    it(`${country.name}: every quotation is in the evidence it quotes`, () => {
      const quoted = [...letter.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
      for (const quote of quoted) {
        // Summaries quote with single quotes; a headline quoted in the letter must match it exactly.
        expect(
          sources.some((s) => s.includes(quote)),
          `"${quote}"`,
        ).toBe(true);
      }
    });

    it(`${country.name}: every date stated is the evidence's, with its precision`, () => {
      const evidenceSentence = letter.split("\n\n").find((p) => p.startsWith("In March 2021 Burma Campaign UK"))!;
      const own = evidenceSentence.replace(/^In March 2021 Burma Campaign UK's briefing[^.]*\.\s*/, "");
      for (const match of own.matchAll(
        /(?:(January|February|March|April|May|June|July|August|September|October|November|December) )?(\d{4})/g,
      )) {
        const [, month, year] = match;
        const dated = country.evidence.find((e) => e.publishedDate?.startsWith(year));
        if (dated) {
          if (month && dated.publishedDate!.length >= 7) {
            expect(MONTHS[Number(dated.publishedDate!.slice(5, 7)) - 1]).toBe(month);
          }
        } else {
          // A date the evidence's own summary gives (e.g. an earlier meeting it reports).
          const mm = String(MONTHS.indexOf(month ?? "") + 1).padStart(2, "0");
          const said = new RegExp(month ? `${month.slice(0, 3)}[a-z]* ${year}|${year}-${mm}` : year);
          expect(
            country.evidence.some((e) => said.test(e.summary ?? "")),
            `${month ?? ""} ${year}`,
          ).toBe(true);
        }
        const item = dated ?? country.evidence.find((e) => (e.summary ?? "").includes(year));
        if (item?.dateNote) expect(own, `a date the data marks "${item.dateNote}"`).toMatch(/inferred|about|approx/i);
      }
    });
  }
});

describe("the list is dated as its source dates it", () => {
  const texts = {
    "home text": data.campaign.ask,
    petition: data.campaign.petition.body,
    ...Object.fromEntries([...letters].map(([slug, l]) => [`${slug} letter`, l.body])),
  };
  it.each(Object.entries(texts))("%s names the briefing's date and claims nothing of today", (_name, text) => {
    expect(text).toMatch(/March 2021/);
    expect(text).not.toMatch(/\bstill\b|\bnow\b|currently|equipment/i);
  });
});
