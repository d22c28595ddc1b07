import { describe, expect, it } from "vitest";
import { loadSeedData, loadSeedLetters, loadWhyICareExamples } from "../seed/seed-data";
import { buildEmailLinks } from "./mail-links";
import { findUnknownMergeFields, renderTemplate } from "./merge-fields";
import { sharedFiveGramRatio } from "./word-ngrams";

// Embassy mail filters treat near-identical letters as spam, so the default letters (several for
// each listed country, prisma/data/message-templates.json) must each be written on their own: no
// two, of the same country or of different ones, may share more than this share of word 5-grams.
const MAX_SHARED = 0.4;

const data = loadSeedData();
const letters = loadSeedLetters();
const all = [...letters].flatMap(([slug, list]) => list.map((letter) => ({ slug, ...letter })));

describe("sharedFiveGramRatio", () => {
  it("divides the shared 5-grams by the smaller text's count", () => {
    // a: "one two three four five", "two three four five six" (2 grams)
    // b: "two three four five six", "three four five six seven", "four five six seven eight" (3)
    // shared: "two three four five six", so 1 / min(2, 3).
    expect(sharedFiveGramRatio("One two three four five six", "TWO, three; four-five six! seven eight")).toBe(0.5);
  });

  it("counts merge fields as words and ignores case, spacing and apostrophes", () => {
    expect(
      sharedFiveGramRatio(
        "Dear {{ target_name }} of Burma's {{country_name}}",
        "dear {{target_name}} of burmas {{country_name}} too",
      ),
    ).toBe(1);
    expect(
      sharedFiveGramRatio(
        "Dear {{target_name}} of Burma's {{country_name}}",
        "Dear {{target_name}} of Burma's {{supporter_town}}",
      ),
    ).toBe(0);
  });

  it("is 0 when a text has fewer than five words", () => {
    expect(sharedFiveGramRatio("too short", "too short")).toBe(0);
  });
});

describe("the default letters", () => {
  it("give every listed country at least three letters, and no other country any", () => {
    const listed = data.countries.filter((c) => c.status === "listed").map((c) => c.slug);
    for (const slug of listed) expect(letters.get(slug)?.length ?? 0, slug).toBeGreaterThanOrEqual(3);
    expect([...letters.keys()].sort()).toEqual([...listed].sort());
  });

  it("have unique keys of the form <country slug>-<word>", () => {
    expect(new Set(all.map((l) => l.key)).size).toBe(all.length);
    for (const letter of all) expect(letter.key).toMatch(new RegExp(`^${letter.slug}-[a-z]+$`));
  });

  it.each(all.map((l) => [l.key, l] as const))("%s: fits the limits and uses only known merge fields", (_key, l) => {
    expect(l.subject.length).toBeLessThanOrEqual(90);
    expect(l.body.length).toBeLessThanOrEqual(950);
    const words = l.body.split(/\s+/).length;
    expect(words).toBeGreaterThanOrEqual(90);
    expect(words).toBeLessThanOrEqual(160);
    expect(findUnknownMergeFields(l.subject)).toEqual([]);
    expect(findUnknownMergeFields(l.body)).toEqual([]);
    // Salutation to the target; sign-off, then the supporter's name and town on lines of their own.
    const lines = l.body.split("\n");
    expect(lines[0]).toContain("{{target_name}}");
    expect(lines.slice(-3)).toEqual([
      expect.stringMatching(/^[A-Z][a-z ]+,$/),
      "{{supporter_name}}",
      "{{supporter_town}}",
    ]);
  });

  it.each(all.map((l) => [l.key, l] as const))("%s: travels in a mail link, filled in for its embassy", (_key, l) => {
    const country = data.countries.find((c) => c.slug === l.slug)!;
    for (const contact of country.contacts) {
      const values = {
        target_name: contact.name,
        country_name: country.name,
        supporter_name: "Alexandra Featherstonehaugh-Okonkwo",
        supporter_town: "Newcastle upon Tyne",
      };
      const to = contact.emails[0] ?? "ambassadors.office@example-embassy.org.uk";
      const links = buildEmailLinks({
        to,
        subject: renderTemplate(l.subject, values),
        body: renderTemplate(l.body, values),
      });
      expect(links.tooLong, `${contact.name}: ${links.mailto.length} characters`).toBe(false);
    }
  });

  it("vary their salutation and sign-off within each country", () => {
    for (const [slug, list] of letters) {
      const first = list.map((l) => l.body.split("\n")[0]);
      const signOff = list.map((l) => l.body.split("\n").at(-3));
      expect(new Set(first).size, `${slug} salutations`).toBe(list.length);
      expect(new Set(signOff).size, `${slug} sign-offs`).toBe(list.length);
    }
  });

  it(`share no more than ${MAX_SHARED * 100}% of their word 5-grams, pair by pair`, () => {
    const pairs = all.flatMap((a, i) =>
      all.slice(i + 1).map((b) => ({
        pair: `${a.key} / ${b.key}`,
        ratio: sharedFiveGramRatio(`${a.subject}\n${a.body}`, `${b.subject}\n${b.body}`),
      })),
    );
    pairs.sort((x, y) => y.ratio - x.ratio);
    const [highest] = pairs;
    console.log(`Highest shared 5-gram ratio: ${highest.pair}: ${highest.ratio.toFixed(3)}`);
    expect(pairs.filter((p) => p.ratio > MAX_SHARED)).toEqual([]);
  });
});

describe("the why-I-care examples", () => {
  const examples = loadWhyICareExamples();

  it("offer five to seven short first-person lines that state no facts about the countries", () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    expect(examples.length).toBeLessThanOrEqual(7);
    expect(new Set(examples).size).toBe(examples.length);
    for (const line of examples) {
      expect(line.length, line).toBeLessThanOrEqual(120);
      expect(line, line).toMatch(/\b(I|my|me)\b/i);
      expect(line, line).not.toMatch(/\{\{|\d/);
      for (const country of data.countries) expect(line, line).not.toContain(country.name);
    }
  });
});
