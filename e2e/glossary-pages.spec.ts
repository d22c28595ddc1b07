import { expect, test } from "@playwright/test";
import { dateKindOf } from "../lib/campaign/date-kind";
import { createPrismaClient } from "../lib/db/client";
import { glossaryViolations } from "../lib/i18n/glossary";
import { en } from "../lib/i18n/messages/en";
import { my } from "../lib/i18n/messages/my";
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

test("every public page in both languages keeps the glossary, quotes no unseen title, labels dates", async ({
  request,
}) => {
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  const countries = await db.country.findMany({ include: { evidence: true } });
  await db.$disconnect();
  const paths = ["/", "/petition", "/about", "/privacy", "/donate", "/embed/petition", "/no-such-page"];
  for (const c of countries) paths.push(`/countries/${c.slug}`, `/embed/countries/${c.slug}`);
  for (const lang of ["en", "my"] as const) {
    for (const path of paths) {
      const url = lang === "en" ? path : `/my${path === "/" ? "" : path}`;
      const text = visibleText(await (await request.get(url)).text());
      expect(glossaryViolations(text, lang), url).toEqual([]);
    }
  }

  const unseen = countries.flatMap((c) => c.evidence.filter((e) => !e.storedCopyFound && e.title && !e.addedBy));
  expect(unseen.length).toBeGreaterThan(5);
  for (const lang of ["en", "my"] as const) {
    const words = lang === "en" ? en : my;
    for (const c of countries) {
      const text = visibleText(await (await request.get(`${lang === "en" ? "" : "/my"}/countries/${c.slug}`)).text());
      for (const e of c.evidence) {
        if (!e.storedCopyFound && e.title && !e.addedBy) expect(text, `${c.slug}: ${e.title}`).not.toContain(e.title);
        const kind = dateKindOf(e);
        if (kind) expect(text, `${c.slug} ${e.publishedDate}`).toContain(words.evidence.dateKinds[kind]);
      }
    }
  }
});
