import { connection } from "next/server";
import { completeAudit, recordAudit } from "@/lib/audit/record-audit";
import { requireOrganiser } from "@/lib/auth/guards";
import { CAMPAIGN_SLUG } from "@/lib/campaign/campaign-slug";
import { getDb } from "@/lib/db/get-db";
import { getEnv } from "@/lib/env";
import { AppError, errorResponse } from "@/lib/errors";
import {
  appliedFilters,
  countExportRows,
  exportFilename,
  streamSignaturesCsv,
  ZExportFilters,
} from "@/lib/export/export-signatures";

// Admins only (issue 26): personal data leaves the database here.
export async function GET(request: Request) {
  const organiser = await requireOrganiser("ADMIN");
  await connection();
  try {
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const parsed = ZExportFilters.safeParse(query);
    if (!parsed.success)
      throw new AppError("INVALID_INPUT", "Those export filters are not valid.", {
        fields: { filters: parsed.error.issues[0].message },
      });
    const filters = parsed.data;
    const audited = appliedFilters(filters);
    const url = getEnv().DATABASE_URL;
    const total = await countExportRows(url, filters);
    // On record before a byte leaves, so a download stopped half-way is still in the audit log.
    const auditId = await recordAudit(getDb(), organiser.email, "export-signatures", null, {
      ...audited,
      state: "started",
      expectedRows: total,
    });
    const stream = streamSignaturesCsv(url, filters, (rows) =>
      completeAudit(getDb(), auditId, { ...audited, state: "completed", expectedRows: total, rows }),
    );
    return new Response(stream, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${exportFilename(CAMPAIGN_SLUG, filters.shape)}"`,
        "Cache-Control": "no-store",
        "X-Total-Rows": String(total),
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
