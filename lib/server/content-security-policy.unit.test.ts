import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, inlineScriptHashes } from "./content-security-policy";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("content security policy", () => {
  it("lists the hash of each distinct inline script and nothing for external ones", () => {
    const html =
      `<script src="/_next/a.js" async=""></script><script>self.__next_f.push([1,"\\u003cb\\u003e"])</script>` +
      `<script id="x">self.__next_f.push([2])</script>` +
      `<script>self.__next_f.push([1,"\\u003cb\\u003e"])</script><script></script>`;
    expect(inlineScriptHashes(html)).toEqual([
      sha('self.__next_f.push([1,"\\u003cb\\u003e"])'),
      sha("self.__next_f.push([2])"),
    ]);
  });

  it("never allows inline scripts wholesale and refuses framing", () => {
    const policy = contentSecurityPolicy("<script>a()</script>");
    expect(policy).toContain(`script-src 'self' ${sha("a()")};`);
    expect(policy.split("; ").find((d) => d.startsWith("script-src"))).not.toContain("unsafe");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy("", { frameAncestors: [] })).toContain("frame-ancestors 'none'");
  });

  it("lets only the partners given frame an embed page", () => {
    const policy = contentSecurityPolicy("", { frameAncestors: ["https://a.org", "http://127.0.0.1:3512"] });
    expect(policy.split("; ").at(-1)).toBe("frame-ancestors https://a.org http://127.0.0.1:3512");
  });

  it("text a user typed, escaped by React, adds no script of its own", () => {
    const escaped = "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><script>ok()</script>";
    expect(inlineScriptHashes(escaped)).toEqual([sha("ok()")]);
  });

  it("lets forms post only to us and to Stripe's checkout and portal (and the test Stripe given)", () => {
    const stripe = "form-action 'self' https://checkout.stripe.com https://billing.stripe.com";
    expect(contentSecurityPolicy("")).toContain(`${stripe};`);
    const policy = contentSecurityPolicy("", { stripeApiBase: "http://127.0.0.1:4650/v1" } as never);
    expect(policy).toContain(`${stripe} http://127.0.0.1:4650;`);
  });
});
