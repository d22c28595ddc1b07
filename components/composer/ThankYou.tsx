"use client";

import Link from "next/link";
import type { ReactNode } from "react";

/** Shown after a channel is used. "Written to", never "delivered": we only know you started it. */
export function ThankYou({
  result,
  targetName,
  share,
}: {
  result: { count?: number; error?: string } | null;
  targetName: string;
  share?: ReactNode;
}) {
  return (
    <div role="status" aria-live="polite" data-testid="thank-you">
      {result ? (
        <section className="thank-you" aria-labelledby="thanks-heading">
          <h3 id="thanks-heading">Thank you</h3>
          {typeof result.count === "number" ? (
            <p data-testid="written-count">
              People have written to the {targetName} <strong>{result.count.toLocaleString("en-GB")}</strong>{" "}
              {result.count === 1 ? "time" : "times"} from this site.
            </p>
          ) : (
            <p>{result.error}</p>
          )}
          <p>
            Next, <a href="#petition-heading">sign the petition</a> on this page (or{" "}
            <Link href="/petition">on its own page</Link>), and ask a friend to do the same: share this page. You can
            also <Link href="/donate">support the campaign with a gift</Link>.
          </p>
          {share}
        </section>
      ) : null}
    </div>
  );
}
