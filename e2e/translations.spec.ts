import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../lib/db/client";
import { expectNoAxeViolations } from "./axe";
import { signInAs } from "./admin-session";

test("an organiser approves a Burmese draft, edits it, and the Burmese page shows it at once", async ({
  page,
  context,
  baseURL,
}) => {
  // An admin: the audit log is theirs to read.
  await signInAs(context, baseURL!, "ADMIN");
  await page.goto("/admin/translations/my");
  await expect(page.getByTestId("translation-summary")).toContainText(/drafts awaiting review/);
  const thailand = page.getByTestId("translation").filter({ hasText: "Thailand: name" });
  await expect(thailand.getByTestId("draft-translation")).toContainText(
    "Draft translation, awaiting review by a fluent reader",
  );
  await expectNoAxeViolations(page);

  await thailand.getByLabel("Translation").fill("ထိုင်းနိုင်ငံ");
  await thailand.getByLabel("Approved: a fluent reader has checked it").check();
  await thailand.getByRole("button", { name: "Save translation" }).click();
  await expect(thailand.getByRole("status")).toContainText("Saved and approved");
  await page.goto("/my/countries/thailand");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ထိုင်းနိုင်ငံ");
  await page.goto("/admin/audit");
  await expect(page.locator("main")).toContainText("translation-save");
});

test("a research note with no Burmese yet shows its English, marked as English", async ({ page }) => {
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    const belarus = await db.evidenceItem.findFirstOrThrow({ where: { country: { slug: "belarus" } } });
    await db.contentTranslation.deleteMany({ where: { lang: "my", entity: "evidence", entityId: belarus.id } });
  } finally {
    await db.$disconnect();
  }
  // The page is cached for up to 10 s (ISR), as any change made outside the admin.
  await expect
    .poll(
      async () => {
        await page.goto("/my/countries/belarus");
        return page.locator('.research [lang="en-GB"]').count();
      },
      { timeout: 30_000, intervals: [2000] },
    )
    .toBe(1);
  await expect(page.locator(".research .in-english")).toHaveText("(အင်္ဂလိပ်ဘာသာဖြင့်)");
  await expectNoAxeViolations(page);
});
