import { describe, expect, it } from "vitest";
import { onAppUrl } from "./app-url-redirect";

const APP = "http://127.0.0.1:4310";

describe("onAppUrl (Auth.js's redirects and links)", () => {
  it("keeps a path and query of ours, on APP_URL", () => {
    expect(onAppUrl("/admin/signatures?page=2", APP)).toBe(`${APP}/admin/signatures?page=2`);
    expect(onAppUrl(`${APP}/admin`, APP)).toBe(`${APP}/admin`);
    // Auth.js's base is the host the request came under: its path is ours, its host is not used.
    expect(onAppUrl("http://localhost:3000/admin", APP, "http://localhost:3000")).toBe(`${APP}/admin`);
  });

  it.each([
    "x:@evil.example/steal",
    "https://evil.example/steal",
    "//evil.example/steal",
    "javascript:alert(1)",
    "http://127.0.0.1:4310@evil.example/",
    "http://localhost:3000/admin",
  ])("never leaves our origin for %j", (url) => {
    const result = new URL(onAppUrl(url, APP));
    expect(`${result.origin}${result.pathname}`).toBe(`${APP}/`);
    expect(result.username).toBe("");
  });
});
