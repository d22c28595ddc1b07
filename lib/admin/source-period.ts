import { z } from "zod";
import { reason, saidOf, type TReason, type TReasonCode, zodReason } from "../reasons/reason";

/** The dashboard's period: whole UTC days, `to` included. Default: the last 30 days. */
export type TSourcePeriod = { from: string; to: string; fromDate: Date; toExclusive: Date };

const DAY_MS = 86_400_000;
const MAX_DAYS = 3 * 366;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const day = (invalid: TReasonCode) =>
  z
    .string()
    .max(20)
    .optional()
    .transform((v) => v || undefined)
    .refine(
      (v) => v === undefined || (/^\d{4}-\d{2}-\d{2}$/.test(v) && isoDay(new Date(`${v}T00:00:00Z`)) === v),
      zodReason(invalid),
    );

const ZPeriodQuery = z.object({ from: day("periodStartInvalid"), to: day("periodEndInvalid") });

/**
 * The period asked for in the dashboard's GET form, or the default with the reason it was not
 * taken: a bad query never fails the page.
 */
export function parseSourcePeriod(
  query: Record<string, string | string[] | undefined>,
  now = new Date(),
): { period: TSourcePeriod; error?: TReason } {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const today = isoDay(now);
  const fallback = (error?: TReason) => ({
    period: periodOf(isoDay(new Date(now.getTime() - 29 * DAY_MS)), today),
    error,
  });
  const parsed = ZPeriodQuery.safeParse({ from: first(query.from), to: first(query.to) });
  if (!parsed.success) return fallback(saidOf(parsed.error.issues[0].message));
  const to = parsed.data.to ?? today;
  const from = parsed.data.from ?? isoDay(new Date(new Date(`${to}T00:00:00Z`).getTime() - 29 * DAY_MS));
  if (from > to) return fallback(reason("periodReversed"));
  const period = periodOf(from, to);
  if (period.toExclusive.getTime() - period.fromDate.getTime() > MAX_DAYS * DAY_MS)
    return fallback(reason("periodTooLong"));
  return { period };
}

function periodOf(from: string, to: string): TSourcePeriod {
  return {
    from,
    to,
    fromDate: new Date(`${from}T00:00:00Z`),
    toExclusive: new Date(new Date(`${to}T00:00:00Z`).getTime() + DAY_MS),
  };
}
