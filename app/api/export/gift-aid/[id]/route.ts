import { connection } from "next/server";
import { requireOrganiser } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/get-db";
import { getGiftAidClaimSummary } from "@/lib/donations/gift-aid-claims";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { auditedDownload } from "@/lib/export/audited-download";
import { giftAidScheduleFilename, streamGiftAidScheduleCsv } from "@/lib/export/export-gift-aid";

// Admins only (issue 26): a claim's schedule names its donors and their addresses. Downloading it again
// changes nothing (its gifts were marked claimed when the claim was made), and each download is audited.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const organiser = await requireOrganiser("ADMIN");
  await connection();
  return auditedDownload(getDb(), organiser, async () => {
    const claim = await getGiftAidClaimSummary(getDb(), (await params).id);
    if (!claim) throw new AppError("NOT_FOUND", "claimNotFound");
    return {
      action: "export-gift-aid",
      target: claim.id,
      details: { reference: claim.reference, expectedRows: claim.gifts },
      contentType: "text/csv; charset=utf-8",
      filename: giftAidScheduleFilename(claim.reference),
      totalRows: claim.gifts,
      stream: (finished) => streamGiftAidScheduleCsv(getEnv().DATABASE_URL, claim.id, (rows) => finished({ rows })),
    };
  });
}
