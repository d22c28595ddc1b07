import { describe, expect, it } from "vitest";
import { BLNS } from "../testing/blns";
import { findUnknownMergeFields, renderTemplate } from "./merge-fields";

const values = {
  target_name: "Embassy of Japan in the UK",
  country_name: "Japan",
  supporter_name: "Ann Lee",
  supporter_town: "Leeds",
};

describe("renderTemplate", () => {
  it("fills every known field, with or without spaces inside the braces", () => {
    expect(
      renderTemplate("To the {{target_name}}: {{ country_name }}.\n\n{{supporter_name}}\n{{supporter_town}}", values),
    ).toBe("To the Embassy of Japan in the UK: Japan.\n\nAnn Lee\nLeeds");
  });

  it("drops the trailing lines a blank supporter field leaves empty", () => {
    expect(
      renderTemplate("Yours,\n{{supporter_name}}\n{{supporter_town}}", {
        ...values,
        supporter_name: " ",
        supporter_town: "",
      }),
    ).toBe("Yours,");
  });

  it("inserts supporters' text as typed, never interpreting it", () => {
    for (const text of BLNS) {
      const out = renderTemplate("Hi {{supporter_name}}!", { ...values, supporter_name: text });
      expect(out.startsWith("Hi ")).toBe(true);
      expect(out).toContain(
        text
          .trim()
          .replace(/[ \t]+$/gm, "")
          .split("\n")[0],
      );
    }
    expect(renderTemplate("{{supporter_name}}", { ...values, supporter_name: "{{target_name}} <script>" })).toBe(
      "{{target_name}} <script>",
    );
  });

  it("refuses a template with a field it does not know", () => {
    expect(findUnknownMergeFields("Dear {{first_name}}, {{ target_name }} {{}}")).toEqual(["first_name", ""]);
    expect(() => renderTemplate("Dear {{first_name}}", values)).toThrowError("Unknown merge field: first_name");
    expect(findUnknownMergeFields("{ single } and {{target_name}}")).toEqual([]);
  });
});
