import { NextResponse, type NextRequest } from "next/server";

// Redirects only: anonymous visitors to /admin go to the sign-in page. It decides nothing about
// access; every organiser page, action and route checks who is asking itself (lib/auth/guards.ts).
export function proxy(request: NextRequest) {
  const hasSession =
    request.cookies.has("authjs.session-token") || request.cookies.has("__Secure-authjs.session-token");
  if (!hasSession) {
    const url = new URL("/admin/sign-in", request.url);
    url.searchParams.set("callbackUrl", request.nextUrl.pathname);
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = { matcher: ["/admin", "/admin/((?!sign-in).*)"] };
