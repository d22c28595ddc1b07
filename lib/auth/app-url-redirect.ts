// Pure. Where Auth.js may send someone: a path on APP_URL, the site's one public address, whatever
// host the request came under (`next start` reports "localhost": Auth.js's own base is trusted for
// its path). Anything naming another origin, or a scheme that is not the web's, goes to the home page:
// "x:@evil.example/steal" has no path of ours, and glued onto APP_URL as text it became the user-info
// of another host (issue 26).

export function onAppUrl(url: string, appUrl: string, authBaseUrl?: string): string {
  const base = new URL(appUrl);
  const ours = new Set([base.origin, ...(authBaseUrl ? [new URL(authBaseUrl).origin] : [])]);
  let target: URL;
  try {
    target = new URL(url, base);
  } catch {
    return `${base.origin}/`;
  }
  if (!/^https?:$/.test(target.protocol) || !ours.has(target.origin)) return `${base.origin}/`;
  return `${base.origin}${target.pathname}${target.search}`;
}
