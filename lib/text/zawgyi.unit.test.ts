import { describe, expect, it } from "vitest";
import { cleanLine, cleanText } from "./clean-text";
import { hasMyanmarScript } from "./myanmar-script";
import { toUnicodeIfZawgyi } from "./zawgyi";

describe("toUnicodeIfZawgyi", () => {
  it("converts Zawgyi, even a short name, to Unicode", () => {
    expect(toUnicodeIfZawgyi("မ္း")).toBe("မ်း");
    expect(toUnicodeIfZawgyi("ေအာင္ဆန္းစုၾကည္")).toBe("အောင်ဆန်းစုကြည်");
    expect(toUnicodeIfZawgyi("ျမန္မာ")).toBe("မြန်မာ");
  });

  it("leaves Unicode Burmese as it is, short ambiguous words included", () => {
    for (const text of ["မင်္ဂလာပါ", "အောင်ဆန်းစုကြည်", "မ်း", "မြ", "ကို", "ဦးနု", "ရန်ကုန်"]) {
      expect(toUnicodeIfZawgyi(text)).toBe(text);
    }
  });

  it("leaves text with no Myanmar script as it is", () => {
    for (const text of ["Aung San Suu Kyi", "", "Zoë Ørsted", "王小明", "=1+1"]) {
      expect(toUnicodeIfZawgyi(text)).toBe(text);
    }
  });

  it("converts the Burmese of mixed English and Zawgyi, keeping the English", () => {
    expect(toUnicodeIfZawgyi("Daw ေအာင္ဆန္းစုၾကည္ (Yangon)")).toBe("Daw အောင်ဆန်းစုကြည် (Yangon)");
    expect(toUnicodeIfZawgyi("Ko မ္း")).toBe("Ko မ်း");
  });

  it("does not convert text longer than any field, however Zawgyi it looks", () => {
    const long = "ေအာင္ဆန္းစုၾကည္ ".repeat(700);
    expect(toUnicodeIfZawgyi(long)).toBe(long);
  });
});

describe("cleanLine and cleanText", () => {
  it("store Zawgyi as Unicode, with the rest of the cleaning", () => {
    expect(cleanLine("  မ္း\n")).toBe("မ်း");
    expect(cleanText("ျမန္မာ\r\nMyanmar")).toBe("မြန်မာ\nMyanmar");
  });
});

describe("hasMyanmarScript", () => {
  it("finds the Myanmar block and both extended blocks, and nothing else", () => {
    expect(["က", "\u109F", "\uA9E0", "\uAA7F", "a ၁"].every(hasMyanmarScript)).toBe(true);
    expect(["", "abc", "\u0FFF", "\u10A0", "\uA9DF", "\uAA80"].some(hasMyanmarScript)).toBe(false);
  });
});
