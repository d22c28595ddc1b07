import { connection } from "next/server";
import { getDb } from "@/lib/db/get-db";
import { checkDatabase } from "@/lib/db/health";

// Public: tells a load balancer whether this instance can reach its database. Says nothing else.
export async function GET() {
  await connection();
  const ok = await checkDatabase(getDb());
  return Response.json(
    { status: ok ? "ok" : "unavailable", database: ok ? "reachable" : "unreachable" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
