import { describe, expect, it } from "vitest";
import { setAsUnicode } from "./unicode-input";

// A plain object stands in for the input element: the helper reads only its value.
function fieldAndLetter(value: string) {
  const letter: string[] = [];
  return { field: { value }, letter, set: (text: string) => void letter.push(text) };
}

describe("setAsUnicode", () => {
  it("puts text with no Burmese into the letter at once", () => {
    const { field, letter, set } = fieldAndLetter("Anna Smith");
    void setAsUnicode(field, set);
    expect(letter).toEqual(["Anna Smith"]);
  });

  it("puts Zawgyi into the letter as Unicode, and Unicode as it is", async () => {
    const zawgyi = fieldAndLetter("Ko မ္း");
    await setAsUnicode(zawgyi.field, zawgyi.set);
    expect(zawgyi.letter).toEqual(["Ko မ်း"]);
    const unicode = fieldAndLetter("မင်္ဂလာပါ");
    await setAsUnicode(unicode.field, unicode.set);
    expect(unicode.letter).toEqual(["မင်္ဂလာပါ"]);
  });

  it("gives the letter the field's latest text when the detector arrives after more typing", async () => {
    const { field, letter, set } = fieldAndLetter("မ္း");
    const pending = setAsUnicode(field, set);
    field.value = "Anna";
    await setAsUnicode(field, set);
    await pending;
    expect(letter.at(-1)).toBe("Anna");
  });
});
