import { describe, expect, it } from "vitest";
import { BLNS } from "../testing/blns";
import { cleanLine, cleanText } from "./clean-text";

describe("cleanText", () => {
  it("removes what Postgres or URL encoding cannot take and keeps the rest", () => {
    expect(cleanText("a\u0000b\u0007c\r\nd\te")).toBe("abc\nd\te");
    expect(cleanText("e\u0301")).toBe("é");
    expect(cleanText("\ud83d")).toBe("\ufffd");
    expect(cleanLine("  two\nlines\t ")).toBe("two lines");
  });

  it("leaves every hostile string storable: no NUL, no lone surrogate", () => {
    for (const text of BLNS) {
      const out = cleanText(text);
      expect(out.includes("\u0000")).toBe(false);
      expect(out.isWellFormed()).toBe(true);
    }
  });
});
