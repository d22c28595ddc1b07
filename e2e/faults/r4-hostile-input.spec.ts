import type { Page } from "@playwright/test";
import { BLNS } from "../../lib/testing/blns";
import { parseCsv } from "../../lib/testing/parse-csv";
import { cleanLine } from "../../lib/text/clean-text";
import { sessionCookieFor } from "../admin-session";
import { hiddenFieldsOfForm, postForm } from "./no-js-form";
import { appUrls, FULL } from "./stack";
import { expect, runTag, test } from "./fixtures";
import { closeAgents, someAddress, submitAll, type TAnswer } from "./submit";

// R4: every string of the Big List of Naughty Strings in every public field. No 5xx; refusals
// come with words; accepted text is stored exactly as cleaned (byte for byte when cleaning leaves it
// alone); nothing runs in Chromium; no CSV cell could run as a spreadsheet formula.
const serverErrors = (answers: TAnswer[], labels: string[]) =>
  answers.map((a, i) => (a.status >= 500 || a.status === 0 ? `${a.status} ${labels[i]}` : null)).filter(Boolean);

test("R4a: naughty strings in every signing field and the action endpoint: no 5xx, exact storage", async ({
  stack,
}) => {
  test.setTimeout(300_000);
  const fields = [
    "firstName",
    "lastName",
    "email",
    "country",
    "postcode",
    "optIn",
    "handInConsent",
    "website",
    "formToken",
    "sourcePath",
    "sourceCountry",
  ];
  let n = 0;
  const signs = BLNS.flatMap((s) =>
    fields.map((field) => ({
      field,
      s,
      // Named on the hand-in list (unless that box is the field under test), so R4c's delivery export has them.
      body: {
        firstName: "Nia",
        lastName: `Naughty${field}`,
        email: `r4-${runTag}-${n++}@example.org`,
        country: "GB",
        handInConsent: true,
        [field]: s,
      },
    })),
  );
  const answers = await submitAll(
    signs.map((x, i) => ({ url: appUrls[i % 2], path: "/api/petition/sign", body: x.body })),
    16,
  );
  expect(
    serverErrors(
      answers,
      signs.map((x) => `${x.field}=${JSON.stringify(x.s)}`),
    ),
  ).toEqual([]);
  for (const a of answers.filter((a) => a.status >= 400)) expect(JSON.parse(a.body).error.message).toMatch(/\w{3,}/);

  // Names that were accepted are stored exactly as cleaned.
  const rows = await stack.db.signature.findMany({
    where: { email: { startsWith: `r4-${runTag}-` } },
    select: { email: true, firstName: true, lastName: true },
  });
  const byEmail = new Map(rows.map((r) => [r.email, r]));
  let exact = 0;
  for (const [i, x] of signs.entries()) {
    if (answers[i].status !== 202 || (x.field !== "firstName" && x.field !== "lastName")) continue;
    const stored = byEmail.get(x.body.email)!;
    expect(stored[x.field]).toBe(cleanLine(x.s));
    if (stored[x.field] === x.s) exact++;
  }
  const accepted = (f: string) => signs.filter((x, i) => x.field === f && answers[i].status === 202).length;
  console.log(
    `R4a: ${signs.length} sign-ups; ` +
      `accepted names: first ${accepted("firstName")}, last ${accepted("lastName")} ` +
      `(${exact} byte for byte, the rest differ only by cleaning); ` +
      `${answers.filter((a) => a.status >= 400).length} refused in words`,
  );

  // A body past the endpoint's 4 KB, in one piece or many: refused as too large, in words.
  const padded = {
    firstName: "Nia",
    lastName: "Naughty",
    email: `r4-${runTag}-big@example.org`,
    country: "GB",
    website: "",
    pad: "x".repeat(20_000),
  };
  const [big] = await submitAll([{ url: appUrls[0], path: "/api/petition/sign", body: padded }], 1);
  expect(big.status).toBe(413);
  expect(JSON.parse(big.body).error.message).toMatch(/too large/);

  const actionFields = ["country", "contactId", "channel", "sourcePath", "utmSource", "utmMedium", "utmCampaign"];
  const acts = BLNS.flatMap((s) =>
    actionFields.map((field) => ({ field, s, body: { country: "vietnam", channel: "COPY", [field]: s } })),
  );
  const actAnswers = await submitAll(
    acts.map((x, i) => ({
      url: appUrls[i % 2],
      path: "/api/actions",
      body: x.body,
      headers: { origin: appUrls[i % 2] },
    })),
    16,
  );
  closeAgents();
  expect(
    serverErrors(
      actAnswers,
      acts.map((x) => `${x.field}=${JSON.stringify(x.s)}`),
    ),
  ).toEqual([]);
  expect(actAnswers.filter((a) => a.status === 429)).toEqual([]);
});

