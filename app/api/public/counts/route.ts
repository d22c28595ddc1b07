import { connection } from "next/server";
import { getDb } from "@/lib/db/get-db";
import { errorResponse } from "@/lib/errors";
import { getPetitionCounts } from "@/lib/petition/counts";

// Public: confirmed signature counts for anyone, any site (no personal data), cached briefly.
export async function GET() {
  await connection();
  try {
    const counts = await getPetitionCounts(getDb());
    return Response.json(counts, {
      headers: {
        "Access-Control-Allow-Origin": "*",
        "Cache-Control": "public, max-age=5, s-maxage=5, stale-while-revalidate=30",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
