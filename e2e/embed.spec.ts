import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import { expect, test, type Frame, type Page } from "@playwright/test";
import { createPrismaClient } from "../lib/db/client";
import { E2E_PARTNER_SITE } from "../playwright.config";
import { signInAs } from "./admin-session";
import { expectNoAxeViolations } from "./axe";

// A partner's site: a page of its own, served from another origin, framing our embed. The same
// server reached as "localhost" is another origin, one that is not listed: a stranger's site.
const PARTNER_PORT = Number(new URL(E2E_PARTNER_SITE).port);
const STRANGER_SITE = `http://localhost:${PARTNER_PORT}`;
let partner: Server;
let appUrl: string;
/** A page the partner pasted our snippets into (served at /pasted). */
let pasted = "";

test.beforeAll(async ({ baseURL }) => {
  appUrl = baseURL!;
  partner = createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://${req.headers.host}`);
    if (url.pathname === "/pasted") {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      return void res.end(
        `<!doctype html><html lang="en"><head><title>Partner</title></head><body>${pasted}</body></html>`,
      );
    }
    const embed = url.searchParams.get("embed") ?? "/embed/petition";
    const origin = `http://${req.headers.host}`;
    const src = `${appUrl}${embed}?origin=${encodeURIComponent(origin)}&utm_source=partner-news&utm_medium=embed`;
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="en"><head><title>Partner</title></head><body>
<h1>Our partner's page</h1>
<iframe id="petition" src="${src}" title="Sign the petition" style="width:100%;height:300px;border:0"></iframe>
<script>
window.heights = [];
window.addEventListener("message", function (event) {
  if (event.origin !== ${JSON.stringify(new URL(appUrl).origin)}) return;
  if (event.data && event.data.type === "petition-embed-height") window.heights.push(event.data.height);
});
window.countsRead = fetch(${JSON.stringify(`${appUrl}/api/public/counts`)}).then(function (r) { return r.json(); })
  .then(function (json) { return json; }, function (error) { return { failed: String(error) }; });
</script></body></html>`);
  });
  await new Promise<void>((resolve) => partner.listen(PARTNER_PORT, "0.0.0.0", resolve));
});
test.afterAll(() => new Promise<void>((resolve) => partner.close(() => resolve())));

test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` });
});

async function embedFrame(page: Page, site: string, embed = "/embed/petition"): Promise<Frame> {
  await page.goto(`${site}/?embed=${encodeURIComponent(embed)}`);
  const handle = await page.locator("#petition").elementHandle();
  const frame = await handle!.contentFrame();
  return frame!;
}

async function signIn(frame: Frame, email: string) {
  await frame.getByLabel("First name").fill("Hnin");
  await frame.getByLabel("Last name").fill("Partner");
  await frame.getByLabel("Email address").fill(email);
  await frame.getByLabel("Country").selectOption("GB");
  await frame.getByRole("button", { name: "Sign the petition" }).click();
  await expect(frame.getByTestId("sign-result")).toContainText("Please check your email");
}

async function signatureSource(email: string) {
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    return await db.signature.findFirst({
      where: { email },
      select: { embedOrigin: true, utmSource: true, utmMedium: true, sourcePath: true },
    });
  } finally {
    await db.$disconnect();
  }
}

/** The dashboard's count of signatures under one partner origin (0 when it has no row yet). */
async function dashboardSignatures(page: Page, origin: string): Promise<number> {
  await page.goto("/admin");
  const row = page.getByTestId("sources-by-origin").getByRole("row").filter({ hasText: origin });
  if ((await row.count()) === 0) return 0;
  return Number((await row.getByRole("cell").nth(1).innerText()).replace(/,/g, ""));
}

