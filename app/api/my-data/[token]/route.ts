import { getDb } from "@/lib/db/get-db";
import { AppError, errorResponse } from "@/lib/errors";
import { csvCell, csvRow, UTF8_BOM } from "@/lib/export/csv";
import { emailForAccessToken } from "@/lib/privacy/data-access";
import { collectPersonalData, personalDataRows } from "@/lib/privacy/personal-data";

// Public: holding the emailed link is the permission. A download of one's own data, as JSON or CSV.
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  try {
    const email = await emailForAccessToken(getDb(), (await params).token);
    if (!email) throw new AppError("NOT_FOUND", "dataLinkExpired");
    const data = await collectPersonalData(getDb(), email);
    const headers = { "Cache-Control": "no-store", "X-Robots-Tag": "noindex" };
    if (new URL(request.url).searchParams.get("format") === "csv") {
      const csv =
        UTF8_BOM +
        personalDataRows(data)
          .map((row) => csvRow(row.map((v) => csvCell(v))))
          .join("");
      return new Response(csv, {
        headers: {
          ...headers,
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": 'attachment; filename="my-data.csv"',
        },
      });
    }
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        ...headers,
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": 'attachment; filename="my-data.json"',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
