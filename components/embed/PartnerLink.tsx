"use client";

import { useSyncExternalStore, type ReactNode } from "react";

const PASSED_ON = ["origin", "utm_source", "utm_medium", "utm_campaign"];
const noChanges = () => () => {};

/** Our page's address with the frame's `origin` and utm tags added (none before the page runs). */
function passedOn(href: string, frameQuery: string): string {
  const from = new URLSearchParams(frameQuery);
  const url = new URL(href, "http://our.site");
  for (const name of PASSED_ON) {
    const value = from.get(name);
    if (value) url.searchParams.set(name, value.slice(0, 300));
  }
  return url.pathname + url.search + url.hash;
}

/**
 * A link out of the embed to one of our pages, in a new tab (never inside the partner's frame). Once
 * the page runs, it carries the frame's `origin` and utm tags on, so what the supporter does there is
 * counted for the partner (the server keeps the origin only if it is listed). Without JavaScript it
 * is a plain link.
 */
export function PartnerLink({
  href,
  newTab,
  children,
  className,
}: {
  href: string;
  /** "(opens in a new tab)" in the frame's language, for screen readers. */
  newTab: string;
  children: ReactNode;
  className?: string;
}) {
  const frameQuery = useSyncExternalStore(
    noChanges,
    () => window.location.search,
    () => "",
  );
  return (
    <a href={passedOn(href, frameQuery)} target="_blank" rel="noopener" className={className}>
      {children}
      <span className="visually-hidden"> {newTab}</span>
    </a>
  );
}
