import type { Metadata } from "next";
import { requireOrganiserPage } from "@/lib/auth/guards";
import { listCountryChoices } from "@/lib/campaign/queries";
import { getDb } from "@/lib/db/get-db";
import { loadTranslator } from "@/lib/i18n/content";
import { LANGS, type TLang } from "@/lib/i18n/languages";
import { embedOrigins } from "@/lib/embed/embed-origin";
import { embedSnippets, resizeScriptSnippet } from "@/lib/embed/embed-snippets";
import { getEnv } from "@/lib/env";
import { getPetition } from "@/lib/petition/petition";

export const metadata: Metadata = { title: "Embed on partner sites", robots: { index: false } };

// The admin is in English; the embeds are in every language of the site.
const IN_LANGUAGE: Record<TLang, string> = { en: "In English", my: "In Burmese" };

export default async function EmbedSnippetsPage() {
  await requireOrganiserPage();
  const env = getEnv();
  const db = getDb();
  const [petition, countries] = await Promise.all([getPetition(db), listCountryChoices(getDb())]);
  const partners = embedOrigins(env.PETITION_EMBED_ORIGINS);
  // Each language's frames titled in its words: the campaign's translations, English where there is none.
  const snippets = (
    await Promise.all(
      LANGS.map(async (lang) => {
        const t = await loadTranslator(db, lang, { petition: [petition.id], country: countries.map((c) => c.id) });
        return embedSnippets(
          env.APP_URL,
          partners,
          lang,
          t("petition", petition.id, "title", petition.title).text,
          countries.map((c) => ({ slug: c.slug, name: t("country", c.id, "name", c.name).text })),
        );
      }),
    )
  ).flat();
  return (
    <>
      <h1>Embed on partner sites</h1>
      <p>
        A partner site listed in the <code>PETITION_EMBED_ORIGINS</code> setting can show the petition, or one
        country&apos;s action with the petition, in a frame on its own pages, in English or in Burmese. Signatures made
        there are counted under that site on the dashboard. Any other site is refused the frame by the browser.
      </p>
      {partners.length === 0 ? (
        <p data-testid="no-partners">
          No partner sites are listed yet. Add their addresses to <code>PETITION_EMBED_ORIGINS</code> (for example{" "}
          <code>https://partner.org</code>) and restart the site.
        </p>
      ) : (
        <>
          <h2>Optional: fit the frame to its content</h2>
          <p>Paste once on the partner&apos;s page, after the frame. Without it the frame keeps its set height.</p>
          <pre className="snippet" data-testid="resize-snippet">
            <code>{resizeScriptSnippet(env.APP_URL)}</code>
          </pre>
          {partners.map((partner) => (
            <section key={partner} aria-label={`Frames for ${partner}`} data-testid="partner-snippets">
              <h2>{partner}</h2>
              {LANGS.map((lang) => (
                <section key={lang} aria-label={`${IN_LANGUAGE[lang]}, for ${partner}`} data-lang={lang}>
                  <h3>{IN_LANGUAGE[lang]}</h3>
                  {snippets
                    .filter((s) => s.partner === partner && s.lang === lang)
                    .map((s) => (
                      <details key={s.label} open={s.label === "The petition"}>
                        <summary lang={lang === "en" ? undefined : lang}>{s.label}</summary>
                        <pre className="snippet">
                          <code>{s.html}</code>
                        </pre>
                      </details>
                    ))}
                </section>
              ))}
            </section>
          ))}
        </>
      )}
    </>
  );
}
