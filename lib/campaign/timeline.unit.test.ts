import { describe, expect, it } from "vitest";
import { buildTimeline } from "./timeline";

const campaign = { briefingDate: "2021-03", briefingUrl: "https://example.org/briefing" };
const base = { statusNote: null, statusSourceUrl: null, campaign, updates: [], addedBy: null };

describe("buildTimeline", () => {
  it("puts updates, the briefing and status changes newest first, a day after its own month", () => {
    const entries = buildTimeline({
      ...base,
      name: "Japan",
      briefingRank: 1,
      status: "REMOVED",
      statusDate: new Date("2021-03-07T00:00:00Z"),
      statusNote: "Removed from the list on 2021-03-07, when it said so.",
      updates: [
        { id: "u1", happenedOn: "2023", dateNote: null, title: "A", summary: null, sourceUrl: "https://a.example" },
        { id: "u2", happenedOn: "2024-05-14", dateNote: "approx.", title: "B", summary: null, sourceUrl: "https://b" },
      ],
    });
    expect(entries.map((e) => [e.key, e.date])).toEqual([
      ["u2", "2024-05-14"],
      ["u1", "2023"],
      ["status", "2021-03-07"],
      ["briefing", "2021-03"],
    ]);
    expect(entries[2].summary).toBe("Removed from the list on 7 March 2021, when it said so.");
    expect(entries[3].title).toMatch(/Named in Burma Campaign UK's briefing \(number 1 of 12\)/);
  });

  it("says a country the organisers added was added, and never that the briefing named it", () => {
    const entries = buildTimeline({
      ...base,
      name: "Testland",
      briefingRank: null,
      addedBy: "organiser@example.org",
      status: "LISTED",
      statusDate: new Date("2026-11-20T00:00:00Z"),
    });
    expect(entries.map((e) => e.title)).toEqual(["Testland added to the list"]);
  });

  it("has no status entry for a country the briefing lists and nobody has changed", () => {
    const entries = buildTimeline({ ...base, name: "India", briefingRank: 2, status: "LISTED", statusDate: null });
    expect(entries.map((e) => e.kind)).toEqual(["briefing"]);
  });
});
