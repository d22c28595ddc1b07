import { describe, expect, it } from "vitest";
import { loadSeedData } from "../seed/seed-data";
import { campaignShareText, countryShareText, petitionShareText } from "./share-copy";

const data = loadSeedData();
// Bluesky takes 300 characters, link included; an address with its tags is about 80.
const ROOM_FOR_WORDS = 220;

describe("the words that go with a shared page", () => {
  const texts: Record<string, string> = {
    campaign: campaignShareText(data.countries.filter((c) => c.status === "listed").length),
    petition: petitionShareText(data.campaign.petition.title),
    ...Object.fromEntries(
      data.countries.map((c) => [
        c.name,
        countryShareText({
          name: c.name,
          status: c.status === "listed" ? "LISTED" : "REMOVED",
          statusDate: c.statusDate ? new Date(c.statusDate) : null,
          addedBy: null,
          evidenceCount: c.evidence.length,
          missionName: c.contacts.find((k) => k.kind === "LONDON_MISSION")?.name,
        }),
      ]),
    ),
    "an added country": countryShareText({
      name: "Testland",
      status: "LISTED",
      statusDate: new Date("2026-11-20T00:00:00Z"),
      addedBy: "organiser@example.org",
      evidenceCount: 1,
    }),
  };

  for (const [page, text] of Object.entries(texts)) {
    it(`${page}: dated as the briefing dates the list, and short enough to post with its link`, () => {
      expect(text).toMatch(/March 2021/);
      expect(text).not.toMatch(/\bstill\b|\bcurrently\b|\btoday\b/i);
      expect(text.length).toBeLessThanOrEqual(ROOM_FOR_WORDS);
    });
  }

  it("never says the briefing named a country the organisers added later", () => {
    expect(texts["an added country"]).toMatch(/^Testland was added to the campaign's list on 20 November 2026, after/);
  });

  it("asks people to write to a high commission or an embassy, as the mission's name in the data says", () => {
    for (const name of ["India", "Pakistan"]) expect(texts[name]).toContain("write to its high commission in London.");
    expect(texts.Japan).toContain("write to its embassy in London.");
    expect(texts.campaign).toContain("write to their embassies and high commissions in London");
  });

  it("says when a removed country was taken off, and counts a listed one's sources", () => {
    expect(texts.Australia).toContain("taken off Burma Campaign UK's list on 7 March 2021");
    const japan = data.countries.find((c) => c.slug === "japan")!;
    const sources = japan.evidence.length;
    expect(texts.Japan).toContain(`Read the ${sources} ${sources === 1 ? "source" : "sources"} it cites`);
  });
});
