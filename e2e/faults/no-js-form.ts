// Posts a page's form the way a browser without JavaScript does: the hidden fields React renders
// for a server action (its id and bound state), plus the fields given, as multipart/form-data.
const ENTITIES: Record<string, string> = { "&amp;": "&", "&quot;": '"', "&#x27;": "'", "&lt;": "<", "&gt;": ">" };
const decode = (text: string) => text.replace(/&(amp|quot|#x27|lt|gt);/g, (m) => ENTITIES[m]);
const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name.replace("$", "\\$")}="([^"]*)"`).exec(tag);
  return m ? decode(m[1]) : undefined;
};

export async function hiddenFieldsOfForm(
  pageUrl: string,
  containing: string,
  cookie?: string,
): Promise<[string, string][]> {
  const html = await (await fetch(pageUrl, { headers: cookie ? { cookie } : {} })).text();
  const form = [...html.matchAll(/<form[\s\S]*?<\/form>/g)]
    .map((m) => m[0])
    .find((f) => f.includes(`name="${containing}"`));
  if (!form) throw new Error(`no form with ${containing} on ${pageUrl}`);
  return [...form.matchAll(/<input[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => attr(tag, "type") === "hidden" && attr(tag, "name"))
    .map((tag) => [attr(tag, "name")!, attr(tag, "value") ?? ""]);
}

export async function postForm(
  pageUrl: string,
  hidden: [string, string][],
  fields: Record<string, string>,
  headers: Record<string, string> = {},
) {
  const body = new FormData();
  for (const [name, value] of hidden) body.append(name, value);
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  const response = await fetch(pageUrl, { method: "POST", body, headers, redirect: "manual" });
  return { status: response.status, location: response.headers.get("location"), text: await response.text() };
}
