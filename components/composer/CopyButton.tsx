"use client";

import { useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";

/**
 * Copies text to the clipboard and says so where a screen reader will hear it. Not drawn without
 * JavaScript: there the composer's "Make my letter" page has the text to copy.
 */
export function CopyButton({
  text,
  label,
  copied,
  failed,
  onCopied,
}: {
  text: string;
  label: string;
  copied: string;
  /** What to say when the browser refuses: where the text can be selected by hand. */
  failed: string;
  onCopied?: () => void;
}) {
  const [status, setStatus] = useState("");
  const hydrated = useHydrated();
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(copied);
      onCopied?.();
    } catch {
      setStatus(failed);
    }
  }
  if (!hydrated) return null;
  return (
    <span className="copy-button">
      <button type="button" className="button" onClick={copy}>
        {label}
      </button>
      <span role="status" aria-live="polite" className="copy-status">
        {status}
      </span>
    </span>
  );
}
