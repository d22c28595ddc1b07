import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { en } from "../lib/i18n/messages/en";

// The composer without JavaScript (Tor Browser's "Safest"): a plain form round trip whose answer is
// the supporter's letter, and which the server keeps nowhere, not even in its logs. Against a server
// of its own, from the run's build and database, whose every line of output is read here.

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let child: ChildProcess | undefined;
let output = "";
let base = "";

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--no-build"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      APP_URL: base,
      IP_HASH_SECRET: "e2e-only-no-js-ip-hash-secret-0123456789abcdef",
      AUTH_SECRET: "e2e-only-auth-secret-0123456789abcdefghij",
      EMAIL_WORKER: "off",
      // Every request's log line, at the most talkative level the app has.
      LOG_LEVEL: "debug",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk));
  await expect
    .poll(
      () =>
        fetch(`${base}/api/health/ready`).then(
          (r) => r.status,
          () => 0,
        ),
      {
        timeout: 100_000,
        intervals: [500],
      },
    )
    .toBe(200);
});
test.afterAll(() => {
  child?.kill("SIGKILL");
});

test("without JavaScript, name, town and sentence reach the email link and a printable letter, kept nowhere", async ({
  browser,
}) => {
  const mark = randomUUID().slice(0, 8);
  const name = `Thida Nojs${mark}`;
  const town = `Leedstown${mark}`;
  const sentence = `My cousin fled Sagaing in ${mark}.`;
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: base });
  const page = await context.newPage();
  await page.goto("/countries/vietnam");
  const composer = page.getByTestId("composer");
  // Every button shown works without JavaScript: here, only the form's own.
  const buttons = composer.locator("button:visible");
  expect(await buttons.evaluateAll((all) => all.map((b) => (b as HTMLButtonElement).type))).toEqual(["submit"]);
  await composer.getByLabel(en.composer.name, { exact: true }).fill(name);
  await composer.getByLabel(en.composer.town, { exact: true }).fill(town);
  await composer.getByLabel(en.composer.why).fill(sentence);
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith("/api/letter")),
    composer.getByRole("button", { name: en.composer.makeLetter }).click(),
  ]);
  expect(answer.status()).toBe(200);
  expect(answer.headers()["cache-control"]).toBe("no-store");
  await expect(page.getByTestId("letter-private")).toHaveText(en.letter.private);

  const mailto = decodeURIComponent((await page.getByTestId("letter-mailto").getAttribute("href"))!);
  for (const text of [name, town, sentence]) expect(mailto).toContain(text);
  const copyable = await page.getByTestId("letter-text").inputValue();
  for (const text of [name, town, sentence]) expect(copyable).toContain(text);

  // Printed, the letter alone, with the supporter's words in it.
  const dir = mkdtempSync(path.join(tmpdir(), "letter-"));
  writeFileSync(path.join(dir, "letter.pdf"), await page.pdf({ format: "A4" }));
  const pdf = spawnSync("pdftotext", ["-layout", path.join(dir, "letter.pdf"), "-"], { encoding: "utf8" });
  expect(pdf.status, pdf.stderr).toBe(0);
  const printed = pdf.stdout.replace(/\s+/g, " ");
  for (const text of [name, town, sentence]) expect(printed).toContain(text);
  expect(printed).not.toContain(en.letter.copyLead);

  // Nothing of it in the server's output (which did say it was ready, so it is being read).
  expect(output).toContain("Ready after");
  for (const text of [mark, name, town, sentence]) expect(output).not.toContain(text);
  await context.close();
});

test("without JavaScript, printing the country page prints the page, not a blank sheet", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: base });
  const page = await context.newPage();
  await page.goto("/countries/japan");
  const pdf = spawnSync("pdftotext", ["-", "-"], { input: await page.pdf({ format: "A4" }), encoding: "utf8" });
  expect(pdf.stdout).toContain("Japan");
  expect(pdf.stdout).toContain(en.composer.makeLetter);
  await context.close();
});
