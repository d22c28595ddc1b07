import { describe, expect, it } from "vitest";
import { readableRecord } from "./readable-record";

describe("a supporter's data, as she reads it", () => {
  it("labels each field in words, gives amounts in pounds, yes/no and dates, and skips ids", () => {
    const fields = readableRecord({
      id: "d1",
      amount: 750,
      amountRefunded: 0,
      currency: "gbp",
      giftAid: true,
      giftAidPostcode: "LS1 1AA",
      createdAt: new Date("2026-11-28T10:05:00Z"),
      canceledAt: null,
    });
    expect(fields).toEqual([
      { label: "Amount", value: "£7.50" },
      { label: "Amount refunded", value: "£0" },
      { label: "Currency", value: "GBP" },
      { label: "Gift Aid", value: "Yes" },
      { label: "Gift Aid postcode", value: "LS1 1AA" },
      { label: "Created", value: "2026-11-28 10:05 UTC" },
      { label: "Cancelled", value: "–" },
    ]);
  });
});
