import { describe, expect, it } from "vitest";
import { auditedDonationFilters } from "./donation-filters";

describe("the donations export's audit entry", () => {
  it("records the filters without the free-text search (often a donor's address), saying one was used", () => {
    const entry = auditedDonationFilters({ q: "mya.tin@example.org", status: "SUCCEEDED", giftAid: "yes" });
    expect(JSON.stringify(entry)).not.toContain("mya");
    expect(entry).toEqual({ status: "SUCCEEDED", giftAid: "yes", searched: true });
    expect(auditedDonationFilters({ status: "ACTIVE" })).toEqual({ status: "ACTIVE", searched: false });
  });
});
