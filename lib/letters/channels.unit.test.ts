import { describe, expect, it } from "vitest";
import { loadSeedData } from "../seed/seed-data";
import { channelsForContact } from "./channels";

describe("channelsForContact", () => {
  it("offers only what a contact record holds, and copying always", () => {
    expect(channelsForContact({ emails: [], website: null, address: null, phone: null })).toEqual(["copy"]);
    expect(
      channelsForContact({ emails: ["a@b.org"], website: "https://x.org", address: "1 St", phone: "020 7465 6500" }),
    ).toEqual(["email", "webform", "post", "phone", "copy"]);
    expect(channelsForContact({ emails: [], website: null, address: "1 St", phone: "fax only, no number" })).toEqual([
      "post",
      "copy",
    ]);
  });

  it("gives each listed country the channels its London mission allows", () => {
    const offered = Object.fromEntries(
      loadSeedData()
        .countries.filter((c) => c.status === "listed")
        .map((c) => [c.slug, channelsForContact(c.contacts[0]).join(" ")]),
    );
    expect(offered).toEqual({
      japan: "webform post phone copy",
      india: "webform post copy",
      thailand: "webform post phone copy",
      russia: "webform post phone copy",
      china: "webform post phone copy",
      vietnam: "email post phone copy",
      cambodia: "webform post copy",
      ukraine: "email post phone copy",
      "north-korea": "post copy",
      nepal: "webform post phone copy",
      pakistan: "post phone copy",
      belarus: "post copy",
    });
  });
});
