import { existsSync, readFileSync } from "node:fs";
import { sharedFile } from "../testing/shared-dir";
import { describe, expect, it } from "vitest";
import { loadSeedData } from "./seed-data";

// The project's data file must say nothing the briefing's data set does not: every fact is
// compared with shared/data/countries.json, which sits beside the project on CI and dev machines.
const SHARED = sharedFile("data", "countries.json");
const hasShared = existsSync(SHARED);

type TShared = {
  briefing: Record<string, string>;
  moreInformation: { label: string; url: string }[];
  countries: {
    briefingRank: number | null;
    iso2: string;
    name: string;
    status: string;
    statusNote: string | null;
    briefingSources: string[];
    londonMission: {
      name: string;
      website: string | null;
      emails: string[];
      address: string | null;
      phone: string | null;
      notes: string;
      sources: string[];
    };
    backgroundResearch: {
      title: string;
      publisher: string;
      date: string | null;
      summary: string;
      found_stored_copy: boolean;
      related_sources?: string[];
    }[];
  }[];
};

describe("prisma/data/campaign.json", () => {
  const data = loadSeedData();

  it("holds the 12 listed countries in briefing order and Australia removed on 7 March 2021", () => {
    const listed = data.countries.filter((c) => c.status === "listed");
    expect(listed.map((c) => c.briefingRank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const removed = data.countries.filter((c) => c.status === "removed");
    expect(removed.map((c) => [c.name, c.statusDate, c.briefingRank])).toEqual([["Australia", "2021-03-07", null]]);
  });

  it("starts every contact unverified-by-default: no verification fields in the file at all", () => {
    for (const country of data.countries)
      for (const contact of country.contacts) expect(contact).not.toHaveProperty("verifiedAt");
  });

  it("carries over the shared data set's facts exactly, and adds none", ({ skip }) => {
    skip(!hasShared, "needs the shared data set in ../shared/data beside the checkout, or in CAMPAIGN_SHARED_DIR");
    const shared = JSON.parse(readFileSync(SHARED, "utf8")) as TShared;
    expect(data.campaign.briefing).toEqual({
      title: shared.briefing.title,
      publisher: shared.briefing.publisher,
      series: shared.briefing.series,
      date: shared.briefing.date,
      url: shared.briefing.url,
    });
    expect(data.campaign.moreInformation).toEqual(shared.moreInformation);
    expect(data.countries.map((c) => c.iso2)).toEqual(shared.countries.map((c) => c.iso2));
    for (const [i, source] of shared.countries.entries()) {
      const country = data.countries[i];
      expect([country.name, country.briefingRank, country.status, country.statusNote]).toEqual([
        source.name,
        source.briefingRank,
        source.status,
        source.statusNote,
      ]);
      expect(country.evidence.map((e) => e.url)).toEqual(source.briefingSources);
      for (const item of country.evidence) {
        if (item.title === null) {
          expect(item).toMatchObject({ publisher: null, summary: null, publishedDate: null });
          continue;
        }
        const research = source.backgroundResearch.find((r) => r.title === item.title);
        expect(research, `${country.name}: ${item.title}`).toBeDefined();
        expect(item.publisher).toBe(research!.publisher);
        expect(item.summary).toBe(research!.summary);
        expect(item.storedCopyFound).toBe(research!.found_stored_copy);
        expect(item.relatedUrls).toEqual(research!.related_sources ?? []);
        expect(research!.date ?? null).toBe(
          item.publishedDate === null ? null : item.publishedDate + (item.dateNote ? ` (${item.dateNote})` : ""),
        );
      }
      const mission = source.londonMission;
      expect(country.contacts).toEqual([
        {
          kind: "LONDON_MISSION",
          name: mission.name,
          address: mission.address,
          phone: mission.phone,
          website: mission.website,
          emails: mission.emails,
          notes: mission.notes,
          sourceUrls: mission.sources,
        },
      ]);
    }
  });
});
