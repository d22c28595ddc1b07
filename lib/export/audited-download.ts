import type { TOrganiser } from "../auth/guards";
import type { PrismaClient } from "../db/client";
import { errorResponse } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { completeAudit, recordAudit } from "../audit/record-audit";

export type TAuditedDownload = {
  /** The audit log's action, e.g. "export-signatures". */
  action: string;
  /** What the download is about (a country, a claim), or null. */
  target?: string | null;
  /** What was asked for, said without a person (no free-text search, no address). */
  details: Prisma.InputJsonObject;
  contentType: string;
  filename: string;
  /** Rows the file will hold, sent as X-Total-Rows so a half-finished download can be told. */
  totalRows?: number;
  /** The body; calls `finished` with what was sent (e.g. `{ rows }`) once the last byte is out. */
  stream: (finished: (sent: Prisma.InputJsonObject) => Promise<void>) => ReadableStream<Uint8Array>;
};

/**
 * The one way personal data leaves as a file. The organiser has been checked by the route's first line;
 * `open` validates what was asked and prepares the file. The download is on record in the audit log
 * before a byte leaves, so one stopped half-way is still there, and the entry is completed with what
 * was sent once it is all out. Never cached; a refusal is answered as every route answers.
 */
export async function auditedDownload(
  db: PrismaClient,
  organiser: TOrganiser,
  open: () => Promise<TAuditedDownload>,
): Promise<Response> {
  try {
    const download = await open();
    const { details } = download;
    const auditId = await recordAudit(db, organiser.email, download.action, download.target ?? null, {
      ...details,
      state: "started",
    });
    const stream = download.stream((sent) => completeAudit(db, auditId, { ...details, state: "completed", ...sent }));
    const headers: Record<string, string> = {
      "Content-Type": download.contentType,
      "Content-Disposition": `attachment; filename="${download.filename}"`,
      "Cache-Control": "no-store",
    };
    if (download.totalRows !== undefined) headers["X-Total-Rows"] = String(download.totalRows);
    return new Response(stream, { headers });
  } catch (error) {
    return errorResponse(error);
  }
}
