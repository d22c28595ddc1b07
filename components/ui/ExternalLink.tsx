import type { ReactNode } from "react";

/** A link to a source outside the app: shown as written, opened without sharing our page. */
export function ExternalLink({ href, children }: { href: string; children?: ReactNode }) {
  return (
    <a href={href} rel="noopener noreferrer external" className="external">
      {children ?? href}
    </a>
  );
}
