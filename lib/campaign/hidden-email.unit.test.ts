import { describe, expect, it } from "vitest";
import { emailHiddenInSource } from "./hidden-email";
import { loadSeedData } from "../seed/seed-data";

describe("a mission whose published email the stored copy hides", () => {
  it("is told apart from one with no email found, from the research notes alone", () => {
    const hidden = loadSeedData()
      .countries.filter((c) =>
        c.contacts.some((k) => emailHiddenInSource({ emails: k.emails, notes: k.notes ?? null })),
      )
      .map((c) => c.slug)
      .sort();
    // India, Russia, Nepal and Australia: "[email protected]" in the stored copy; China: a third-party page's
    // email "is hidden". Japan, Thailand, North Korea, Pakistan, Belarus and Cambodia: none was found.
    expect(hidden).toEqual(["australia", "china", "india", "nepal", "russia"]);
  });

  it("never applies to a contact that has an email", () => {
    expect(emailHiddenInSource({ emails: ["a@example.org"], notes: "stored as '[email protected]'" })).toBe(false);
  });
});
