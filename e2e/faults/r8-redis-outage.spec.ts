import { createClient } from "@redis/client";
import { appUrls, proxyUrl } from "./stack";
import { expect, runTag, test } from "./fixtures";
import { homeShows, saveCampaignAsk } from "./organiser-edit";

// R8: the shared cache's Redis stops mid-load. Every instance falls back to its own memory: pages are
// still served, nothing is a 5xx. When Redis is back (empty: it keeps nothing on disk), the instances
// reconnect by themselves and fill it again, and an organiser's save is again served by every
// instance at once.
const PAGES = ["/", "/about", "/countries/japan", "/petition"];

test("R8: with Redis stopped mid-load pages are still served, and the shared cache catches up", async ({
  stack,
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const answers: { status: number; at: number; url: string }[] = [];
  let running = true;
  const loop = async (k: number) => {
    for (let i = k; running; i++) {
      const base = [proxyUrl, ...appUrls][i % 3];
      const url = `${base}${PAGES[i % PAGES.length]}`;
      const status = await fetch(url).then(
        async (r) => (await r.arrayBuffer(), r.status),
        () => 0,
      );
      answers.push({ status, at: Date.now(), url });
    }
  };
  const loops = Array.from({ length: 12 }, (_, k) => loop(k));
  await expect.poll(() => answers.length, { timeout: 60_000 }).toBeGreaterThanOrEqual(200);
  await stack.stopRedis();
  const stoppedAt = Date.now();
  await expect.poll(() => answers.filter((a) => a.at > stoppedAt).length, { timeout: 60_000 }).toBeGreaterThan(400);
  await stack.startRedis();
  const backAt = Date.now();
  // Caught up: with the load still coming, the instances reconnect by themselves (within 2 s) and
  // store pages in the new, empty Redis again.
  const redis = createClient({ url: stack.redisUrl });
  await redis.connect();
  try {
    const pagesStored = async () => (await redis.keys("campaign:*/route-cache/APP_PAGE/*")).length;
    await expect.poll(pagesStored, { timeout: 30_000 }).toBeGreaterThan(0);
  } finally {
    await redis.close();
  }
  const caughtUp = Date.now();
  await expect.poll(() => answers.filter((a) => a.at > backAt).length, { timeout: 60_000 }).toBeGreaterThan(200);
  running = false;
  await Promise.all(loops);

  const during = answers.filter((a) => a.at > stoppedAt && a.at < backAt);
  const bad = answers.filter((a) => a.status !== 200);
  console.log(
    `R8: ${answers.length} page requests, ${during.length} while Redis was stopped ` +
      `(${Math.round((backAt - stoppedAt) / 1000)} s); ${bad.length} not 200; ` +
      `pages in Redis again ${caughtUp - backAt} ms after it was back`,
  );
  expect(bad.map((a) => `${a.status} ${a.url}`)).toEqual([]);
  expect(during.length).toBeGreaterThan(0);

  // And shared again: a save through one instance shows on the other.
  const marker = `R8-${runTag}-${Date.now().toString(36)}`;
  const [a, b] = appUrls;
  expect(await homeShows(b, marker)).toBe(false);
  await saveCampaignAsk(page, context, a, `Stop training the Burmese military. ${marker}`);
  await expect.poll(() => homeShows(b, marker), { timeout: 2000, intervals: [100] }).toBe(true);
});
