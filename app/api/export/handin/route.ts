import { connection } from "next/server";
import { completeAudit, recordAudit } from "@/lib/audit/record-audit";
import { requireOrganiser } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/get-db";
import { AppError, errorResponse } from "@/lib/errors";
import { openHandInPack, ZHandInPackQuery } from "@/lib/handin/hand-in-pack";

// Organisers only: the names of signers who asked to be named leave the database here.
export async function GET(request: Request) {
  const organiser = await requireOrganiser();
  await connection();
  try {
    const parsed = ZHandInPackQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success)
      throw new AppError("INVALID_INPUT", "That is not a country of ours.", {
        fields: { country: parsed.error.issues[0].message },
      });
    const country = parsed.data.country ?? null;
    const pack = await openHandInPack(getDb(), parsed.data.country, new Date());
    const details = { country, confirmed: pack.facts.confirmed, expectedNamed: pack.facts.named };
    // On record before a byte leaves, so a download stopped half-way is still in the audit log.
    const auditId = await recordAudit(getDb(), organiser.email, "export-handin-pack", country, {
      ...details,
      state: "started",
    });
    const stream = pack.stream((named) => completeAudit(getDb(), auditId, { ...details, state: "completed", named }));
    return new Response(stream, {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${pack.filename}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
