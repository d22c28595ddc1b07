"use client";

import { useEffect, useState, type ReactNode } from "react";

/**
 * A link out of the embed to one of our pages, in a new tab (never inside the partner's frame). Once
 * the page runs, it carries the frame's `origin` and utm tags on, so what the supporter does there is
 * counted for the partner (the server keeps the origin only if it is listed). Without JavaScript it
 * is a plain link.
 */
export function PartnerLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  const [target, setTarget] = useState(href);
  useEffect(() => {
    const from = new URLSearchParams(window.location.search);
    const url = new URL(href, window.location.origin);
    for (const name of ["origin", "utm_source", "utm_medium", "utm_campaign"]) {
      const value = from.get(name);
      if (value) url.searchParams.set(name, value.slice(0, 300));
    }
    setTarget(url.pathname + url.search + url.hash);
  }, [href]);
  return (
    <a href={target} target="_blank" rel="noopener" className={className}>
      {children}
    </a>
  );
}
