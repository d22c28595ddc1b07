import { describe, expect, it } from "vitest";
import { buildWorldMap } from "./world-map";
import { describeWorldMap, renderWorldMapSvg } from "./world-map-svg";

const countries = [
  { iso2: "JP", name: "Japan", status: "LISTED" as const },
  { iso2: "KP", name: "North Korea", status: "LISTED" as const },
  { iso2: "AU", name: "Australia", status: "REMOVED" as const },
];

describe("world map", () => {
  it("tags the campaign's countries and Burma, and leaves the rest plain", () => {
    const shapes = buildWorldMap(countries);
    const kinds = (kind: string) =>
      shapes
        .filter((s) => s.kind === kind)
        .map((s) => s.name)
        .sort();
    expect(kinds("listed")).toEqual(["Japan", "North Korea"]);
    expect(kinds("removed")).toEqual(["Australia"]);
    expect(kinds("burma")).toEqual(["Myanmar"]);
    expect(shapes.length).toBeGreaterThan(150);
    expect(shapes.every((s) => s.d.startsWith("M"))).toBe(true);
  });

  it("draws a standalone SVG with one path per highlighted country and escaped names", () => {
    const svg = renderWorldMapSvg([...countries, { iso2: "VN", name: "Viet <Nam> & co", status: "LISTED" }]);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/data-kind="listed"/g)).toHaveLength(3);
    expect(svg.match(/data-kind="removed"/g)).toHaveLength(1);
    expect(svg).toContain("<title>Viet &#60;Nam&#62; &#38; co</title>");
    expect(svg).not.toContain("<Nam>");
  });

  it("describes the map in words for screen readers", () => {
    expect(describeWorldMap(countries)).toBe(
      "World map. In red, the countries named in the briefing of March 2021 or added since: Japan, North Korea. " +
        "Hatched in blue, removed from the list: Australia. Burma is shown in dark grey.",
    );
  });
});