test("only /embed/ pages may be framed, and only by the listed partners", async ({ request }) => {
  const embed = await request.get("/embed/petition");
  expect(embed.status()).toBe(200);
  const policy = embed.headers()["content-security-policy"];
  expect(policy).toContain(`frame-ancestors https://partner.example ${E2E_PARTNER_SITE}`);
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  // Cached like the other public pages (the same HTML for every partner).
  expect(embed.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  for (const path of ["/petition", "/", "/donate"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
  }
  expect((await request.get("/embed/countries/japan")).headers()["content-security-policy"]).toContain(
    E2E_PARTNER_SITE,
  );
  expect((await request.get("/embed/countries/no-such-country")).status()).toBe(404);
});

test("a partner's page frames the petition, gets its height, and a signature counts under that partner", async ({
  page,
  context,
}) => {
  const frame = await embedFrame(page, E2E_PARTNER_SITE);
  await expect(frame.getByTestId("embed-page")).toBeVisible();
  await expect(frame.getByRole("heading", { level: 1 })).toContainText("Sign the petition");
  // The site's header and footer are not drawn in the frame.
  await expect(frame.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1) ?? 0))
    .toBeGreaterThan(300);

  await signInAs(context, appUrl, "ORGANISER");
  const organiser = await context.newPage();
  const before = await dashboardSignatures(organiser, E2E_PARTNER_SITE);

  const email = `embed-${randomUUID().slice(0, 8)}@example.org`;
  await signIn(frame, email);
  expect(await signatureSource(email)).toEqual({
    embedOrigin: E2E_PARTNER_SITE,
    utmSource: "partner-news",
    utmMedium: "embed",
    sourcePath: "/embed/petition",
  });
  expect(await dashboardSignatures(organiser, E2E_PARTNER_SITE)).toBe(before + 1);
  await expect(organiser.getByTestId("sources-by-tags")).toContainText("partner-news / embed / (none)");
  await expectNoAxeViolations(organiser);

  // A period with nothing in it, and a period the form cannot take, answered in words.
  await organiser.goto("/admin?from=2001-01-01&to=2001-01-31");
  await expect(organiser.getByTestId("sources-by-origin")).toContainText("Nothing in this period.");
  await organiser.goto("/admin?from=2026-02-31&to=x");
  await expect(organiser.getByTestId("period-error")).toContainText("Please give the start date as a day");
});

test("a partner's own counter reads the public counts from its page (CORS, cacheable)", async ({
  browser,
  request,
}) => {
  // A context of its own: the other tests' X-Forwarded-For would make the browser ask a preflight,
  // which a partner's plain fetch never does.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${E2E_PARTNER_SITE}/`);
  const counts = await page.evaluate(() => (window as unknown as { countsRead: Promise<unknown> }).countsRead);
  expect(counts).toMatchObject({ confirmed: expect.any(Number), goal: expect.any(Number) });
  await context.close();
  const response = await request.get("/api/public/counts", { headers: { origin: E2E_PARTNER_SITE } });
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  expect(response.headers()["cache-control"]).toMatch(/^public, .*s-maxage=5/);
});

test("a site not listed cannot frame it: the browser shows nothing of ours", async ({ page }) => {
  const refused = await page.goto(`${STRANGER_SITE}/`);
  expect(refused?.ok()).toBe(true);
  const handle = await page.locator("#petition").elementHandle();
  const frame = await handle!.contentFrame();
  // Chromium swaps a refused frame for its own error page: nothing of ours is in it.
  await frame!.waitForLoadState("load");
  await page.waitForTimeout(500);
  expect(await frame!.locator("[data-testid=embed-page], [data-testid=sign-form]").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { heights: number[] }).heights)).toEqual([]);
});

test("without JavaScript the framed form posts and the answer shows in the frame", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` });
  const page = await context.newPage();
  const frame = await embedFrame(page, E2E_PARTNER_SITE, "/embed/countries/japan");
  await expect(frame.getByRole("link", { name: /Write to the government of Japan/ })).toHaveAttribute(
    "target",
    "_blank",
  );
  const email = `embed-nojs-${randomUUID().slice(0, 8)}@example.org`;
  await signIn(frame, email);
  expect(await signatureSource(email)).toMatchObject({
    embedOrigin: E2E_PARTNER_SITE,
    sourcePath: "/embed/countries/japan",
  });
  await context.close();
});

test("the snippets an organiser copies from the admin work on the partner's page", async ({ page, context }) => {
  await signInAs(context, appUrl, "ORGANISER");
  await page.goto("/admin/embed");
  await expectNoAxeViolations(page);
  const section = page.getByTestId("partner-snippets").filter({ hasText: E2E_PARTNER_SITE });
  const iframe = await section.locator("details", { hasText: "The petition" }).locator("code").innerText();
  expect(iframe).toContain(`/embed/petition?origin=${encodeURIComponent(E2E_PARTNER_SITE)}`);
  pasted = `<h1>Partner</h1>${iframe}${await page.getByTestId("resize-snippet").innerText()}`;

  const partnerPage = await context.newPage();
  await partnerPage.goto(`${E2E_PARTNER_SITE}/pasted`);
  const frame = await (await partnerPage.locator("iframe").elementHandle())!.contentFrame();
  await expect(frame!.getByTestId("sign-form")).toBeVisible();
  // The resize script set the frame to the height the embed reported (it starts at 70rem, 1120px).
  await expect
    .poll(() => partnerPage.locator("iframe").evaluate((f: HTMLIFrameElement) => f.style.height))
    .toMatch(/^(?!1120px)\d+px$/);
});

test("axe finds nothing on the embed pages", async ({ page }) => {
  await page.goto("/embed/petition");
  await expect(page.getByTestId("sign-form")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/embed/countries/japan");
  await expect(page.getByTestId("sign-form")).toBeVisible();
  await expectNoAxeViolations(page);
});
