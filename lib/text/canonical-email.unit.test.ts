import { describe, expect, it } from "vitest";
import { canonicalEmail, emailDomain } from "./canonical-email";

describe("canonicalEmail", () => {
  it.each([
    ["Ann.Lee@Gmail.com", "annlee@gmail.com"],
    ["a.n.n.lee+burma@googlemail.com", "annlee@gmail.com"],
    ["  ANN@example.ORG ", "ann@example.org"],
    ["ann+tag@example.org", "ann+tag@example.org"],
    ["first.last@example.org", "first.last@example.org"],
    ["me+news@outlook.com", "me@outlook.com"],
    ["me.too+x@hotmail.co.uk", "me.too@hotmail.co.uk"],
    ["José@Exämple.com", "josé@exämple.com"],
    ["Jose\u0301@example.com", "josé@example.com"],
    ["trailing@example.com.", "trailing@example.com"],
  ])("%s → %s", (typed, key) => {
    expect(canonicalEmail(typed)).toBe(key);
  });

  it("gives the domain that per-provider limits use", () => {
    expect(emailDomain("x.y+z@GoogleMail.com")).toBe("gmail.com");
  });
});
