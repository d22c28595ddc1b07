import { describe, expect, it } from "vitest";
import { BLNS } from "../testing/blns";
import { csvCell, csvRow, neutralise } from "./csv";

describe("csv", () => {
  it("quotes per RFC 4180", () => {
    expect(csvRow([csvCell("plain"), csvCell('say "hi"'), csvCell("a,b"), csvCell("two\nlines"), csvCell(null)])).toBe(
      'plain,"say ""hi""","a,b","two\nlines",\r\n',
    );
  });

  it("neutralises formula starts in user text, not in our own values", () => {
    expect(["=1+1", "+44", "-2", "@SUM(A1)", "\tx", "\rx"].map(neutralise)).toEqual([
      "'=1+1",
      "'+44",
      "'-2",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
    ]);
    expect(csvCell("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(csvCell("-5", false)).toBe("-5");
    expect(csvCell(new Date("2026-11-28T10:00:00Z"), false)).toBe("2026-11-28T10:00:00.000Z");
  });

  it("never lets a hostile string start a cell with a formula character", () => {
    for (const text of BLNS) {
      const cell = csvCell(text);
      const unquoted = cell.startsWith('"') ? cell.slice(1) : cell;
      expect(unquoted).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});
