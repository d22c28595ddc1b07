import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { sessionCookieFor } from "./admin-session";

/*
 * Every organiser page, server action and route handler, found on disk and in the build's action
 * manifest (so a new one is covered without editing this file), is asked by: nobody, someone with a
 * forged cookie, a signed-in user who is not an organiser, and an organiser on admin-only ones.
 */

const ADMIN_DIR = "app/(organiser)/admin";
const ADMIN_ONLY = [
  /\/admin\/organisers/,
  /\/admin\/audit/,
  /organisers\.ts/,
  /#(bulkInvalidateAction|undoBulkInvalidationAction)$/,
  // Issue 26: personal data leaves, and every supporter is written to, only on an admin's word.
  /\/admin\/export/,
  /\/api\/export\/(signatures|donations|gift-aid)/,
  /#(startUpdateAction|resumeUpdateAction)$/,
];
const PUBLIC_ACTIONS = ["app/(organiser)/admin/actions/session.ts"]; // sign-in and sign-out themselves

function files(dir: string, name: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return files(full, name);
    return entry === name ? [full] : [];
  });
}

const toUrl = (file: string) =>
  path
    .dirname(file)
    .replace("app/(organiser)", "")
    .replace("[id]", "no-such-id")
    .replace("[slug]", "japan")
    .replace(/^app/, "");

const pages = files(ADMIN_DIR, "page.tsx")
  .filter((f) => !f.includes("/sign-in"))
  .map(toUrl);
const routes = files("app/api/export", "route.ts").map(toUrl);
const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
  node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
};
const actions = Object.entries(manifest.node)
  .filter(([, a]) => a.filename.startsWith(`${ADMIN_DIR}/actions/`) && !PUBLIC_ACTIONS.includes(a.filename))
  .map(([id, a]) => ({
    id,
    name: `${path.basename(a.filename)}#${a.exportedName}`,
    file: a.filename,
    page: toUrl(`${Object.keys(a.workers)[0]}.tsx`),
  }));

async function callAction(request: APIRequestContext, action: (typeof actions)[number], cookie?: string) {
  return request.post(action.page, {
    headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", ...(cookie ? { cookie } : {}) },
    data: "[]",
    maxRedirects: 0,
  });
}

test("the enumeration finds the organiser area", () => {
  expect(pages.length).toBeGreaterThanOrEqual(8);
  expect(actions.length).toBeGreaterThanOrEqual(10);
  expect(routes.sort()).toEqual([
    "/api/export/donations",
    "/api/export/gift-aid/no-such-id",
    "/api/export/handin",
    "/api/export/signatures",
  ]);
});

test("anonymous visitors are sent to sign-in (pages, actions) or get 401 (routes)", async ({ request }) => {
  const forged = "authjs.session-token=forged-token-that-matches-no-session";
  for (const url of pages) {
    for (const cookie of [undefined, forged]) {
      const response = await request.get(url, { maxRedirects: 0, headers: cookie ? { cookie } : {} });
      expect(response.status(), `${url} ${cookie ? "forged" : "anonymous"}`).toBe(307);
      expect(response.headers().location, url).toMatch(/\/admin\/sign-in/);
    }
  }
  for (const action of actions) {
    const plain = await callAction(request, action);
    expect(plain.status(), action.name).toBe(307);
    expect((await callAction(request, action, forged)).status(), `${action.name} forged`).toBe(401);
  }
  for (const url of routes) expect((await request.get(url, { headers: { cookie: forged } })).status(), url).toBe(401);
});

test("a signed-in user who is not an organiser gets 403 everywhere", async ({ request }) => {
  const { name, value } = await sessionCookieFor(null);
  const cookie = `${name}=${value}`;
  for (const url of pages)
    expect((await request.get(url, { headers: { cookie }, maxRedirects: 0 })).status(), url).toBe(403);
  for (const action of actions) expect((await callAction(request, action, cookie)).status(), action.name).toBe(403);
  for (const url of routes) expect((await request.get(url, { headers: { cookie } })).status(), url).toBe(403);
});

test("an organiser who is not an admin gets 403 on admin-only pages and actions", async ({ request }) => {
  const { name, value } = await sessionCookieFor("ORGANISER");
  const cookie = `${name}=${value}`;
  for (const url of pages.filter((u) => ADMIN_ONLY.some((r) => r.test(u)))) {
    expect((await request.get(url, { headers: { cookie }, maxRedirects: 0 })).status(), url).toBe(403);
  }
  const adminOnly = actions.filter((a) => ADMIN_ONLY.some((r) => r.test(a.name)));
  expect(adminOnly.map((a) => a.name)).toEqual(
    expect.arrayContaining([
      "signatures.ts#bulkInvalidateAction",
      "signatures.ts#undoBulkInvalidationAction",
      "updates.ts#startUpdateAction",
      "updates.ts#resumeUpdateAction",
    ]),
  );
  for (const action of adminOnly) {
    expect((await callAction(request, action, cookie)).status(), action.name).toBe(403);
  }
  const adminOnlyRoutes = routes.filter((u) => ADMIN_ONLY.some((r) => r.test(u)));
  expect(adminOnlyRoutes).toHaveLength(3);
  for (const url of adminOnlyRoutes) expect((await request.get(url, { headers: { cookie } })).status(), url).toBe(403);
  expect((await request.get("/admin", { headers: { cookie }, maxRedirects: 0 })).status()).toBe(200);
});
