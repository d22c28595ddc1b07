"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { PageLink as Link } from "@/components/ui/PageLink";
import { fillNodes } from "@/components/ui/fill-nodes";
import { formatNumberIn, localPath, type TLang } from "@/lib/i18n/languages";
import type { TComposerWords } from "./types";

/** Shown after a channel is used. "Written to", never "delivered": we only know you started it. */
export function ThankYou({
  lang,
  words: t,
  result,
  targetName,
  share,
}: {
  lang: TLang;
  words: TComposerWords;
  result: { count?: number; error?: string } | null;
  targetName: string;
  share?: ReactNode;
}) {
  // The server's answers are in English: a page in another language says its own words instead.
  const failed = lang === "en" && result?.error ? result.error : t.countFailed;
  // Each answer takes the focus, so a screen reader reads it and the browser brings it into view
  // wherever the page was scrolled to.
  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    if (result) box.current?.focus();
  }, [result]);
  return (
    <div role="status" aria-live="polite" data-testid="thank-you">
      {result ? (
        <section className="thank-you" aria-labelledby="thanks-heading" tabIndex={-1} ref={box}>
          <h3 id="thanks-heading">{t.thanksHeading}</h3>
          {typeof result.count === "number" ? (
            <p data-testid="written-count">
              {fillNodes(result.count === 1 ? t.writtenOne : t.writtenMany, {
                target: <span lang={lang === "en" ? undefined : "en-GB"}>{targetName}</span>,
                count: <strong>{formatNumberIn(lang, result.count)}</strong>,
              })}
            </p>
          ) : (
            <p>{failed}</p>
          )}
          <p>
            {fillNodes(t.next, {
              petitionLink: <a href="#petition-heading">{t.petitionLink}</a>,
              ownPageLink: <Link href={localPath(lang, "/petition")}>{t.ownPageLink}</Link>,
              donateLink: <Link href={localPath(lang, "/donate")}>{t.donateLink}</Link>,
            })}
          </p>
          {share}
        </section>
      ) : null}
    </div>
  );
}
