import { describe, expect, it } from "vitest";
import { toUnicodeIfZawgyi } from "../text/zawgyi";
import { formatDateIn, messagesFor } from "./messages";
import { formatNumberIn, localPath, splitLangPath } from "./languages";

type TTree = { [key: string]: string | string[] | TTree };
const leaves = (tree: TTree, prefix = ""): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string"
      ? [[`${prefix}${key}`, value] as [string, string]]
      : Array.isArray(value)
        ? value.map((v, i) => [`${prefix}${key}.${i}`, v] as [string, string])
        : leaves(value, `${prefix}${key}.`),
  );
const places = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the Burmese catalogue", () => {
  const en = new Map(leaves(messagesFor("en") as unknown as TTree));
  const my = leaves(messagesFor("my") as unknown as TTree);

  it("says every string, with the same places to fill as the English", () => {
    for (const [key, text] of my) {
      expect(text.trim(), key).not.toBe("");
      if (!en.get(key)) continue;
      // An email's Burmese paragraph may leave out the petition's title: the English below it names it.
      const english = key.startsWith("emails.")
        ? places(en.get(key)!).filter((p) => p !== "title" || places(text).includes(p))
        : places(en.get(key)!);
      expect(places(text), key).toEqual(english);
    }
  });

  it("translates each refusal, by its code, with the same places to fill as its English", () => {
    const english = messagesFor("en").reasons;
    for (const [code, text] of Object.entries(messagesFor("my").reasons))
      expect(places(text), code).toEqual(places(english[code as keyof typeof english]));
  });

  it("is Unicode Burmese, not Zawgyi", () => {
    for (const [key, text] of my) expect(toUnicodeIfZawgyi(text), key).toBe(text);
  });
});

describe("dates and paths in each language", () => {
  it("writes a date as precisely as its source gives it, in Burmese digits for Burmese", () => {
    expect(formatDateIn("en", "2021-03-07")).toBe("7 March 2021");
    expect(formatDateIn("en", "2018-07")).toBe("July 2018");
    expect(formatDateIn("my", "2021-03-07")).toBe("၂၀၂၁ ခုနှစ် မတ်လ ၇ ရက်");
    expect(formatDateIn("my", "2018-07")).toBe("၂၀၁၈ ခုနှစ် ဇူလိုင်လ");
    expect(formatDateIn("my", "2019")).toBe("၂၀၁၉ ခုနှစ်");
  });

  it("writes a count in Burmese digits for Burmese, whatever the runtime's locale data", () => {
    expect(formatNumberIn("en", 12345)).toBe("12,345");
    expect(formatNumberIn("my", 12345)).toBe("၁၂,၃၄၅");
    expect(formatNumberIn("my", 0)).toBe("၀");
  });

  it("puts a page in a language and takes it back out", () => {
    expect(localPath("en", "/countries/japan")).toBe("/countries/japan");
    expect(localPath("my", "/")).toBe("/my");
    expect(localPath("my", "/petition")).toBe("/my/petition");
    expect(splitLangPath("/my/countries/japan")).toEqual({ lang: "my", path: "/countries/japan" });
    expect(splitLangPath("/my")).toEqual({ lang: "my", path: "/" });
    expect(splitLangPath("/myanmar")).toEqual({ lang: "en", path: "/myanmar" });
  });
});
