import { describe, expect, it } from "vitest";
import { hashClientIp } from "./client-ip";

const h = (xff?: string) => new Headers(xff ? { "x-forwarded-for": xff } : {});

describe("hashClientIp", () => {
  it("keys on the address our nearest proxy saw, not on what the client claims", () => {
    expect(hashClientIp(h("6.6.6.6, 10.0.0.1"), "s")).toBe(hashClientIp(h("10.0.0.1"), "s"));
    expect(hashClientIp(h("6.6.6.6, 203.0.113.5, 10.0.0.1"), "s", 2)).toBe(hashClientIp(h("203.0.113.5"), "s"));
    expect(hashClientIp(h("1.1.1.1"), "s")).not.toBe(hashClientIp(h("1.1.1.2"), "s"));
  });

  it("does not reveal the address and depends on the secret", () => {
    const hash = hashClientIp(h("192.0.2.7"), "secret-one");
    expect(hash).not.toContain("192");
    expect(hash).toHaveLength(32);
    expect(hash).not.toBe(hashClientIp(h("192.0.2.7"), "secret-two"));
    expect(hashClientIp(h(), "s")).toBe(hashClientIp(h(" , "), "s"));
  });
});
