import type { ServerResponse } from "node:http";

type TWrite = ServerResponse["write"];
type TEnd = ServerResponse["end"];

/**
 * Holds back an HTML response until it is complete so its headers can depend on its bytes (the
 * script hashes of the CSP), then hands it to `finish`. Anything else (JSON, CSV exports, assets)
 * streams through untouched. Next.js writes through res.writeHead/write/end, as compression
 * middleware relies on too.
 */
export function captureHtml(res: ServerResponse, finish: (html: Buffer, send: (body: Buffer) => void) => void): void {
  const write = res.write.bind(res) as TWrite;
  const end = res.end.bind(res) as TEnd;
  const writeHead = res.writeHead.bind(res);
  const flushHeaders = res.flushHeaders.bind(res);
  let mode: "undecided" | "html" | "pass" = "undecided";
  const chunks: Buffer[] = [];
  let sending = false;
  const decide = () => {
    if (mode === "undecided")
      mode = String(res.getHeader("content-type") ?? "").startsWith("text/html") ? "html" : "pass";
    return mode;
  };
  const toBuffer = (chunk: unknown, encoding?: unknown) =>
    Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === "string"
        ? Buffer.from(chunk, (encoding as BufferEncoding) || "utf8")
        : Buffer.from(chunk as Uint8Array);

  // Until the body decides, writeHead's headers become ordinary headers so the decision (and later
  // changes) can see them. Node writes the head through res.writeHead itself (from write/end), and
  // other wrappers (Next's compression) sit on top of this one, so it stays in place and delegates.
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    if (sending || mode === "pass") return writeHead(status, ...(rest as []));
    const headers = rest.find((r) => r && typeof r === "object");
    const reason = rest.find((r) => typeof r === "string");
    if (Array.isArray(headers)) return writeHead(status, ...(rest as []));
    res.statusCode = status;
    if (reason) res.statusMessage = reason as string;
    for (const [name, value] of Object.entries((headers ?? {}) as Record<string, string | string[] | number>)) {
      if (value !== undefined) res.setHeader(name, value);
    }
    return res;
  }) as ServerResponse["writeHead"];
  res.flushHeaders = () => {
    if (decide() === "pass") flushHeaders();
  };
  res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    if (decide() === "pass") return write(chunk as string, encoding as BufferEncoding, callback as () => void);
    chunks.push(toBuffer(chunk, encoding));
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") process.nextTick(done as () => void);
    return true;
  }) as TWrite;
  res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    if (decide() === "pass") return end(chunk as string, encoding as BufferEncoding, callback as () => void);
    if (chunk && typeof chunk !== "function") chunks.push(toBuffer(chunk, encoding));
    const done = [chunk, encoding, callback].find((f) => typeof f === "function") as (() => void) | undefined;
    finish(Buffer.concat(chunks), (body) => {
      sending = true;
      end(body, done);
    });
    return res;
  }) as TEnd;
}
