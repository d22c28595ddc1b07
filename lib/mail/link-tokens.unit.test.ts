import { describe, expect, it } from "vitest";
import { fillLinks, linkToken } from "./link-tokens";

const SECRET = "test-only-link-secret-0123456789abcdef";

describe("filling an email's link slots as it is sent", () => {
  it("fills our slots, and leaves text a person typed that looks like one as they typed it", () => {
    const email = { id: "email-1", signatureId: null };
    // A donor's name from Stripe's page, or an organiser's update, may hold anything: a made-up purpose,
    // or an unsubscribe slot in an email that belongs to no signature, must not stop the email.
    const text = "Dear {{token:nonsense}} {{token:unsubscribe}}, https://app.test/d/{{token:data-access}}";
    const made = new Map();
    const token = linkToken(SECRET, "data-access", "email-1");
    expect(fillLinks(text, SECRET, email, made)).toBe(
      `Dear {{token:nonsense}} {{token:unsubscribe}}, https://app.test/d/${token}`,
    );
    expect([...made.keys()]).toEqual(["data-access"]);
  });
});
