import { embedOrigins } from "./embed-origin";
import { fill } from "../text/fill";
import { localPath, type TLang } from "../i18n/languages";
import { messagesFor } from "../i18n/messages";

/** What an organiser copies to a partner: one iframe per listed partner and embed, and a resize script. */
export type TEmbedSnippet = { partner: string; lang: TLang; label: string; html: string };

const attr = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The iframe for one partner origin and one embed path (the petition, or a country's action). */
export function iframeSnippet(appUrl: string, partner: string, embedPath: string, title: string): string {
  const src = new URL(embedPath, appUrl);
  src.searchParams.set("origin", partner);
  return (
    `<iframe src="${attr(src.href)}" title="${attr(title)}" ` +
    `style="width:100%;max-width:40rem;height:70rem;border:0" loading="lazy"></iframe>`
  );
}

/**
 * Optional, for the partner's page: fits each of our iframes to the height the embed reports
 * (postMessage {type:"petition-embed-height", height}), taking messages from our origin only.
 */
export function resizeScriptSnippet(appUrl: string): string {
  const origin = JSON.stringify(new URL(appUrl).origin);
  return [
    "<script>",
    'window.addEventListener("message", function (event) {',
    `  if (event.origin !== ${origin} || !event.data || event.data.type !== "petition-embed-height") return;`,
    '  var frames = document.getElementsByTagName("iframe");',
    "  for (var i = 0; i < frames.length; i++) {",
    '    if (frames[i].contentWindow === event.source) frames[i].style.height = Number(event.data.height) + "px";',
    "  }",
    "});",
    "</script>",
  ].join("\n");
}

/**
 * Every snippet for the configured partners in one language (its embeds at /embed/… or /my/embed/…,
 * titled in that language): the petition, then each listed country's action. The titles given are
 * the campaign's words already in that language.
 */
export function embedSnippets(
  appUrl: string,
  configured: readonly string[],
  lang: TLang,
  petitionTitle: string,
  countries: { slug: string; name: string }[],
): TEmbedSnippet[] {
  const m = messagesFor(lang);
  return embedOrigins(configured).flatMap((partner) => [
    {
      partner,
      lang,
      label: "The petition",
      html: iframeSnippet(
        appUrl,
        partner,
        localPath(lang, "/embed/petition"),
        fill(m.petition.signHeading, { title: petitionTitle }),
      ),
    },
    ...countries.map((c) => ({
      partner,
      lang,
      label: c.name,
      html: iframeSnippet(
        appUrl,
        partner,
        localPath(lang, `/embed/countries/${c.slug}`),
        fill(m.embed.countryTitle, { name: c.name }),
      ),
    })),
  ]);
}
