import type { BrowserContext, Page } from "@playwright/test";
import { expect } from "@playwright/test";
import { sessionCookieFor } from "../admin-session";

/** An organiser saves the campaign's ask (shown on the home page) through one instance's admin page. */
export async function saveCampaignAsk(page: Page, context: BrowserContext, instanceUrl: string, ask: string) {
  await context.addCookies([{ ...(await sessionCookieFor("ORGANISER")), url: instanceUrl }]);
  await page.goto(`${instanceUrl}/admin/content`);
  await page.getByLabel("What the campaign asks").fill(ask);
  await page.getByRole("button", { name: "Save campaign text" }).click();
  await expect(page.getByText("Saved. The public pages show it now.")).toBeVisible();
  return Date.now();
}

/** Whether the home page at this address shows the text (status and body checked, never thrown). */
export async function homeShows(baseUrl: string, text: string): Promise<boolean> {
  const response = await fetch(`${baseUrl}/`).catch(() => undefined);
  return !!response && response.status === 200 && (await response.text()).includes(text);
}
