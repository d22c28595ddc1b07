"use client";

import type { TActionChannel } from "@/lib/letters/action-channels";
import type { TPhone } from "@/lib/letters/phone";
import type { TMissionKind } from "@/lib/campaign/mission-words";
import { fillNodes } from "@/components/ui/fill-nodes";
import { fill } from "@/lib/text/fill";
import { useHydrated } from "@/components/ui/use-hydrated";
import { setAsUnicode } from "./unicode-input";
import { CopyButton } from "./CopyButton";
import type { TComposerWords } from "./types";

type TChannel = {
  words: TComposerWords;
  onAct: (channel: TActionChannel) => void;
  /** The lang attribute for what stays in English (the letter, the contact's details) on a page that is not. */
  english: string | undefined;
};

export function WebsiteChannel({
  words: t,
  website,
  missionKind,
  subject,
  body,
  onAct,
}: TChannel & { website: string; missionKind: TMissionKind; subject: string; body: string }) {
  return (
    <section className="channel" aria-labelledby="channel-web" data-testid="channel-webform">
      <h4 id="channel-web">{t.webHeading[missionKind]}</h4>
      <p>{t.webLead}</p>
      <p className="actions">
        <CopyButton
          text={`${subject}\n\n${body}`}
          label={t.copyBoth}
          copied={t.copied}
          failed={t.copyFailed}
          onCopied={() => onAct("COPY")}
        />
        <a className="button" href={website} target="_blank" rel="noopener noreferrer" onClick={() => onAct("WEBSITE")}>
          {t.webOpen}
          <span className="visually-hidden"> {t.newTab}</span>
        </a>
      </p>
    </section>
  );
}

export function PostChannel({
  words: t,
  english,
  address,
  senderAddress,
  setSenderAddress,
  onAct,
}: TChannel & {
  address: string;
  senderAddress: string;
  setSenderAddress: (value: string) => void;
}) {
  // Printing from here needs JavaScript (the letter is drawn for print in the browser); without it,
  // "Make my letter" answers with a page to print.
  const hydrated = useHydrated();
  return (
    <section className="channel" aria-labelledby="channel-post" data-testid="channel-post">
      <h4 id="channel-post">{t.postHeading}</h4>
      <p>{fillNodes(t.postLead, { address: <span lang={english}>{address}</span> })}</p>
      <label htmlFor="sender-address">{t.postSender}</label>
      <textarea
        id="sender-address"
        rows={3}
        maxLength={300}
        name="address"
        defaultValue={senderAddress}
        onChange={(e) => setAsUnicode(e.currentTarget, setSenderAddress)}
      />
      {hydrated ? (
        <p className="actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              onAct("PRINT");
              window.print();
            }}
          >
            {t.postPrint}
          </button>
        </p>
      ) : null}
    </section>
  );
}

export function PhoneChannel({
  words: t,
  english,
  phone,
  phoneText,
  script,
  onAct,
  caution,
}: TChannel & { phone: TPhone; phoneText: string; script: string; caution: string | null }) {
  return (
    <section className="channel" aria-labelledby="channel-phone" data-testid="channel-phone">
      <h4 id="channel-phone">{t.phoneHeading}</h4>
      <p className="actions">
        <a className="button" href={`tel:${phone.tel}`} onClick={() => onAct("PHONE")}>
          {fill(t.phoneCall, { number: phone.display })}
        </a>
      </p>
      {caution ? (
        <p className="note caution" data-testid="phone-caution">
          <strong>{t.phoneCaution}</strong> <span lang={english}>{caution}</span>
        </p>
      ) : null}
      <p className="note">{fillNodes(t.phoneSources, { text: <span lang={english}>{phoneText}</span> })}</p>
      <p>{t.phoneSay}</p>
      {/* Said to the mission's staff in London, so in English like the letters. */}
      <blockquote className="script" lang={english}>
        {script}
      </blockquote>
    </section>
  );
}

export function CopyChannel({ words: t, subject, body, onAct }: TChannel & { subject: string; body: string }) {
  return (
    <section className="channel" aria-labelledby="channel-copy" data-testid="channel-copy">
      <h4 id="channel-copy">{t.copyHeading}</h4>
      <p>{t.copyLead}</p>
      <p className="actions">
        <CopyButton
          text={`${subject}\n\n${body}`}
          label={t.copyBoth}
          copied={t.copied}
          failed={t.copyFailed}
          onCopied={() => onAct("COPY")}
        />
      </p>
    </section>
  );
}