test("R4b: naughty strings as donation amount (no-JavaScript form), in query strings and paths: no 5xx", async () => {
  test.setTimeout(300_000);
  const hidden = await hiddenFieldsOfForm(`${appUrls[0]}/donate`, "customAmount");
  const failures: string[] = [];
  const pool = async <T>(items: T[], work: (item: T, i: number) => Promise<string | null>) => {
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < items.length) {
          const i = next++;
          const failure = await work(items[i], i);
          if (failure) failures.push(failure);
        }
      }),
    );
  };
  const donateAnswers: Record<string, number> = {};
  await pool(BLNS, async (s, i) => {
    const r = await postForm(
      `${appUrls[i % 2]}/donate`,
      hidden,
      { frequency: "ONE_OFF", amount: "custom", customAmount: s },
      { "x-forwarded-for": someAddress(), origin: appUrls[i % 2] },
    );
    // Either refused on the page, in words, or a valid amount sent on to (fake) Stripe's checkout.
    const kind =
      r.status === 303
        ? "to checkout"
        : r.text.includes('data-testid="donate-error"')
          ? "refused in words"
          : `other ${r.status}`;
    donateAnswers[kind] = (donateAnswers[kind] ?? 0) + 1;
    return r.status >= 500 || kind.startsWith("other") ? `donate ${r.status} ${JSON.stringify(s)}` : null;
  });
  // The subject-access form (no JavaScript): refused in words, or the same "we have emailed" page.
  const sarHidden = await hiddenFieldsOfForm(`${appUrls[0]}/privacy/my-data`, "email");
  const sarAnswers: Record<string, number> = {};
  await pool(BLNS, async (s, i) => {
    const r = await postForm(
      `${appUrls[i % 2]}/privacy/my-data`,
      sarHidden,
      { email: s },
      { "x-forwarded-for": someAddress(), origin: appUrls[i % 2] },
    );
    const location =
      r.status === 303 ? (/error=(\w+)|sent=1/.exec(r.location ?? "")?.[0] ?? r.location) : `status ${r.status}`;
    sarAnswers[String(location)] = (sarAnswers[String(location)] ?? 0) + 1;
    return r.status >= 500 || r.status !== 303 ? `my-data ${r.status} ${JSON.stringify(s)}` : null;
  });
  const cookie = await sessionCookieFor("ADMIN");
  const e = encodeURIComponent;
  const shapes = (s: string) => [
    `/?q=${e(s)}`,
    `/countries/${e(s)}`,
    `/countries/japan?utm_source=${e(s)}`,
    `/petition/confirm/${e(s)}`,
    `/petition/remove/${e(s)}`,
    `/donate/thanks?session_id=${e(s)}`,
    `/donate/manage/${e(s)}`,
    `/api/public/counts?${e(s)}=${e(s)}`,
    `/admin/signatures?q=${e(s)}&page=${e(s)}`,
    `/api/export/signatures?shape=${e(s)}&from=${e(s)}&country=${e(s)}`,
    `/privacy/my-data/${e(s)}`,
    `/api/my-data/${e(s)}?format=${e(s)}`,
    `/privacy/my-data?error=${e(s)}&sent=${e(s)}`,
    `/admin/sign-in?error=${e(s)}`,
    `/admin/sign-in/confirm?token=${e(s)}&email=${e(s)}&callbackUrl=${e(s)}`,
  ];
  // Every string in every shape in the full suite (7,725 URLs, 3.5 min of the quick suite's 7.5 in CI
  // beside e2e). The quick one inside `npm test` puts each string in one shape, turning through the
  // shapes, so each string and each shape is still tried: the same strings reach the same handlers.
  const urls = BLNS.flatMap((s, i) => {
    const all = shapes(s);
    return FULL ? all : [all[i % all.length]];
  });
  await pool(urls, async (path, i) => {
    const r = await fetch(`${appUrls[i % 2]}${path}`, {
      redirect: "manual",
      headers: { cookie: `${cookie.name}=${cookie.value}`, "x-forwarded-for": someAddress() },
    });
    await r.arrayBuffer();
    return r.status >= 500 ? `GET ${r.status} ${path}` : null;
  });
  console.log(
    `R4b: ${BLNS.length} donation amounts ${JSON.stringify(donateAnswers)}; ` +
      `${BLNS.length} subject-access addresses ${JSON.stringify(sarAnswers)}; ` +
      `${urls.length} hostile URLs; ${failures.length} failures`,
  );
  expect(failures).toEqual([]);
});

