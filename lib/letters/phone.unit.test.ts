import { describe, expect, it } from "vitest";
import { phoneCaution, phoneToCall } from "./phone";
import { loadSeedData } from "../seed/seed-data";

describe("phoneToCall", () => {
  it("dials the most recently dated number of a field, in E.164", () => {
    expect(
      phoneToCall(
        "Consular queries: +44 (0) 203 668 7474 (2018-2020 snapshots); +44 (0) 203 161 8868 (May 2022 snapshot); " +
          "+44 (0) 203 161 8858 (Aug 2022 snapshot)",
      ),
    ).toEqual({ display: "+44 (0) 203 161 8858", tel: "+442031618858" });
  });

  it("takes the first number of a field with no dates and dials it in E.164", () => {
    expect(
      phoneToCall("020 7225 5500 (second number printed as '020 789 2944', which looks truncated); fax 020 7823 9695"),
    ).toEqual({
      display: "020 7225 5500",
      tel: "+442072255500",
    });
    expect(phoneToCall("Consular queries: +44 (0) 203 668 7474 (2018-2020 snapshots)")).toEqual({
      display: "+44 (0) 203 668 7474",
      tel: "+442036687474",
    });
    expect(phoneToCall("+44 20 7299 4049 (general line)")?.tel).toBe("+442072994049");
    expect(phoneToCall("020 7229 1594 / 6231 / 5352")?.display).toBe("020 7229 1594");
  });

  it("finds nothing where there is no full number", () => {
    expect(phoneToCall(null)).toBeNull();
    expect(phoneToCall("not known")).toBeNull();
    expect(phoneToCall("020 789 2944")).toBeNull();
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
