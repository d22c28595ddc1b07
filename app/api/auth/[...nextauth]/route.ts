// Auth.js's own endpoints (callbacks, sign-out, its CSRF token). It authenticates; who may use the
// organiser area is checked by lib/auth/guards.ts on each page, action and route.
import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { AppError, errorResponse } from "@/lib/errors";

export const { GET } = handlers;

// Public, refused: asking for a sign-in link here skipped the sign-in form's limits, and answered an
// organiser's address differently from a stranger's (issue 26). The page's server action
// (app/(organiser)/admin/actions/session.ts) is the one way in: it writes a request the worker answers
// (lib/auth/send-sign-in-links.ts). Auth.js's callback here still checks and spends the links.
export async function POST(request: NextRequest) {
  if (new URL(request.url).pathname.startsWith("/api/auth/signin")) {
    return errorResponse(new AppError("FORBIDDEN", "signInOnItsPage"));
  }
  return handlers.POST(request);
}
