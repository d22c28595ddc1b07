import type { ReactNode } from "react";

/**
 * What a page asks for, in the first screen of a phone (320×640 and up, either language): the count
 * so far, the action as a button-styled link to its form further down, and the evidence one tap
 * away. Links, not the forms themselves: a form with its consent boxes cannot fit a phone's first
 * screen, and the page's evidence must not be pushed out by it. e2e/first-screen.spec.ts holds both
 * in view.
 */
export function FirstAction({
  count,
  action,
  evidence,
}: {
  count: ReactNode;
  action: { href: string; label: string };
  evidence: { href: string; label: string };
}) {
  return (
    <div className="first-action" data-testid="first-action">
      {count}
      <p className="first-action-links">
        <a className="button button-primary" href={action.href} data-testid="first-action-link">
          {action.label}
        </a>
        <a href={evidence.href} data-testid="first-evidence-link">
          {evidence.label}
        </a>
      </p>
    </div>
  );
}
