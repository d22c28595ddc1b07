// Pure. Where Auth.js may send someone, and the links it writes: on APP_URL, the site's one public
// address, whatever host name the server saw the request under (next start reports "localhost").

/** The same path and query on the site's public address; anything off-site becomes its home page. */
export function onAppUrl(url: string, appUrl: string, _authBaseUrl?: string): string {
  const target = new URL(url, appUrl);
  return `${appUrl}${target.pathname}${target.search}`;
}
