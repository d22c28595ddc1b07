"use client";

import type { TActionChannel } from "@/lib/messages/action-channels";
import type { TPhone } from "@/lib/messages/phone";
import { CopyButton } from "./CopyButton";

type TAct = { onAct: (channel: TActionChannel) => void };

export function WebsiteChannel({
  website,
  subject,
  body,
  onAct,
}: TAct & { website: string; subject: string; body: string }) {
  return (
    <section className="channel" aria-labelledby="channel-web" data-testid="channel-webform">
      <h4 id="channel-web">Use the embassy&apos;s website</h4>
      <p>Copy your message, then paste it into the contact form or email address the website gives.</p>
      <p className="actions">
        <CopyButton text={`${subject}\n\n${body}`} label="Copy subject and message" onCopied={() => onAct("COPY")} />
        <a className="button" href={website} target="_blank" rel="noopener noreferrer" onClick={() => onAct("WEBSITE")}>
          Open the website<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </p>
    </section>
  );
}

export function PostChannel({
  address,
  senderAddress,
  setSenderAddress,
  onAct,
}: TAct & {
  address: string;
  senderAddress: string;
  setSenderAddress: (value: string) => void;
}) {
  return (
    <section className="channel" aria-labelledby="channel-post" data-testid="channel-post">
      <h4 id="channel-post">Print and post a letter</h4>
      <p>A letter on paper is hard to ignore. It goes to: {address}</p>
      <label htmlFor="sender-address">
        Your postal address, to print at the top of the letter (optional; it stays on your device)
      </label>
      <textarea
        id="sender-address"
        rows={3}
        maxLength={300}
        value={senderAddress}
        onChange={(e) => setSenderAddress(e.target.value)}
      />
      <p className="actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            onAct("PRINT");
            window.print();
          }}
        >
          Print the letter
        </button>
      </p>
    </section>
  );
}

export function PhoneChannel({
  phone,
  phoneText,
  script,
  onAct,
  caution,
}: TAct & { phone: TPhone; phoneText: string; script: string; caution: string | null }) {
  return (
    <section className="channel" aria-labelledby="channel-phone" data-testid="channel-phone">
      <h4 id="channel-phone">Phone them</h4>
      <p className="actions">
        <a className="button" href={`tel:${phone.tel}`} onClick={() => onAct("PHONE")}>
          Call {phone.display}
        </a>
      </p>
      {caution ? (
        <p className="note caution" data-testid="phone-caution">
          <strong>Check this number before you rely on it.</strong> {caution}
        </p>
      ) : null}
      <p className="note">What our sources say about this number: {phoneText}</p>
      <p>You could say:</p>
      <blockquote className="script">{script}</blockquote>
    </section>
  );
}

export function CopyChannel({ subject, body, onAct }: TAct & { subject: string; body: string }) {
  return (
    <section className="channel" aria-labelledby="channel-copy" data-testid="channel-copy">
      <h4 id="channel-copy">Copy it</h4>
      <p>For a contact form, social media, or anywhere else.</p>
      <p className="actions">
        <CopyButton text={`${subject}\n\n${body}`} label="Copy subject and message" onCopied={() => onAct("COPY")} />
      </p>
    </section>
  );
}
