import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import campaign from "../../prisma/data/campaign.json";
import templates from "../../prisma/data/message-templates.json";
import { DEFAULT_HANDIN_LETTER } from "../handin/covering-letter";
import { CONSENT_NOTICES, CURRENT_CONSENT_VERSION } from "./consent-notices";
import { glossaryViolations, type TGlossaryLang } from "./glossary";
import { en } from "./messages/en";
import { my } from "./messages/my";
import { loadSeedTranslations } from "../seed/seed-translations";

/** Every string in a nested object, with its path, so a failure names the key. */
function strings(value: unknown, at = ""): [string, string][] {
  if (typeof value === "string") return [[at, value]];
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, v]) => strings(v, at ? `${at}.${key}` : key));
  return [];
}

function expectClean(texts: [string, string][], lang: TGlossaryLang) {
  const found = texts.flatMap(([where, text]) =>
    glossaryViolations(text, lang).map((v) => `${where}: "${v.found}" (${v.meaning}: ${v.why}) in …${v.excerpt}…`),
  );
  expect(found).toEqual([]);
}

describe("the glossary", () => {
  it("finds the wrong forms it lists, and lets the allowed ones be", () => {
    expect(glossaryViolations("SDF နှင့် မြန်မာ့တပ်မတော်အကြား", "my")).toHaveLength(1);
    expect(glossaryViolations("ဗီယက်နမ် ပြည်သူ့တပ်မတော် စစ်ဦးစီးချုပ်", "my")).toEqual([]);
    expect(glossaryViolations("မြန်မာနိုင်ငံ (ဗမာ)", "my")).toHaveLength(1);
    expect(glossaryViolations("အတိုင်ပင်ခံပုဂ္ဂိုလ် အောင်ဆန်းစုကြည်နှင့်", "my")).toHaveLength(1);
    expect(glossaryViolations("အတိုင်ပင်ခံပုဂ္ဂိုလ် ဒေါ်အောင်ဆန်းစုကြည်နှင့်", "my")).toEqual([]);
    expect(glossaryViolations("The United Nations reported evidence in 2018 of genocide.", "en")).toHaveLength(1);
    expect(glossaryViolations("For thirty years the United Nations documented abuses.", "en")).toEqual([]);
    expect(glossaryViolations("1 country has been taken off its list.", "en")).toHaveLength(1);
  });
});

describe("the words the campaign ships keep the glossary", () => {
  it("the interface catalogues", () => {
    expectClean(strings(my, "my"), "my");
    expectClean(strings(en, "en"), "en");
  });

  it("the seed's Burmese translations", () => {
    expectClean(strings(loadSeedTranslations("my"), "my.json"), "my");
  });

  it("the seed's English: campaign, petition, research notes, letters, hand-in letter, consent", () => {
    expectClean(strings(campaign, "campaign.json"), "en");
    expectClean(strings(templates, "message-templates.json"), "en");
    expectClean([["DEFAULT_HANDIN_LETTER", DEFAULT_HANDIN_LETTER]], "en");
    expectClean(strings(CONSENT_NOTICES[CURRENT_CONSENT_VERSION], "consent"), "en");
  });

  it("the email templates and the hand-in PDF's own words", () => {
    const dirs = ["lib/mail/templates", "lib/handin/pdf"];
    const sources = dirs.flatMap((dir) =>
      readdirSync(path.join(process.cwd(), dir))
        .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
        .map((f): [string, string] => [`${dir}/${f}`, readFileSync(path.join(process.cwd(), dir, f), "utf8")]),
    );
    expect(sources.length).toBeGreaterThan(5);
    expectClean(sources, "en");
    expectClean(sources, "my");
  });
});
