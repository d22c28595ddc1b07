import { connection } from "next/server";
import { completeAudit, recordAudit } from "@/lib/audit/record-audit";
import { requireOrganiser } from "@/lib/auth/guards";
import { CAMPAIGN_SLUG } from "@/lib/campaign/campaign-slug";
import { getDb } from "@/lib/db/get-db";
import { auditedDonationFilters, ZDonationFilters } from "@/lib/donations/donation-filters";
import { getEnv } from "@/lib/env";
import { AppError, errorResponse } from "@/lib/errors";
import { countDonationRows, donationsFilename, streamDonationsCsv } from "@/lib/export/export-donations";

// Admins only (issue 26): donors' names, emails and addresses leave the database here.
export async function GET(request: Request) {
  const organiser = await requireOrganiser("ADMIN");
  await connection();
  try {
    const parsed = ZDonationFilters.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success)
      throw new AppError("INVALID_INPUT", "Those filters are not valid.", {
        fields: { filters: parsed.error.issues[0].message },
      });
    const filters = parsed.data;
    const audited = auditedDonationFilters(filters);
    const url = getEnv().DATABASE_URL;
    const total = await countDonationRows(url, filters);
    // On record before a byte leaves, so a download stopped half-way is still in the audit log.
    const auditId = await recordAudit(getDb(), organiser.email, "export-donations", null, {
      ...audited,
      state: "started",
      expectedRows: total,
    });
    const stream = streamDonationsCsv(url, filters, (rows) =>
      completeAudit(getDb(), auditId, { ...audited, state: "completed", expectedRows: total, rows }),
    );
    return new Response(stream, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${donationsFilename(CAMPAIGN_SLUG)}"`,
        "Cache-Control": "no-store",
        "X-Total-Rows": String(total),
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
