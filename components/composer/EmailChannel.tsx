"use client";

import { buildEmailLinks } from "@/lib/messages/mail-links";
import type { TActionChannel } from "@/lib/messages/action-channels";
import { CopyButton } from "./CopyButton";

type TProps = { emails: string[]; subject: string; body: string; onAct: (channel: TActionChannel) => void };

export function EmailChannel({ emails, subject, body, onAct }: TProps) {
  const to = emails.join(",");
  const links = buildEmailLinks({ to, subject, body });
  return (
    <section className="channel" aria-labelledby="channel-email" data-testid="channel-email">
      <h4 id="channel-email">Send an email</h4>
      <p>To: {emails.join(", ")}</p>
      {links.tooLong ? (
        <>
          <p data-testid="email-too-long">
            Your message is too long to hand to an email program in one link, so it might arrive cut short. Copy it,
            then open an empty email and paste it in.
          </p>
          <p className="actions">
            <CopyButton text={`${subject}\n\n${body}`} label="Copy subject and message" />
            <a className="button" href={links.emptyMailto} onClick={() => onAct("EMAIL_EMPTY")}>
              Open an empty email to {emails.join(", ")}
            </a>
          </p>
        </>
      ) : (
        <p className="actions">
          <a
            className="button button-primary"
            href={links.mailto}
            onClick={() => onAct("EMAIL_APP")}
            data-testid="mailto-link"
          >
            Open in my email app
          </a>
          <a
            className="button"
            href={links.gmail}
            target="_blank"
            rel="noopener noreferrer"
            onClick={() => onAct("EMAIL_GMAIL")}
          >
            Open in Gmail<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
          <a
            className="button"
            href={links.outlook}
            target="_blank"
            rel="noopener noreferrer"
            onClick={() => onAct("EMAIL_OUTLOOK")}
          >
            Open in Outlook<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </p>
      )}
    </section>
  );
}
