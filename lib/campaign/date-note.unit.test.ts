import { describe, expect, it } from "vitest";
import { dateNoteParts } from "./date-note";

describe("a research note on a date, in the page's language", () => {
  it("says the data set's notes in Burmese from the catalogue, with Burmese digits", () => {
    expect(dateNoteParts("my", "approx.; ceremony Fri 16 Feb 2018")).toEqual([
      { text: "ခန့်မှန်း", english: false },
      { text: "အခမ်းအနား ကျင်းပသည့်နေ့ ၂၀၁၈ ခုနှစ် ဖေဖော်ဝါရီလ ၁၆ ရက်", english: false },
    ]);
    expect(dateNoteParts("my", "inferred")).toEqual([{ text: "ကောက်ချက်ချထားသည်", english: false }]);
    expect(dateNoteParts("en", "approx.; ceremony Fri 16 Feb 2018")).toEqual([
      { text: "approx.", english: false },
      { text: "ceremony on 16 February 2018", english: false },
    ]);
  });

  it("leaves out what the date's kind label says already", () => {
    expect(dateNoteParts("en", "approx.; ceremony Fri 16 Feb 2018", { kindShown: true })).toEqual([
      { text: "ceremony on 16 February 2018", english: false },
    ]);
    expect(dateNoteParts("my", "inferred", { kindShown: true })).toEqual([]);
  });

  it("keeps any other note as written, flagged English on a Burmese page", () => {
    expect(dateNoteParts("my", "from the embassy's reply")).toEqual([
      { text: "from the embassy's reply", english: true },
    ]);
    expect(dateNoteParts("en", "from the embassy's reply")).toEqual([
      { text: "from the embassy's reply", english: false },
    ]);
    expect(dateNoteParts("my", null)).toEqual([]);
  });
});
