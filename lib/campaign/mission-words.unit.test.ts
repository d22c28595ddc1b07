import { describe, expect, it } from "vitest";
import { loadSeedData } from "../seed/seed-data";
import { missionKindOf, salutationFor } from "./mission-words";

describe("who heads a mission, from the data", () => {
  it("greets a high commission's head as High Commissioner and an embassy's as Ambassador", () => {
    const missions = Object.fromEntries(
      loadSeedData().countries.map((c) => [c.slug, c.contacts.find((k) => k.kind === "LONDON_MISSION")!]),
    );
    for (const slug of ["india", "pakistan", "australia"]) {
      expect(missionKindOf(missions[slug].name)).toBe("HIGH_COMMISSION");
      expect(salutationFor(missions[slug])).toBe("Dear High Commissioner,");
    }
    for (const slug of ["japan", "russia", "belarus"]) expect(salutationFor(missions[slug])).toBe("Dear Ambassador,");
    expect(salutationFor(null)).toBe("Dear Sir or Madam,");
  });

  it("greets a chargé d'affaires only once an organiser has recorded it with its source", () => {
    const belarus = { name: "Embassy of the Republic of Belarus in the UK", headOfMission: "CHARGE_D_AFFAIRES" };
    expect(salutationFor(belarus)).toBe("Dear Ambassador,");
    expect(salutationFor({ ...belarus, headOfMissionSourceUrl: "https://example.org/recalled" })).toBe(
      "Dear Chargé d'Affaires,",
    );
  });
});
