import { describe, expect, it } from "vitest";
import { firstPhoneNumber, phoneCaution } from "./phone";
import { loadSeedData } from "../campaign/seed-data";

describe("firstPhoneNumber", () => {
  it("takes the first number from a free-text field and dials it in E.164", () => {
    expect(
      firstPhoneNumber(
        "020 7225 5500 (second number printed as '020 789 2944', which looks truncated); fax 020 7823 9695",
      ),
    ).toEqual({
      display: "020 7225 5500",
      tel: "+442072255500",
    });
    expect(firstPhoneNumber("Consular queries: +44 (0) 203 668 7474 (2018-2020 snapshots)")).toEqual({
      display: "+44 (0) 203 668 7474",
      tel: "+442036687474",
    });
    expect(firstPhoneNumber("+44 20 7299 4049 (general line)")?.tel).toBe("+442072994049");
    expect(firstPhoneNumber("020 7229 1594 / 6231 / 5352")?.display).toBe("020 7229 1594");
  });

  it("finds nothing where there is no full number", () => {
    expect(firstPhoneNumber(null)).toBeNull();
    expect(firstPhoneNumber("not known")).toBeNull();
    expect(firstPhoneNumber("020 789 2944")).toBeNull();
  });
});

describe("phoneCaution", () => {
  it("says beside the call button what the notes hold against a number, and nothing otherwise", () => {
    const notes = new Map(loadSeedData().countries.map((c) => [c.slug, c.contacts[0]?.notes ?? null]));
    expect(phoneCaution(notes.get("russia")!)).toMatch(/disagree on the consular number .* must be checked/);
    expect(phoneCaution(notes.get("japan")!)).toMatch(/the page is old/);
    expect(phoneCaution("The address comes from a 2024 page.")).toBeNull();
    expect(phoneCaution(null)).toBeNull();
  });
});
