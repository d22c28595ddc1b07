import { describe, expect, it } from "vitest";
import { dateKindOf } from "./date-kind";
import { loadSeedData } from "../seed/seed-data";

describe("what a research record's date is", () => {
  it("says of each dated record whether its date is the page's, the event's, approximate or inferred", () => {
    const kinds = Object.fromEntries(
      loadSeedData()
        .countries.flatMap((c) => c.evidence.map((e) => [`${c.slug} ${e.publishedDate}`, dateKindOf(e)]))
        .filter(([key]) => !String(key).endsWith("null")),
    );
    expect(kinds).toEqual({
      "india 2019-07-29": "event",
      "thailand 2018-02-16": "event",
      "thailand 2018-02-18": "approximate",
      "china 2020-01-18": "event",
      "north-korea 2019-08-05": "published",
      "nepal 2018-07": "inferred",
      "belarus 2020-02-13": "event",
      "australia 2021-03-07": "event",
    });
  });

  it("has no kind for an undated record", () => {
    expect(dateKindOf({ publishedDate: null, dateNote: null, storedCopyFound: true })).toBeNull();
  });
});
