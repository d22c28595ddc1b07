import { getDb } from "@/lib/db/get-db";
import { webBodySource } from "@/lib/http/read-body";
import { answerOneClick } from "@/lib/updates/one-click";

type TParams = { params: Promise<{ token: string }> };

// Public: the token is the permission. A mail program's one-click unsubscribe (RFC 8058).
export async function POST(request: Request, { params }: TParams) {
  return answerOneClick(getDb(), (await params).token, webBodySource(request));
}

// Public: a mail program that opens this address in a browser instead gets the page with the
// button (a GET changes nothing: mail scanners open links).
export async function GET(_request: Request, { params }: TParams) {
  const page = `/unsubscribe/${encodeURIComponent((await params).token)}`;
  return new Response(null, { status: 303, headers: { Location: page, "Cache-Control": "no-store" } });
}
