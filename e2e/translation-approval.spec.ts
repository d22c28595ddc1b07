import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../lib/db/client";
import { loadSeedTranslations } from "../lib/seed/seed-translations";
import { my } from "../lib/i18n/messages/my";
import { E2E_PLAIN_URL } from "../playwright.config";
import { signInAs } from "./admin-session";
import { unescapeHtml } from "./html-text";

// The plain server shows the seed's Burmese as any deployment does: drafts, awaiting a fluent reader.
// (The main server approves the seed's drafts for the specs that read Burmese pages: playwright.config.ts.)
test.use({ baseURL: E2E_PLAIN_URL });

const seed = loadSeedTranslations("my");
/** Every draft the seed ships, less the few short ones the interface itself also writes (a country's name). */
const catalogue = JSON.stringify(my);
const drafts = [
  seed.campaign.title,
  seed.campaign.ask,
  seed.petition.title,
  seed.petition.body,
  // Country names are left out: the signing form's country list writes them from the runtime's own
  // Burmese locale data (Intl.DisplayNames), whatever the translations say.
  ...Object.values(seed.countries).map((c) => c.statusNote),
  ...Object.values(seed.evidence),
].filter((d): d is string => !!d && !catalogue.includes(d));

const unescape = unescapeHtml;

test("no Burmese page shows a draft; approving one shows it; editing its English sends it back to review", async ({
  page,
  context,
  request,
}) => {
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  const slugs = (await db.country.findMany({ select: { slug: true } })).map((c) => c.slug);
  await db.$disconnect();
  const paths = ["/my", "/my/petition", "/my/about", "/my/privacy", "/my/donate", "/my/embed/petition"];
  for (const slug of slugs) paths.push(`/my/countries/${slug}`, `/my/embed/countries/${slug}`);
  for (const path of paths) {
    const html = unescape(await (await request.get(path)).text());
    for (const draft of drafts)
      expect(html.includes(draft), `${path} shows the draft "${draft.slice(0, 40)}…"`).toBe(false);
  }

  // An organiser approves Australia's status note: the Burmese page shows it within 5 s.
  await signInAs(context, E2E_PLAIN_URL, "ORGANISER");
  await page.goto("/admin/translations/my");
  const note = page.getByTestId("translation").filter({ hasText: "Australia: status note" });
  await expect(note.getByTestId("draft-translation")).toBeVisible();
  await note.getByLabel("Approved: a fluent reader has checked it").check();
  await note.getByRole("button", { name: "Save translation" }).click();
  await expect(note.getByRole("status")).toContainText("Saved and approved");
  const burmese = seed.countries.australia.statusNote!;
  await expect
    .poll(async () => unescape(await (await request.get("/my/countries/australia")).text()).includes(burmese), {
      timeout: 5_000,
    })
    .toBe(true);

  // Its English changes: the Burmese page shows the new English, and the admin both Englishes.
  await page.goto("/admin/content/australia");
  const status = page.getByTestId("country-status");
  const before = await status.getByLabel("Why (shown on the country page)").inputValue();
  const after = `${before} (Corrected wording.)`;
  await status.getByLabel("Why (shown on the country page)").fill(after);
  await status.getByRole("button", { name: "Save status" }).click();
  await expect(status.getByRole("status")).toBeVisible();
  await expect
    .poll(async () => unescape(await (await request.get("/my/countries/australia")).text()).includes(burmese), {
      timeout: 5_000,
    })
    .toBe(false);
  await page.goto("/admin/translations/my");
  const changed = note.getByTestId("changed-translation");
  await expect(changed.getByTestId("approved-english")).toHaveText(before);
  await expect(changed.getByTestId("current-english")).toHaveText(after);

  // The English as the seed wrote it again, for the specs after this one (its approval then holds again).
  const restore = createPrismaClient(process.env.DATABASE_URL!, 1);
  await restore.country.updateMany({ where: { slug: "australia" }, data: { statusNote: before } });
  await restore.$disconnect();
});
