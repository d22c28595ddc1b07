import { describe, expect, it } from "vitest";
import { formatPartialDate } from "./format-date";

describe("formatPartialDate", () => {
  it("writes full, month-only and year-only dates without inventing the missing parts", () => {
    expect(formatPartialDate("2019-07-29")).toBe("29 July 2019");
    expect(formatPartialDate("2018-07")).toBe("July 2018");
    expect(formatPartialDate("2021")).toBe("2021");
    expect(formatPartialDate("2021-03")).toBe("March 2021");
  });

  it("reads database dates in UTC", () => {
    expect(formatPartialDate(new Date("2021-03-07T00:00:00Z"))).toBe("7 March 2021");
  });

  it("gives nothing for missing or unreadable values", () => {
    expect(formatPartialDate(null)).toBeNull();
    expect(formatPartialDate("")).toBeNull();
    expect(formatPartialDate("soon")).toBeNull();
    expect(formatPartialDate("2020-13")).toBe("2020");
  });
});
