import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { CAMPAIGN_SLUG } from "../lib/campaign/campaign-slug";
import { dateKindOf } from "../lib/campaign/date-kind";
import { createPrismaClient } from "../lib/db/client";
import { glossaryViolations } from "../lib/i18n/glossary";
import { en } from "../lib/i18n/messages/en";
import { my } from "../lib/i18n/messages/my";
import { pdfLines } from "../lib/testing/pdf-text";
import { sessionCookieFor } from "./admin-session";
import { unescapeHtml } from "./html-text";

// Every public page's server HTML, in both languages, as the main e2e server renders it (the seed's
// Burmese approved there): no glossary violation, no rebuilt title quoted as a headline, and every
// date labelled with what it is.

const unescape = unescapeHtml;
/** What a reader sees: the text of the page, without scripts and tags. */
const visibleText = (html: string) =>
  unescape(
    html
      .replace(/<script[\s\S]*?<\/script>/g, " ")
      .replace(/<style[\s\S]*?<\/style>/g, " ")
      .replace(/<[^>]+>/g, " "),
  );

/** Each page's visible text as first fetched: the later checks read the same pages again from here. */
const seen = new Map<string, string>();
async function textOf(request: APIRequestContext, url: string): Promise<string> {
  let text = seen.get(url);
  if (text === undefined) seen.set(url, (text = visibleText(await (await request.get(url)).text())));
  return text;
}

test("every public page in both languages keeps the glossary, quotes no unseen title, labels dates", async ({
  request,
}) => {
  // About 70 pages, each rendered for the first time: more than the default 30 s on a busy machine.
  test.setTimeout(60_000);
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  const countries = await db.country.findMany({ include: { evidence: true } });
  await db.$disconnect();
  const paths = ["/", "/petition", "/about", "/privacy", "/donate", "/embed/petition", "/no-such-page"];
  for (const c of countries) paths.push(`/countries/${c.slug}`, `/embed/countries/${c.slug}`);
  for (const lang of ["en", "my"] as const) {
    for (const path of paths) {
      const url = lang === "en" ? path : `/my${path === "/" ? "" : path}`;
      expect(glossaryViolations(await textOf(request, url), lang), url).toEqual([]);
    }
  }

  const unseen = countries.flatMap((c) => c.evidence.filter((e) => !e.storedCopyFound && e.title && !e.addedBy));
  expect(unseen.length).toBeGreaterThan(5);
  for (const lang of ["en", "my"] as const) {
    const words = lang === "en" ? en : my;
    for (const c of countries) {
      const text = await textOf(request, `${lang === "en" ? "" : "/my"}/countries/${c.slug}`);
      for (const e of c.evidence) {
        if (!e.storedCopyFound && e.title && !e.addedBy) expect(text, `${c.slug}: ${e.title}`).not.toContain(e.title);
        const kind = dateKindOf(e);
        if (kind) expect(text, `${c.slug} ${e.publishedDate}`).toContain(words.evidence.dateKinds[kind]);
      }
    }
  }
});

// The hand-in pack's words, as a reader (PDF.js) finds them in the PDF an organiser downloads: one for a
// country the briefing named and one for a country the organisers added (made for this test, then deleted:
// no page is fetched while it exists, so no cached page lists it).
test("the hand-in packs' text keeps the glossary, for a briefing country and an added one", async ({
  request,
  baseURL,
}) => {
  const cookie = await sessionCookieFor("ORGANISER");
  const headers = { cookie: `${cookie.name}=${cookie.value}` };
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  const campaign = await db.campaign.findUniqueOrThrow({ where: { slug: CAMPAIGN_SLUG } });
  const slug = `added-${randomUUID().slice(0, 8)}`;
  await db.country.create({
    data: {
      campaignId: campaign.id,
      slug,
      iso2: "LA",
      name: "Laos",
      status: "LISTED",
      statusDate: new Date("2026-12-06T00:00:00Z"),
      addedBy: "organiser@example.org",
    },
  });
  try {
    for (const [country, says] of [
      ["japan", "The briefing named Japan among them."],
      [slug, "The briefing did not name Laos: the campaign added it to its list on 6 December 2026."],
    ]) {
      const response = await request.get(`${baseURL}/api/export/handin?country=${country}`, { headers });
      expect(response.status(), country).toBe(200);
      const text = (await pdfLines(new Uint8Array(await response.body()))).join(" ");
      expect(text).toContain(says);
      for (const lang of ["en", "my"] as const) expect(glossaryViolations(text, lang), country).toEqual([]);
    }
  } finally {
    await db.country.delete({ where: { campaignId_slug: { campaignId: campaign.id, slug } } });
    await db.$disconnect();
  }
});

// The words the data decides, as the server renders them in both languages.
test("missions, hidden emails, date notes and the letters' asks are said as the data has them", async ({ request }) => {
  const text = (url: string) => textOf(request, url);
  for (const lang of ["en", "my"] as const) {
    const words = lang === "en" ? en : my;
    const at = lang === "en" ? "" : "/my";
    const india = await text(`${at}/countries/india`);
    expect(india).toContain(words.composer.webHeading.HIGH_COMMISSION);
    expect(india).toContain(words.contact.emailHidden);
    expect(india).not.toContain(words.contact.noEmail);
    expect(india).toContain(words.country.lettersAsk.split("{name}")[1]);
    const japan = await text(`${at}/countries/japan`);
    expect(japan).toContain(words.composer.webHeading.EMBASSY);
    expect(japan).toContain(words.contact.noEmail);
    // Thailand's research note "approx.; ceremony Fri 16 Feb 2018": the kind is labelled, the ceremony dated.
    const thailand = await text(`${at}/countries/thailand`);
    expect(thailand).toContain(lang === "en" ? "ceremony on 16 February 2018" : "၂၀၁၈ ခုနှစ် ဖေဖော်ဝါရီလ ၁၆ ရက်");
    expect(thailand).not.toContain("approx.");
  }
});