/** Records anything in the page that means hostile text ran, or tried to and was blocked by the CSP. */
function watchForExecution(page: Page) {
  const incidents: string[] = [];
  page.on("dialog", (dialog) => {
    incidents.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text()))
      incidents.push(`csp: ${message.text().slice(0, 200)}`);
  });
  page.on("pageerror", (error) => incidents.push(`error: ${error.message.slice(0, 200)}`));
  const injected = () =>
    page.evaluate(
      () =>
        document.querySelectorAll(
          "[onerror],[onload],[onclick],[onmouseover],[onfocus],iframe,object,embed,main script",
        ).length,
    );
  return { incidents, injected };
}

test("R4c: stored and typed naughty strings run nothing in Chromium, and the CSV export holds no formula", async ({
  page,
  context,
}) => {
  test.setTimeout(300_000);
  const watch = watchForExecution(page);
  // The composer, which shows the name and town a supporter types in its letter and links.
  await page.goto(`${appUrls[0]}/countries/vietnam`);
  const name = page.getByLabel("Your name");
  const town = page.getByLabel("Your town or postcode");
  for (const s of BLNS) {
    await name.fill(s);
    await town.fill(s);
  }
  await expect(page.getByTestId("mailto-link").or(page.getByTestId("email-too-long"))).toBeVisible();
  expect(await watch.injected()).toBe(0);

  // The organiser's list and detail pages, which show stored names.
  const cookie = await sessionCookieFor("ADMIN");
  await context.addCookies([{ ...cookie, url: appUrls[0] }]);
  for (let p = 1; p <= 30; p++) {
    await page.goto(`${appUrls[0]}/admin/signatures?q=NaughtylastName&page=${p}`);
    expect(await watch.injected()).toBe(0);
    if (!(await page.getByRole("link", { name: /next/i }).count())) break;
  }
  await page.goto(`${appUrls[0]}/admin/signatures?q=NaughtyfirstName`);
  const details = await page
    .locator("a[href^='/admin/signatures/']")
    .evaluateAll((links) => links.slice(0, 10).map((a) => (a as HTMLAnchorElement).href));
  for (const href of details) {
    await page.goto(href);
    expect(await watch.injected()).toBe(0);
  }
  expect(watch.incidents).toEqual([]);

  // Every cell of both export shapes, every signature.
  for (const shape of ["crm", "delivery"]) {
    const response = await fetch(`${appUrls[1]}/api/export/signatures?shape=${shape}&status=all&optIn=all`, {
      headers: { cookie: `${cookie.name}=${cookie.value}` },
    });
    expect(response.status).toBe(200);
    const rows = parseCsv((await response.text()).replace(/^\uFEFF/, ""));
    const risky = rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell));
    console.log(
      `R4c: ${shape} export, ${rows.length - 1} rows; cells starting with = + - @ tab or CR: ${risky.length}`,
    );
    expect(risky).toEqual([]);
    // The hand-in list (delivery) names only confirmed signers who asked to be named (issue 27): these
    // sign-ups are unconfirmed, so it lists none of them; its cells go through the same neutralising
    // SQL (userText) as the CRM shape's, which holds every one of them.
    if (shape === "crm") expect(rows.length).toBeGreaterThan(100);
  }
});
