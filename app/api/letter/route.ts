import { errorResponse } from "@/lib/errors";
import { BODY_LIMITS, webBodySource } from "@/lib/http/read-body";
import { composeLetter, ZComposeLetterInput } from "@/lib/letters/compose-letter";
import { renderLetterPage } from "@/lib/letters/letter-page";
import { getDb } from "@/lib/db/get-db";

// What the page may load: its own inline style and fonts (the Burmese one, and the inlined subsets),
// nothing else, no script at all; and it is framed by nobody.
const POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; font-src 'self' data:; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'none'";

/**
 * Public: the composer's "Make my letter" (works without JavaScript). The answer is built from the
 * form alone and kept nowhere: no-store (so neither the server layer's page cache, nginx's
 * micro-cache nor the browser's keep it), nothing of it logged, nothing written to the database.
 */
export async function POST(request: Request) {
  try {
    const form = new URLSearchParams(await webBodySource(request).readText(BODY_LIMITS.letter));
    const input = ZComposeLetterInput.parse(Object.fromEntries(form));
    const page = renderLetterPage(await composeLetter(getDb(), input), new Date());
    return new Response(page, {
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Cache-Control": "no-store",
        "Content-Security-Policy": POLICY,
        "Referrer-Policy": "no-referrer",
      },
    });
  } catch (error) {
    const response = errorResponse(error);
    response.headers.set("Cache-Control", "no-store");
    return response;
  }
}
