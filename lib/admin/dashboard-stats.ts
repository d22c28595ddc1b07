import type { PrismaClient } from "../db/client";

/** Totals for the organiser dashboard: today (UTC) and all time. */
export async function getDashboardStats(db: PrismaClient, now = new Date()) {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const since = new Date(today.getTime() - 29 * 86_400_000);
  const [signatures, signaturesToday, actions, actionsToday, donations, perDay, countries, emailsWaiting] =
    await Promise.all([
      db.signature.groupBy({ by: ["status"], _count: { _all: true } }),
      db.signature.groupBy({ by: ["status"], where: { createdAt: { gte: today } }, _count: { _all: true } }),
      db.action.groupBy({ by: ["countryId", "channel"], _count: { _all: true } }),
      db.action.count({ where: { createdAt: { gte: today } } }),
      db.donation.groupBy({
        by: ["frequency", "status"],
        _count: { _all: true },
        _sum: { amount: true, amountRefunded: true },
      }),
      db.$queryRaw<{ day: Date; n: number }[]>`
      SELECT date_trunc('day', "createdAt") AS day, count(*)::int AS n FROM "Signature"
      WHERE "createdAt" >= ${since} AND "status" IN ('PENDING', 'CONFIRMED') GROUP BY 1 ORDER BY 1`,
      db.country.findMany({
        select: { id: true, name: true, briefingRank: true },
        orderBy: [{ briefingRank: "asc" }, { name: "asc" }],
      }),
      db.outboxEmail.count({ where: { status: "PENDING" } }),
    ]);
  const count = (rows: { status: string; _count: { _all: number } }[], status: string) =>
    rows.find((r) => r.status === status)?._count._all ?? 0;
  const days = Array.from({ length: 30 }, (_, i) => {
    const day = new Date(since.getTime() + i * 86_400_000);
    return {
      day: day.toISOString().slice(0, 10),
      n: perDay.find((r) => new Date(r.day).toISOString().slice(0, 10) === day.toISOString().slice(0, 10))?.n ?? 0,
    };
  });
  const donationSum = (frequency: string, statuses: string[]) =>
    donations
      .filter((d) => d.frequency === frequency && statuses.includes(d.status))
      .reduce((a, d) => ({ count: a.count + d._count._all, amount: a.amount + (d._sum.amount ?? 0) }), {
        count: 0,
        amount: 0,
      });
  return {
    signatures: {
      confirmed: count(signatures, "CONFIRMED"),
      pending: count(signatures, "PENDING"),
      invalidated: count(signatures, "INVALIDATED"),
      confirmedToday: count(signaturesToday, "CONFIRMED"),
      pendingToday: count(signaturesToday, "PENDING"),
    },
    actions: {
      total: actions.reduce((a, r) => a + r._count._all, 0),
      today: actionsToday,
      perCountry: countries.map((c) => ({
        name: c.name,
        total: actions.filter((a) => a.countryId === c.id).reduce((sum, a) => sum + a._count._all, 0),
        byChannel: Object.fromEntries(
          actions.filter((a) => a.countryId === c.id).map((a) => [a.channel, a._count._all]),
        ),
      })),
    },
    donations: {
      oneOff: donationSum("ONE_OFF", ["SUCCEEDED", "PARTIALLY_REFUNDED"]),
      monthlyActive: donationSum("MONTHLY", ["ACTIVE", "PAST_DUE"]),
      refunded: donationSum("ONE_OFF", ["REFUNDED"]),
      refundedAmount: donations.reduce((a, d) => a + (d._sum.amountRefunded ?? 0), 0),
    },
    signaturesPerDay: days,
    emailsWaiting,
  };
}
