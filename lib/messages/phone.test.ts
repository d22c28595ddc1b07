import { describe, expect, it } from "vitest";
import { firstPhoneNumber } from "./phone";

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
