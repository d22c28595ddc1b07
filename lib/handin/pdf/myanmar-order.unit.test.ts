import { describe, expect, it } from "vitest";
import { isMyanmar, myanmarVisualOrder } from "./myanmar-order";

describe("Burmese drawn in the order its font expects", () => {
  it("puts vowel E and medial ra before their consonant, as HarfBuzz does", () => {
    expect(myanmarVisualOrder("ပြော")).toBe("\u1031\u103C\u1015\u102C");
    expect(myanmarVisualOrder("ကျော်")).toBe("\u1031\u1000\u103B\u102C\u103A");
    expect(myanmarVisualOrder("မြန်မာ")).toBe("\u103C\u1019\u1014\u103A\u1019\u102C");
    expect(myanmarVisualOrder("အောင်")).toBe("\u1031\u1021\u102C\u1004\u103A");
  });

  it("moves a kinzi after its base and leaves stacked consonants in place", () => {
    expect(myanmarVisualOrder("အင်္ဂလိပ်")).toBe("\u1021\u1002\u1004\u103A\u1039\u101C\u102D\u1015\u103A");
    expect(myanmarVisualOrder("စန္ဒာ")).toBe("စန္ဒာ");
  });

  it("leaves other scripts alone", () => {
    expect(myanmarVisualOrder("Aung San")).toBe("Aung San");
    expect(isMyanmar("Aung San")).toBe(false);
    expect(isMyanmar("Aung ဆန်း")).toBe(true);
  });
});
