"use client";

import { useSyncExternalStore } from "react";
import { createPortal } from "react-dom";

type TProps = {
  senderName: string;
  senderAddress: string;
  senderTown: string;
  recipientName: string;
  recipientAddress: string;
  subject: string;
  body: string;
};

const subscribe = () => () => {};

/**
 * The A4 letter, placed at the end of <body> so the print stylesheet can hide everything else.
 * Invisible on screen. Every value is plain text: React escapes it.
 */
export function PrintLetter(props: TProps) {
  const mounted = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  if (!mounted) return null;
  const today = new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  return createPortal(
    <article className="print-letter" data-testid="print-letter" aria-hidden="true">
      <address className="letter-sender">
        {[props.senderName, props.senderAddress, props.senderTown].filter(Boolean).join("\n")}
      </address>
      <p className="letter-date">{today}</p>
      <address className="letter-recipient">{[props.recipientName, props.recipientAddress].join("\n")}</address>
      <p className="letter-subject">{props.subject}</p>
      <div className="letter-body">{props.body}</div>
    </article>,
    document.body,
  );
}
