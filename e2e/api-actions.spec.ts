import { expect, test } from "@playwright/test";
import { BLNS } from "../lib/testing/blns";

// Each request claims its own client address, so these checks do not use up the rate limit of
// the browser tests that share 127.0.0.1.
let n = 0;
const headers = () => ({ "content-type": "application/json", "x-forwarded-for": `198.51.100.${(n++ % 250) + 1}` });

test("bad requests to the action endpoint get clear 4xx answers, never a 500", async ({ request }) => {
  const post = (data: string, extra: Record<string, string> = {}) =>
    request.post("/api/actions", { data: Buffer.from(data), headers: { ...headers(), ...extra } });

  const notJson = await post("{not json");
  expect(notJson.status()).toBe(400);
  expect((await notJson.json()).error.message).toBe("We could not read that request.");

  const badChannel = await post(JSON.stringify({ country: "japan", channel: "FAX" }));
  expect(badChannel.status()).toBe(400);
  expect((await badChannel.json()).error.fields.channel).toBe("That is not a way of sending a message on this site.");

  expect((await post(JSON.stringify({ country: "atlantis", channel: "COPY" }))).status()).toBe(404);
  expect(
    (await post(JSON.stringify({ country: "japan", channel: "COPY" }), { origin: "https://evil.example" })).status(),
  ).toBe(403);
  expect(
    (await post(JSON.stringify({ country: "japan", channel: "COPY", utmSource: "x".repeat(5000) }))).status(),
  ).toBe(413);
  expect((await request.get("/api/actions")).status()).toBe(400);

  for (const text of BLNS) {
    const response = await post(JSON.stringify({ country: text, contactId: text, channel: "COPY", sourcePath: text }));
    expect(response.status(), text).toBeLessThan(500);
  }
});

test("hostile tracking tags are stored and answered without error", async ({ request }) => {
  for (const text of BLNS.filter((t) => t.length <= 100).slice(0, 80)) {
    const response = await request.post("/api/actions", {
      data: Buffer.from(
        JSON.stringify({ country: "japan", channel: "COPY", utmSource: text, utmCampaign: text, embedOrigin: text }),
      ),
      headers: headers(),
    });
    expect(response.status(), text).toBe(201);
    expect(typeof (await response.json()).count).toBe("number");
  }
});

test("a client that sends too many actions is told to wait", async ({ request }) => {
  const same = { "content-type": "application/json", "x-forwarded-for": "203.0.113.99" };
  const statuses = [];
  for (let i = 0; i < 22; i++) {
    const response = await request.post("/api/actions", {
      data: Buffer.from(JSON.stringify({ country: "nepal", channel: "COPY" })),
      headers: same,
    });
    statuses.push(response.status());
    if (response.status() === 429) {
      expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
      expect((await response.json()).error.message).toMatch(/Please wait a minute/);
    }
  }
  expect(statuses.filter((s) => s === 201)).toHaveLength(20);
  expect(statuses.slice(20)).toEqual([429, 429]);
});
