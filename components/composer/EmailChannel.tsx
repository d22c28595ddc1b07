"use client";

import { buildEmailLinks } from "@/lib/letters/mail-links";
import type { TActionChannel } from "@/lib/letters/action-channels";
import { fill } from "@/lib/text/fill";
import { CopyButton } from "./CopyButton";
import type { TComposerWords } from "./types";

type TProps = {
  words: TComposerWords;
  emails: string[];
  subject: string;
  body: string;
  onAct: (channel: TActionChannel) => void;
};

export function EmailChannel({ words: t, emails, subject, body, onAct }: TProps) {
  const to = emails.join(",");
  const links = buildEmailLinks({ to, subject, body });
  const newTab = <span className="visually-hidden"> {t.newTab}</span>;
  return (
    <section className="channel" aria-labelledby="channel-email" data-testid="channel-email">
      <h4 id="channel-email">{t.emailHeading}</h4>
      <p>{fill(t.emailTo, { emails: emails.join(", ") })}</p>
      {links.tooLong ? (
        <>
          <p data-testid="email-too-long">{t.emailTooLong}</p>
          <p className="actions">
            <CopyButton text={`${subject}\n\n${body}`} label={t.copyBoth} copied={t.copied} failed={t.copyFailed} />
            <a className="button" href={links.emptyMailto} onClick={() => onAct("EMAIL_EMPTY")}>
              {fill(t.emailEmpty, { emails: emails.join(", ") })}
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
            {t.emailApp}
          </a>
          <a
            className="button"
            href={links.gmail}
            target="_blank"
            rel="noopener noreferrer"
            onClick={() => onAct("EMAIL_GMAIL")}
          >
            {t.emailGmail}
            {newTab}
          </a>
          <a
            className="button"
            href={links.outlook}
            target="_blank"
            rel="noopener noreferrer"
            onClick={() => onAct("EMAIL_OUTLOOK")}
          >
            {t.emailOutlook}
            {newTab}
          </a>
        </p>
      )}
    </section>
  );
}
