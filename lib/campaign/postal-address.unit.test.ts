import { describe, expect, it } from "vitest";
import { splitPostalAddress } from "./postal-address";

describe("a postal address apart from its research notes", () => {
  it("takes notes in brackets and after a semicolon off the address a letter is posted to", () => {
    expect(
      splitPostalAddress("64 Brondesbury Park, London (Willesden area); postcode not found in a stored page"),
    ).toEqual({
      postal: "64 Brondesbury Park, London",
      notes: ["Willesden area", "postcode not found in a stored page"],
    });
    expect(splitPostalAddress("6/7 Kensington Palace Gardens, London W8 4QP (consular section at no. 5)")).toEqual({
      postal: "6/7 Kensington Palace Gardens, London W8 4QP",
      notes: ["consular section at no. 5"],
    });
    expect(splitPostalAddress("101-104 Piccadilly, London W1J 7JT")).toEqual({
      postal: "101-104 Piccadilly, London W1J 7JT",
      notes: [],
    });
  });
});
