import type { TCountryPage } from "@/lib/campaign/queries";
import { ExternalLink } from "@/components/ui/ExternalLink";
import { VerificationFlag } from "./VerificationFlag";

type TContact = TCountryPage["contacts"][number];

export function ContactCard({ contact }: { contact: TContact }) {
  return (
    <article className="card contact" data-testid="contact" aria-labelledby={`contact-${contact.id}`}>
      <h3 id={`contact-${contact.id}`}>{contact.name}</h3>
      <VerificationFlag verifiedAt={contact.verifiedAt} />
      <dl className="contact-details">
        <dt>Postal address</dt>
        <dd>{contact.address ?? "Not known"}</dd>
        <dt>Phone</dt>
        <dd>{contact.phone ?? "Not known"}</dd>
        <dt>Website</dt>
        <dd>{contact.website ? <ExternalLink href={contact.website} /> : "Not known"}</dd>
        <dt>Email</dt>
        <dd>
          {contact.emails.length ? (
            <ul className="plain">
              {contact.emails.map((email) => (
                <li key={email}>
                  <a href={`mailto:${email}`}>{email}</a>
                </li>
              ))}
            </ul>
          ) : (
            "No published address found"
          )}
        </dd>
      </dl>
      {contact.notes ? (
        <details>
          <summary>How these details were found</summary>
          <p>{contact.notes}</p>
        </details>
      ) : null}
      <h4>Sources</h4>
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
