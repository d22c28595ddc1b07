import { expect, test } from "@playwright/test";
import { E2E_ADMIN_EMAIL, E2E_STRIPE_BASE } from "../playwright.config";

/*
 * Issue 26: organisers stay unseen, and the serving layer cannot be turned. What a visitor (or a page
 * on another site) can try from outside, against the production build.
 */

test("Auth.js's own sign-in endpoint is refused alike for an organiser and a stranger", async ({ request }) => {
  const answers = [];
  for (const email of [E2E_ADMIN_EMAIL, "stranger@elsewhere.example"]) {
    const csrf = await request.get("/api/auth/csrf");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await request.post("/api/auth/signin/nodemailer", {
      form: { csrfToken, email, callbackUrl: "/admin" },
      maxRedirects: 0,
    });
    answers.push({ status: response.status(), body: await response.text(), cookie: response.headers()["set-cookie"] });
  }
  expect(answers[0].status).toBe(403);
  expect(answers[0]).toEqual(answers[1]);
  expect(answers[0].cookie).toBeUndefined();
});

test("the sign-in pages show no organiser menu and no sign-out", async ({ request }) => {
  for (const url of ["/admin/sign-in", "/admin/sign-in/check-email"]) {
    const html = await (await request.get(url)).text();
    expect(html, url).not.toContain('aria-label="Organiser area"');
    expect(html, url).not.toContain("Sign out");
  }
});

test("a server action posted from another site is a 403, and from ours it works", async ({ request, baseURL }) => {
  const html = await (await request.get("/admin/sign-in")).text();
  const field = /name="(\$ACTION_ID_[0-9a-f]+)"/.exec(html)?.[1];
  expect(field).toBeTruthy();
  const post = (origin: string) =>
    request.post("/admin/sign-in", {
      multipart: { [field!]: "", email: "stranger@elsewhere.example" },
      headers: { origin },
      maxRedirects: 0,
    });
  const foreign = await post("https://evil.example");
  expect(foreign.status()).toBe(403);
  expect(((await foreign.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
  const ours = await post(baseURL!);
  expect(ours.status()).toBe(303);
  expect(ours.headers().location).toContain("/admin/sign-in/check-email");
});

test("forms may post only to us and to Stripe's checkout and portal", async ({ request }) => {
  for (const url of ["/", "/donate"]) {
    const policy = (await request.get(url)).headers()["content-security-policy"];
    expect(policy, url).toContain(
      `form-action 'self' https://checkout.stripe.com https://billing.stripe.com ${E2E_STRIPE_BASE}`,
    );
  }
});
