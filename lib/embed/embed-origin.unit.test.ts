import { describe, expect, it } from "vitest";
import { allowedEmbedOrigin, embedOrigins, isEmbedPath } from "./embed-origin";
import { embedSnippets, iframeSnippet, resizeScriptSnippet } from "./embed-snippets";
import { signerSourceFrom } from "./signer-source";

const LISTED = ["https://partner.org/", "http://127.0.0.1:3512"];

describe("the embedding origin check", () => {
  it("takes only an origin on the list, exactly", () => {
    expect(embedOrigins(LISTED)).toEqual(["https://partner.org", "http://127.0.0.1:3512"]);
    expect(allowedEmbedOrigin("https://partner.org", LISTED)).toBe("https://partner.org");
    expect(allowedEmbedOrigin("https://partner.org/", LISTED)).toBe("https://partner.org");
    expect(allowedEmbedOrigin("http://127.0.0.1:3512", LISTED)).toBe("http://127.0.0.1:3512");
    for (const forged of [
      "http://partner.org",
      "https://partner.org:444",
      "https://partner.org.evil.example",
      "https://evil.example/https://partner.org",
      "https://partner.org@evil.example",
      "https://PARTNER.org/x",
      "https://partner.org/path",
      "javascript:alert(1)//https://partner.org",
      "null",
      "",
      "http://localhost:3512",
      "https://partner.org" + "/".repeat(400),
    ]) {
      expect(allowedEmbedOrigin(forged, LISTED), forged).toBeNull();
    }
    expect(allowedEmbedOrigin(null, LISTED)).toBeNull();
    expect(allowedEmbedOrigin("https://partner.org", [])).toBeNull();
  });

  it("judges embed paths as Next will route them", () => {
    expect(isEmbedPath("/embed/petition")).toBe(true);
    expect(isEmbedPath("/embed/countries/japan")).toBe(true);
    expect(isEmbedPath("/my/embed/petition")).toBe(true);
    expect(isEmbedPath("/my/embed/countries/japan")).toBe(true);
    for (const path of [
      "/embed",
      "/petition",
      "/embed/../admin",
      "/embed/%2e%2e/admin",
      "/embed/./x",
      "/x/embed/",
      "/my/embed/../../admin",
      "/my/embed",
      "/myembed/petition",
      "/en/embed/petition",
      "/my/petition",
    ])
      expect(isEmbedPath(path), path).toBe(false);
  });
});

describe("where a signer came from", () => {
  const headers = (h: Record<string, string>) => new Headers(h);

  it("reads utm tags and the frame's listed origin from the form page's address", () => {
    const referer =
      "http://app.test/embed/petition?origin=http%3A%2F%2F127.0.0.1%3A3512&utm_source=news&utm_medium=embed";
    expect(signerSourceFrom(headers({ referer, origin: "http://app.test" }), LISTED)).toEqual({
      utmSource: "news",
      utmMedium: "embed",
      utmCampaign: null,
      embedOrigin: "http://127.0.0.1:3512",
    });
  });

  it("keeps no origin that is not listed, and cleans and cuts the tags", () => {
    const long = "x".repeat(500);
    const referer = `http://app.test/petition?origin=https://evil.example&utm_campaign=${long}&utm_source=a%00b`;
    expect(signerSourceFrom(headers({ referer }), LISTED)).toEqual({
      utmSource: "ab",
      utmMedium: null,
      utmCampaign: "x".repeat(100),
      embedOrigin: null,
    });
    expect(signerSourceFrom(headers({ referer: "not a url" }), LISTED).embedOrigin).toBeNull();
    expect(signerSourceFrom(headers({}), LISTED)).toEqual({
      utmSource: null,
      utmMedium: null,
      utmCampaign: null,
      embedOrigin: null,
    });
  });

  it("knows a partner's own form posting to us by its Origin header", () => {
    expect(signerSourceFrom(headers({ origin: "https://partner.org" }), LISTED).embedOrigin).toBe(
      "https://partner.org",
    );
    expect(signerSourceFrom(headers({ origin: "https://evil.example" }), LISTED).embedOrigin).toBeNull();
  });
});

describe("the snippets for partners", () => {
  it("gives each listed partner an iframe naming it, and a resize script trusting only our origin", () => {
    const snippets = embedSnippets("https://app.test", LISTED, "en", 'Stop "ties" <now>', [
      { slug: "japan", name: "Japan" },
    ]);
    expect(snippets.map((s) => [s.partner, s.label])).toEqual([
      ["https://partner.org", "The petition"],
      ["https://partner.org", "Japan"],
      ["http://127.0.0.1:3512", "The petition"],
      ["http://127.0.0.1:3512", "Japan"],
    ]);
    expect(snippets[0].html).toContain(
      'src="https://app.test/embed/petition?origin=https%3A%2F%2Fpartner.org" ' +
        'title="Sign the petition: Stop &quot;ties&quot; &lt;now>"',
    );
    expect(iframeSnippet("https://app.test", "https://partner.org", "/embed/countries/japan", "J")).toContain(
      "https://app.test/embed/countries/japan?origin=https%3A%2F%2Fpartner.org",
    );
    const burmese = embedSnippets("https://app.test", LISTED, "my", "စစ်ရေး", [{ slug: "japan", name: "ဂျပန်" }]);
    expect(burmese.map((s) => s.lang)).toEqual(["my", "my", "my", "my"]);
    expect(burmese[0].html).toContain(
      'src="https://app.test/my/embed/petition?origin=https%3A%2F%2Fpartner.org" title="အသနားခံစာကို လက်မှတ်ထိုးပါ - စစ်ရေး"',
    );
    expect(burmese[1].html).toContain('src="https://app.test/my/embed/countries/japan?origin=');
    expect(burmese[1].html).toContain('title="ဂျပန် - ယခုပင် လုပ်ဆောင်ပါ"');
    expect(resizeScriptSnippet("https://app.test/")).toContain('event.origin !== "https://app.test"');
  });
});
