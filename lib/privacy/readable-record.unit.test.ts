import { describe, expect, it } from "vitest";
import { en } from "../i18n/messages/en";
import { my } from "../i18n/messages/my";
import { readableRecord } from "./readable-record";

const GIFT = {
  id: "d1",
  amount: 750,
  amountRefunded: 0,
  currency: "gbp",
  giftAid: true,
  giftAidPostcode: "LS1 1AA",
  createdAt: new Date("2026-11-28T10:05:00Z"),
  canceledAt: null,
};

describe("a supporter's data, as she reads it", () => {
  it("labels each field in words, gives amounts in pounds, yes/no and dates, and skips ids", () => {
    const fields = readableRecord(GIFT, en.myData.record);
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

  it("in Burmese on a Burmese page: every field the record shows has a Burmese label", () => {
    const fields = readableRecord(GIFT, my.myData.record);
    expect(fields.map((f) => f.label)).toEqual([
      "ပမာဏ",
      "ပြန်အမ်းခဲ့သော ပမာဏ",
      "ငွေကြေး",
      "Gift Aid",
      "Gift Aid စာတိုက်သင်္ကေတ",
      "ဖန်တီးခဲ့သည့်အချိန်",
      "ပယ်ဖျက်ခဲ့သည့်အချိန်",
    ]);
    expect(fields[3].value).toBe(my.myData.record.yes);
    // The same fields are named in every language (my.ts is typed by en.ts: a missing one fails typecheck).
    expect(Object.keys(my.myData.record.fields)).toEqual(Object.keys(en.myData.record.fields));
  });
});
