import { connection } from "next/server";
import { requireOrganiser } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/get-db";
import { AppError } from "@/lib/errors";
import { auditedDownload } from "@/lib/export/audited-download";
import { openHandInPack, ZHandInPackQuery } from "@/lib/handin/hand-in-pack";
import { saidOf } from "@/lib/reasons/reason";

// Organisers only: the names of signers who asked to be named leave the database here.
export async function GET(request: Request) {
  const organiser = await requireOrganiser();
  await connection();
  return auditedDownload(getDb(), organiser, async () => {
    const parsed = ZHandInPackQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success)
      throw new AppError("INVALID_INPUT", "notACountryOfOurs", {
        fields: { country: saidOf(parsed.error.issues[0].message) },
      });
    const country = parsed.data.country ?? null;
    const pack = await openHandInPack(getDb(), parsed.data.country, new Date());
    return {
      action: "export-handin-pack",
      target: country,
      details: { country, confirmed: pack.facts.confirmed, expectedNamed: pack.facts.named },
      contentType: "application/pdf",
      filename: pack.filename,
      stream: (finished) => pack.stream((named) => finished({ named })),
    };
  });
}
