import type { TCountryPage } from "@/lib/campaign/queries";
import { ExternalLink } from "@/components/ui/ExternalLink";
import { emailHiddenInSource } from "@/lib/campaign/hidden-email";
import { splitPostalAddress } from "@/lib/campaign/postal-address";
import type { TLang } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { VerificationFlag } from "./VerificationFlag";

type TContact = TCountryPage["contacts"][number];

// The mission's details are as its sources give them (in English, marked so on other languages' pages);
// the research's notes on an address stand apart from the address a letter is posted to.
export function ContactCard({ lang, contact }: { lang: TLang; contact: TContact }) {
  const t = messagesFor(lang).contact;
  const english = lang === "en" ? undefined : "en-GB";
  const address = contact.address ? splitPostalAddress(contact.address) : null;
  return (
    <article className="card contact" data-testid="contact" aria-labelledby={`contact-${contact.id}`}>
      <h3 id={`contact-${contact.id}`} lang={english}>
        {contact.name}
      </h3>
      <VerificationFlag lang={lang} verifiedAt={contact.verifiedAt} />
      <dl className="contact-details">
        <dt>{t.address}</dt>
        <dd>
          {address ? (
            <>
              <span lang={english}>{address.postal}</span>
              {address.notes.length ? (
                <small className="note" lang={english}>
                  {" "}
                  ({address.notes.join("; ")})
                </small>
              ) : null}
            </>
          ) : (
            t.notKnown
          )}
        </dd>
        <dt>{t.phone}</dt>
        <dd lang={contact.phone ? english : undefined}>{contact.phone ?? t.notKnown}</dd>
        <dt>{t.website}</dt>
        <dd>{contact.website ? <ExternalLink href={contact.website} /> : t.notKnown}</dd>
        <dt>{t.email}</dt>
        <dd>
          {contact.emails.length ? (
            <ul className="plain">
              {contact.emails.map((email) => (
                <li key={email}>
                  <a href={`mailto:${email}`}>{email}</a>
                </li>
              ))}
            </ul>
          ) : emailHiddenInSource(contact) ? (
            t.emailHidden
          ) : (
            t.noEmail
          )}
        </dd>
      </dl>
      {contact.notes ? (
        <details>
          <summary>{t.howFound}</summary>
          <p lang={lang === "en" ? undefined : "en-GB"}>{contact.notes}</p>
        </details>
      ) : null}
      <h4>{t.sources}</h4>
      <ul className="sources">
        {contact.sourceUrls.map((url) => (
          <li key={url}>
            <ExternalLink href={url} />
          </li>
        ))}
      </ul>
    </article>
  );
}
