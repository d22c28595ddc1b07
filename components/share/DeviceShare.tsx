"use client";

import { useState, useSyncExternalStore } from "react";
import { CopyButton } from "@/components/composer/CopyButton";

const noChanges = () => () => {};
// Asked of the browser after hydration (the server's answer is "no"), so a button shows only where
// it works: never without JavaScript, and Share only where the browser has the Web Share API.
const useBrowserHas = (check: () => boolean) => useSyncExternalStore(noChanges, check, () => false);

/** Copy link and the device's own share sheet: the only script beside the share links. */
export function DeviceShare({
  title,
  text,
  copyUrl,
  shareUrl,
  words,
}: {
  /** Its buttons' words, in the page's language (lib/i18n/messages). */
  words: { copyLink: string; copied: string; copyFailed: string; shareButton: string; shareFailed: string };
  title: string;
  text: string;
  copyUrl: string;
  shareUrl: string;
}) {
  const canCopy = useBrowserHas(() => !!navigator.clipboard);
  const canShare = useBrowserHas(() => typeof navigator.share === "function");
  const [status, setStatus] = useState("");
  async function share() {
    try {
      await navigator.share({ title, text, url: shareUrl });
    } catch (error) {
      // Closing the share sheet is a choice, not a failure.
      if (!(error instanceof DOMException && error.name === "AbortError")) setStatus(words.shareFailed);
    }
  }
  if (!canCopy && !canShare) return null;
  return (
    <p className="share-device">
      {canCopy ? (
        <CopyButton text={copyUrl} label={words.copyLink} copied={words.copied} failed={words.copyFailed} />
      ) : null}
      {canShare ? (
        <>
          {" "}
          <button type="button" className="button" onClick={share}>
            {words.shareButton}
          </button>
          <span role="status" className="copy-status">
            {status}
          </span>
        </>
      ) : null}
    </p>
  );
}
