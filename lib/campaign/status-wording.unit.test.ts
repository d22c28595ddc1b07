import { describe, expect, it } from "vitest";
import { statusWording } from "./status-wording";

describe("statusWording", () => {
  it("dates a listed country by the briefing, not as today", () => {
    expect(statusWording("LISTED", null, false)).toBe("Named in Burma Campaign UK's briefing of March 2021");
  });

  it("dates a removal when the date is known, and invents none when it is not", () => {
    expect(statusWording("REMOVED", new Date("2021-03-07T00:00:00Z"), false)).toBe(
      "Removed from the list on 7 March 2021",
    );
    expect(statusWording("REMOVED", null, false)).toBe("Removed from the list");
  });

  it("says when a country the organisers added was added, never that the briefing named it", () => {
    expect(statusWording("LISTED", new Date("2026-11-20T00:00:00Z"), true)).toBe(
      "Added to the list on 20 November 2026",
    );
    expect(statusWording("LISTED", null, false)).toBe("Named in Burma Campaign UK's briefing of March 2021");
  });
});
