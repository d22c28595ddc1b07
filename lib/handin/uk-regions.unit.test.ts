import { describe, expect, it } from "vitest";
import { knownPostcodeAreas, ukRegionOfArea } from "./uk-regions";

describe("UK region from the postcode area", () => {
  it("places each of Royal Mail's 121 UK areas once, and the Crown dependencies and forces apart", () => {
    const areas = knownPostcodeAreas();
    expect(new Set(areas).size).toBe(areas.length);
    expect(areas.length).toBe(121 + 4); // GY, JE, IM and BF
  });

  it("knows the capitals' areas and London's inner and outer ones", () => {
    expect(ukRegionOfArea("EH")).toBe("Scotland");
    expect(ukRegionOfArea("CF")).toBe("Wales");
    expect(ukRegionOfArea("BT")).toBe("Northern Ireland");
    for (const area of ["E", "EC", "N", "NW", "SE", "SW", "W", "WC", "HA", "UB"])
      expect(ukRegionOfArea(area), area).toBe("London");
    expect(ukRegionOfArea("b")).toBe("West Midlands");
    expect(ukRegionOfArea("M")).toBe("North West");
  });

  it("does not guess an area it does not know", () => {
    expect(ukRegionOfArea("ZZ")).toBeNull();
    expect(ukRegionOfArea("")).toBeNull();
  });
});
