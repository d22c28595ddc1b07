import { describe, expect, it } from "vitest";
import { hashCatalogue, reviewStatus, ZCatalogueReview } from "./catalogue-review";
import review from "./messages/my.review.json";
import { my } from "./messages/my";

const catalogue = { home: { title: "က", lead: "ခ" }, sign: { submit: "ဂ" } };

describe("the interface catalogue's review record", () => {
  it("counts the keys changed since a review, and every key before the first", () => {
    const reviewed = {
      reviewer: "A fluent reader",
      date: "2026-12-07",
      version: 1,
      sections: hashCatalogue(catalogue),
    };
    expect(reviewStatus(reviewed, catalogue)).toEqual({
      review: { reviewer: "A fluent reader", date: "2026-12-07", version: 1 },
      totalKeys: 3,
      changedKeys: [],
    });
    const edited = { ...catalogue, home: { ...catalogue.home, lead: "ဃ" } };
    expect(reviewStatus(reviewed, edited).changedKeys).toEqual(["home.lead"]);
    const none = { reviewer: null, date: null, version: 0, sections: {} };
    expect(reviewStatus(none, catalogue)).toMatchObject({
      review: null,
      changedKeys: ["home.title", "home.lead", "sign.submit"],
    });
  });

  it("is a valid record of the shipped catalogue (its state is shown in the admin, never failed on)", () => {
    const record = ZCatalogueReview.parse(review);
    expect(reviewStatus(record, my).totalKeys).toBeGreaterThan(100);
  });
});
