import { appUrls, proxyUrl } from "./stack";
import { expect, runTag, test } from "./fixtures";
import { homeShows, saveCampaignAsk } from "./organiser-edit";

// R6: an organiser's save made through instance A is served by instance B within 2 s, and through
// nginx within 2 s too. Without the shared cache B would keep its own render of the home page until
// its `revalidate` (10 s) ran out; with it, A's revalidatePath drops the page from Redis for both.
test("R6: an organiser's edit through one instance is served by the other within 2 s", async ({ page, context }) => {
  const [a, b] = appUrls;
  const marker = `R6-${runTag}-${Date.now().toString(36)}`;
  // B has rendered and cached the home page before the save, and it does not show the new text yet.
  expect(await homeShows(b, "Burma")).toBe(true);
  expect(await homeShows(b, marker)).toBe(false);
  expect(await homeShows(proxyUrl, marker)).toBe(false);

  const saved = await saveCampaignAsk(page, context, a, `Stop training the Burmese military. ${marker}`);
  await expect.poll(() => homeShows(b, marker), { timeout: 2000, intervals: [100] }).toBe(true);
  const onB = Date.now() - saved;
  await expect.poll(() => homeShows(proxyUrl, marker), { timeout: 2000 - onB, intervals: [100] }).toBe(true);
  console.log(`R6: saved through A; shown by B after ${onB} ms, through nginx after ${Date.now() - saved} ms`);
});
