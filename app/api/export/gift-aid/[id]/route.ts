import { connection } from "next/server";
import { completeAudit, recordAudit } from "@/lib/audit/record-audit";
import { requireOrganiser } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/get-db";
import { getGiftAidClaimSummary } from "@/lib/donations/gift-aid-claims";
import { getEnv } from "@/lib/env";
import { AppError, errorResponse } from "@/lib/errors";
import { giftAidScheduleFilename, streamGiftAidScheduleCsv } from "@/lib/export/export-gift-aid";

// Admins only (issue 26): a claim's schedule names its donors and their addresses. Downloading it again
// changes nothing (its gifts were marked claimed when the claim was made), and each download is audited.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const organiser = await requireOrganiser("ADMIN");
  await connection();
  try {
    const claim = await getGiftAidClaimSummary(getDb(), (await params).id);
    if (!claim) throw new AppError("NOT_FOUND", "There is no such Gift Aid claim.");
    const details = { reference: claim.reference, expectedRows: claim.gifts };
    const auditId = await recordAudit(getDb(), organiser.email, "export-gift-aid", claim.id, {
      ...details,
      state: "started",
    });
    const stream = streamGiftAidScheduleCsv(getEnv().DATABASE_URL, claim.id, (rows) =>
      completeAudit(getDb(), auditId, { ...details, state: "completed", rows }),
    );
    return new Response(stream, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${giftAidScheduleFilename(claim.reference)}"`,
        "Cache-Control": "no-store",
        "X-Total-Rows": String(claim.gifts),
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
