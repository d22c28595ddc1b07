import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress, hashClientAddress, normaliseAddress } from "./client-address";

describe("clientAddress", () => {
  it("with no trusted proxies (the default) is the socket's peer, whatever the client claims", () => {
    expect(clientAddress("203.0.113.5", undefined, 0)).toBe("203.0.113.5");
    expect(clientAddress("203.0.113.5", "6.6.6.6", 0)).toBe("203.0.113.5");
    expect(clientAddress("::ffff:203.0.113.5", "6.6.6.6, 7.7.7.7", 0)).toBe("203.0.113.5");
  });

  it("behind N proxies of ours is the entry before them, and the client's own entries are ignored", () => {
    // Our nginx (10.0.0.1, the socket) appended the address it saw: 198.51.100.7.
    expect(clientAddress("10.0.0.1", "6.6.6.6, 198.51.100.7", 1)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.1", ["6.6.6.6", "198.51.100.7"], 1)).toBe("198.51.100.7");
    // Two proxies: a CDN appended the client, our nginx appended the CDN.
    expect(clientAddress("10.0.0.1", "6.6.6.6, 198.51.100.7, 192.0.2.50", 2)).toBe("198.51.100.7");
  });

  it("keys a request with fewer hops than configured on the socket", () => {
    expect(clientAddress("198.51.100.9", undefined, 1)).toBe("198.51.100.9");
    expect(clientAddress("198.51.100.9", "6.6.6.6", 2)).toBe("198.51.100.9");
  });

  it("falls back to the socket when the trusted entry is not an address", () => {
    expect(clientAddress("10.0.0.1", "<script>, not-an-ip", 1)).toBe("10.0.0.1");
    expect(clientAddress(undefined, undefined, 0)).toBe("unknown");
  });

  it("keys IPv6 clients per /64", () => {
    expect(normaliseAddress("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(normaliseAddress("2001:db8:1:2:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(normaliseAddress("2001:0db8:0001:0002::9")).toBe("2001:db8:1:2::/64");
    expect(normaliseAddress("::1")).toBe("0:0:0:0::/64");
    expect(normaliseAddress("[2001:db8::1]")).toBe("2001:db8:0:0::/64");
    expect(normaliseAddress("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(normaliseAddress("64:ff9b::192.0.2.1")).toBe("64:ff9b:0:0::/64");
    expect(clientAddress("2001:db8:1:2::7", undefined, 0)).toBe(clientAddress("2001:db8:1:2:9::8", undefined, 0));
    expect(clientAddress("2001:db8:1:3::7", undefined, 0)).not.toBe(clientAddress("2001:db8:1:2::7", undefined, 0));
  });
});

describe("hashClientAddress", () => {
  const h = (address?: string) => new Headers(address ? { [CLIENT_ADDRESS_HEADER]: address } : {});

  it("does not reveal the address and depends on the secret", () => {
    const hash = hashClientAddress(h("192.0.2.7"), "secret-one");
    expect(hash).not.toContain("192");
    expect(hash).toHaveLength(32);
    expect(hash).not.toBe(hashClientAddress(h("192.0.2.7"), "secret-two"));
    expect(hashClientAddress(h("192.0.2.7"), "s")).not.toBe(hashClientAddress(h("192.0.2.8"), "s"));
  });

  it("reads only the server layer's header, never X-Forwarded-For", () => {
    const forged = new Headers({ "x-forwarded-for": "6.6.6.6" });
    expect(hashClientAddress(forged, "s")).toBe(hashClientAddress(h(), "s"));
  });
});
