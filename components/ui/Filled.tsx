import { Fragment, type ReactNode } from "react";

/**
 * A catalogue string whose "{name}" places hold elements (a link, a citation) rather than text:
 * each language puts them where its word order needs them.
 */
export function Filled({ text, values }: { text: string; values: Record<string, ReactNode> }) {
  const parts = text.split(/\{(\w+)\}/g);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>{i % 2 === 0 ? part : Object.hasOwn(values, part) ? values[part] : `{${part}}`}</Fragment>
      ))}
    </>
  );
}
