import { describe, expect, it } from "vitest";
import { shareLinks, taggedUrl } from "./share-links";

const page = {
  url: "https://campaign.example/countries/japan",
  title: "Japan: the evidence",
  text: "Burma Campaign UK's briefing of March 2021 named Japan. Read the evidence & write:",
};

// The page address a link carries, whatever the network wraps it in.
function carriedUrl(href: string): URL {
  const decoded = decodeURIComponent(href);
  return new URL(/https:\/\/campaign\.example\/\S+/.exec(decoded)![0]);
}

describe("taggedUrl", () => {
  it("adds the network and medium, and keeps the page's address", () => {
    expect(taggedUrl(page.url, "whatsapp")).toBe(
      "https://campaign.example/countries/japan?utm_source=whatsapp&utm_medium=share",
    );
    expect(taggedUrl("https://campaign.example/", "copy-link")).toBe(
      "https://campaign.example/?utm_source=copy-link&utm_medium=share",
    );
  });

  it("replaces tags the address already had, so a shared share is tagged once", () => {
    const twice = taggedUrl(taggedUrl(page.url, "x"), "telegram");
    expect(new URL(twice).searchParams.getAll("utm_source")).toEqual(["telegram"]);
    expect(new URL(twice).searchParams.getAll("utm_medium")).toEqual(["share"]);
  });
});

describe("shareLinks", () => {
  const links = shareLinks(page);

  it("offers WhatsApp, Telegram, Facebook, X, Bluesky and email, each on the network's own compose page", () => {
    expect(links.map((l) => l.network)).toEqual(["whatsapp", "telegram", "facebook", "x", "bluesky", "email"]);
    const hosts = links.map((l) => (l.href.startsWith("mailto:") ? "mailto" : new URL(l.href).host));
    expect(hosts).toEqual(["wa.me", "t.me", "www.facebook.com", "x.com", "bsky.app", "mailto"]);
  });

  it("carries the page's address tagged with its own network and medium=share", () => {
    for (const link of links) {
      const url = carriedUrl(link.href);
      expect(`${url.origin}${url.pathname}`).toBe(page.url);
      expect(url.searchParams.get("utm_source")).toBe(link.network);
      expect(url.searchParams.get("utm_medium")).toBe("share");
    }
  });

  it("sends the words with every network that takes them, encoded", () => {
    for (const link of links.filter((l) => l.network !== "facebook")) {
      expect(decodeURIComponent(link.href)).toContain(page.text);
      expect(link.href).not.toContain(" ");
    }
    expect(links.find((l) => l.network === "email")!.href).toMatch(/^mailto:\?subject=Japan%3A%20the%20evidence&body=/);
  });

  it("survives half an emoji in the words", () => {
    expect(() => shareLinks({ ...page, text: "broken \ud83d" })).not.toThrow();
  });
});
