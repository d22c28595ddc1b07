import { MYANMAR_FONT_URL, MYANMAR_PLACEHOLDER_FACE } from "../text/myanmar-font-files";
import { fill } from "../text/fill";
import { LANGUAGES, localPath } from "../i18n/languages";
import { messagesFor } from "../i18n/messages";
import { html, markupOf, ownMarkup } from "../http/html";
import { buildEmailLinks } from "./mail-links";
import type { TLetter } from "./compose-letter";

// The page "Make my letter" answers with: one small document of its own, made for this one answer and
// sent with no script at all (the route sets a policy that allows none). On screen: the email link,
// the text to copy, and the letter; printed, the letter alone on A4.
const FONT_STACK = `"Myanmar Web","Myanmar Placeholder",system-ui,-apple-system,"Segoe UI",Roboto,sans-serif`;
const STYLE = [
  `@font-face{font-family:"Myanmar Web";src:url("${MYANMAR_FONT_URL}") format("woff2");font-display:swap;` +
    "unicode-range:U+1000-104F,U+200B-200D,U+25CC}",
  MYANMAR_PLACEHOLDER_FACE,
  `body{margin:0 auto;max-width:46rem;padding:0 1rem 2rem;font-family:${FONT_STACK};line-height:1.55;color:#1a1a1a}`,
  ":lang(my){line-height:1.8;overflow-wrap:anywhere}",
  "section{border:1px solid #d4d4d8;border-radius:6px;padding:.25rem 1rem .75rem;margin:1rem 0}",
  ".button{display:inline-block;font-weight:600;padding:.5rem 1rem;border-radius:4px;border:2px solid #9f1239;" +
    "background:#9f1239;color:#fff;text-decoration:none}",
  "textarea{width:100%;font:inherit;padding:.5rem;border:1px solid #6b7280;border-radius:4px}",
  ".note{color:#4b5563}",
  `.letter{font-family:Georgia,"Times New Roman",${FONT_STACK};border:1px solid #d4d4d8;padding:1.5rem}`,
  ".letter address{font-style:normal;white-space:pre-line}",
  ".sender,.date{text-align:right}",
  ".body{white-space:pre-wrap;overflow-wrap:anywhere}",
  "@media print{@page{size:A4;margin:20mm 22mm}body{max-width:none;padding:0}.screen{display:none}" +
    ".letter{border:0;padding:0;font-size:11.5pt;line-height:1.45;color:#000}" +
    ".sender{margin-bottom:8mm}.date{margin-bottom:10mm}.recipient{margin-bottom:10mm}}",
].join("\n");

const preloadFont = html`<link rel="preload" href="${MYANMAR_FONT_URL}" as="font" type="font/woff2" crossorigin />`;

/** The letter's page as HTML, every value escaped as text (lib/http/html.ts). `now` dates the letter. */
export function renderLetterPage(letter: TLetter, now: Date): string {
  const { lang } = letter;
  const t = messagesFor(lang).letter;
  const english = lang === "en" ? null : "en-GB";
  const text = `${letter.subject}\n\n${letter.body}`;
  const links = letter.recipient.emails.length
    ? buildEmailLinks({ to: letter.recipient.emails.join(","), subject: letter.subject, body: letter.body })
    : null;
  const today = now.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  const sender = [letter.sender.name, letter.sender.address, letter.sender.town].filter(Boolean).join("\n");
  const recipient = [letter.recipient.name, letter.recipient.address].filter(Boolean).join("\n");
  const title = fill(t.title, { target: letter.recipient.name });
  const emailEmpty = messagesFor(lang).composer.emailEmpty;
  const page = html`<!DOCTYPE html>
    <html lang="${LANGUAGES[lang].htmlLang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${title}</title>
        ${lang === "my" ? preloadFont : null}
        <style>
          ${ownMarkup(STYLE)}
        </style>
      </head>
      <body>
        <div class="screen">
          <h1>${title}</h1>
          <p class="note" data-testid="letter-private">${t.private}</p>
          ${
            links
              ? html`<section data-testid="letter-email">
                  <h2>${t.emailHeading}</h2>
                  ${
                    links.tooLong
                      ? html`<p data-testid="letter-email-too-long">${t.emailTooLong}</p>
                          <p>
                            <a class="button" href="${links.emptyMailto}"
                              >${fill(emailEmpty, { emails: letter.recipient.emails.join(", ") })}</a
                            >
                          </p>`
                      : html`<p>
                          <a class="button" href="${links.mailto}" data-testid="letter-mailto">${t.emailApp}</a>
                        </p>`
                  }
                </section>`
              : null
          }
          <section>
            <h2><label for="letter-text">${t.copyHeading}</label></h2>
            <p>${t.copyLead}</p>
            <textarea id="letter-text" readonly rows="14" lang="${english ?? "en-GB"}" data-testid="letter-text">
${text}</textarea>
          </section>
          ${
            letter.recipient.address
              ? html`<section>
                  <h2>${t.printHeading}</h2>
                  <p>${fill(t.printLead, { address: letter.recipient.address })}</p>
                </section>`
              : null
          }
          <h2>${t.letterHeading}</h2>
        </div>
        <article class="letter" lang="en-GB" data-testid="letter">
          <address class="sender">${sender}</address>
          <p class="date">${today}</p>
          <address class="recipient">${recipient}</address>
          <p><strong>${letter.subject}</strong></p>
          <div class="body">${letter.body}</div>
        </article>
        <p class="screen">
          <a href="${localPath(lang, `/countries/${letter.country.slug}`)}#compose-heading">${t.back}</a>
        </p>
      </body>
    </html>`;
  return markupOf(page);
}
