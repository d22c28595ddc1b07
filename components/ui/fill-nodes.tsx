import { Fragment, type ReactNode } from "react";

/**
 * A catalogue string's "{name}" places filled with elements (a link, a bold count), for words whose
 * order differs between languages; lib/text/fill.ts fills plain text.
 */
export function fillNodes(template: string, values: Record<string, ReactNode>): ReactNode {
  return template
    .split(/(\{\w+\})/)
    .map((part, i) => (
      <Fragment key={i}>{/^\{\w+\}$/.test(part) ? (values[part.slice(1, -1)] ?? part) : part}</Fragment>
    ));
}
