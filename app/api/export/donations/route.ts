import { connection } from "next/server";
import { requireOrganiser } from "@/lib/auth/guards";
import { CAMPAIGN_SLUG } from "@/lib/campaign/campaign-slug";
import { getDb } from "@/lib/db/get-db";
import { auditedDonationFilters, ZDonationFilters } from "@/lib/donations/donation-filters";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { auditedDownload } from "@/lib/export/audited-download";
import { countDonationRows, donationsFilename, streamDonationsCsv } from "@/lib/export/export-donations";
import { saidOf } from "@/lib/reasons/reason";

// Admins only (issue 26): donors' names, emails and addresses leave the database here.
export async function GET(request: Request) {
  const organiser = await requireOrganiser("ADMIN");
  await connection();
  return auditedDownload(getDb(), organiser, async () => {
    const parsed = ZDonationFilters.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success)
      throw new AppError("INVALID_INPUT", "donationFiltersInvalid", {
        fields: { filters: saidOf(parsed.error.issues[0].message) },
      });
    const filters = parsed.data;
    const url = getEnv().DATABASE_URL;
    const total = await countDonationRows(url, filters);
    return {
      action: "export-donations",
      details: { ...auditedDonationFilters(filters), expectedRows: total },
      contentType: "text/csv; charset=utf-8",
      filename: donationsFilename(CAMPAIGN_SLUG),
      totalRows: total,
      stream: (finished) => streamDonationsCsv(url, filters, (rows) => finished({ rows })),
    };
  });
}
