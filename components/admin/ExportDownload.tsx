"use client";

import { useState } from "react";

/**
 * Downloads the CSV while showing how far it has got: the server says how many rows to expect
 * (X-Total-Rows) and the rows are counted as they stream in.
 */
export function ExportDownload({ query, filename }: { query: string; filename: string }) {
  const [progress, setProgress] = useState<string>("");
  async function download() {
    setProgress("Starting…");
    const response = await fetch(`/api/export/signatures?${query}`);
    if (!response.ok || !response.body) {
      setProgress("The export failed. Please try again.");
      return;
    }
    const total = Number(response.headers.get("X-Total-Rows") ?? 0);
    const reader = response.body.getReader();
    const parts: BlobPart[] = [];
    let rows = -1;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      for (const byte of value) if (byte === 10) rows++;
      setProgress(`${Math.max(0, rows).toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")} rows`);
    }
    const url = URL.createObjectURL(new Blob(parts, { type: "text/csv" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = filename;
    a.click();
    URL.revokeObjectURL(url);
    setProgress(`Done: ${Math.max(0, rows).toLocaleString("en-GB")} rows.`);
  }
  return (
    <p className="actions">
      <button type="button" className="button button-primary" onClick={download}>
        Download with progress
      </button>
      <span role="status" aria-live="polite" data-testid="export-progress">
        {progress}
      </span>
    </p>
  );
}
