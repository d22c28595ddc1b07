import { readFileSync } from "node:fs";
import { sharedFile } from "../testing/shared-dir";
import { describe, expect, it } from "vitest";
import { BRIEFING_CONTEXT } from "./briefing-context";

// The quotations are the briefing's own words, as shared/briefing holds them.
const BRIEFING = sharedFile("briefing", "burma-briefing-54-military-cooperation.txt");

describe("the briefing's context", () => {
  it("is quoted word for word", ({ skip }) => {
    skip(
      !existsQuietly(BRIEFING),
      "needs the briefing's text in ../shared/briefing beside the checkout, or in CAMPAIGN_SHARED_DIR",
    );
    const text = readFileSync(BRIEFING, "utf8").replace(/\s+/g, " ");
    for (const [key, quote] of Object.entries(BRIEFING_CONTEXT)) {
      if (key !== "date") expect(text, key).toContain(quote);
    }
    expect(text).toContain(BRIEFING_CONTEXT.date);
  });
});

function existsQuietly(file: string): boolean {
  try {
    readFileSync(file);
    return true;
  } catch {
    return false;
  }
}
