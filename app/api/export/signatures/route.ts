import { connection } from "next/server";
import { requireOrganiser } from "@/lib/auth/guards";
import { CAMPAIGN_SLUG } from "@/lib/campaign/campaign-slug";
import { getDb } from "@/lib/db/get-db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { auditedDownload } from "@/lib/export/audited-download";
import {
  appliedFilters,
  countExportRows,
  exportFilename,
  streamSignaturesCsv,
  ZExportFilters,
} from "@/lib/export/export-signatures";
import { saidOf } from "@/lib/reasons/reason";

// Admins only (issue 26): personal data leaves the database here.
export async function GET(request: Request) {
  const organiser = await requireOrganiser("ADMIN");
  await connection();
  return auditedDownload(getDb(), organiser, async () => {
    const parsed = ZExportFilters.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success)
      throw new AppError("INVALID_INPUT", "exportFiltersInvalid", {
        fields: { filters: saidOf(parsed.error.issues[0].message) },
      });
    const filters = parsed.data;
    const url = getEnv().DATABASE_URL;
    const total = await countExportRows(url, filters);
    return {
      action: "export-signatures",
      details: { ...appliedFilters(filters), expectedRows: total },
      contentType: "text/csv; charset=utf-8",
      filename: exportFilename(CAMPAIGN_SLUG, filters.shape),
      totalRows: total,
      stream: (finished) => streamSignaturesCsv(url, filters, (rows) => finished({ rows })),
    };
  });
}
