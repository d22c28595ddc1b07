import { describe, expect, it } from "vitest";
import { currentKey, signedSerializer } from "./signed-cache-value.js";

// Issue 26: whoever could write to Redis rewrote the cached /about to carry a script, both instances
// served it, and the hash-based CSP allowed it. A page read from the shared cache must be one an
// instance wrote, for that key: anything else is a miss, so the page is rendered again.
const KEY = Buffer.from("test-only-page-cache-key");
const entry = { lastModified: 1, tags: [], value: { kind: "APP_PAGE", html: "<p>About us</p>", status: 200 } };
const at = <T>(key: string, run: () => T) => currentKey.run(key, run);

describe("pages in the shared cache", () => {
  it("come back as they were written", () => {
    const serializer = signedSerializer(KEY);
    const stored = at("/about", () => serializer.serialize(entry as never));
    expect(at("/about", () => serializer.deserialize(stored))).toEqual(entry);
  });

  it("are ignored when rewritten, moved to another key, or written without the instances' key", () => {
    const serializer = signedSerializer(KEY);
    const stored = at("/about", () => serializer.serialize(entry as never));
    const tampered = stored.replace("<p>About us</p>", "<script>alert(1)</script>");
    expect(tampered).not.toBe(stored);
    expect(at("/about", () => serializer.deserialize(tampered))).toBeNull();
    expect(at("/privacy", () => serializer.deserialize(stored))).toBeNull();
    const forged = at("/about", () => signedSerializer(Buffer.from("another key")).serialize(entry as never));
    expect(at("/about", () => serializer.deserialize(forged))).toBeNull();
    expect(at("/about", () => serializer.deserialize(JSON.stringify(entry)))).toBeNull();
  });
});
