// Pure. HTML written as a template whose every value is escaped as text: what a person typed can
// never become markup. Only a fragment made by `html` itself is put in as it is.

const MARKUP = Symbol("html");
export type THtml = { readonly [MARKUP]: string };

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escape = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]);

type TValue = string | number | THtml | null | undefined | false | readonly TValue[];

function render(value: TValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (Array.isArray(value)) return value.map(render).join("");
  if (typeof value === "object" && MARKUP in value) return (value as THtml)[MARKUP];
  return escape(String(value));
}

export function html(strings: TemplateStringsArray, ...values: TValue[]): THtml {
  let out = strings[0];
  values.forEach((value, i) => (out += render(value) + strings[i + 1]));
  return { [MARKUP]: out };
}

/** The markup, to send. */
export const markupOf = (fragment: THtml) => fragment[MARKUP];

/** Markup of our own, written in the code (a stylesheet): never for anything a person sent. */
export const ownMarkup = (markup: string): THtml => ({ [MARKUP]: markup });
