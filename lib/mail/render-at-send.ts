import type { PrismaClient } from "../db/client";
import type { OutboxBody } from "../generated/prisma/client";
import { isDatabaseUnavailable } from "../db/unavailable";
import { startLinkLifetimes } from "./link-lifetimes";
import { fillLinks, type TLinkPurpose, type TLinkSettings } from "./link-tokens";

export type TSendTimeRow = {
  id: string;
  kind: string;
  text: string;
  body: OutboxBody;
  signatureId: string | null;
  headers?: Record<string, string> | null;
};
/**
 * Emails written without their text (no working link at rest) are rendered by kind when they are
 * sent (body RENDER_AT_SEND); each renderer fills `text` in place and marks the body READY, or leaves
 * it unrendered when there is nothing to send any more. The domain that queues such an email owns its
 * renderer; the delivery job hands the table in (lib/jobs/delivery-job.ts), so mail depends on no domain.
 */
type TSendTimeRenderer = (db: PrismaClient, rows: TSendTimeRow[], links: TLinkSettings) => Promise<void>;

/** The links' settings and the renderers by email kind: what the worker needs to finish an email. */
export type TSendSettings = TLinkSettings & { renderers: Readonly<Record<string, TSendTimeRenderer>> };

/**
 * Renders the claimed rows that need it, then fills every row's link slots (text and headers) with
 * tokens made now (lib/mail/link-tokens.ts) and starts the expiring links' lifetimes. Returns the
 * rows that could not be rendered, with why, so the caller sets them aside one by one: a row that
 * cannot be rendered never stops the others. A database outage is not the rows' fault and is thrown
 * (the turn fails, nothing is counted).
 */
export async function renderAtSend(
  db: PrismaClient,
  rows: TSendTimeRow[],
  links: TSendSettings,
  now: number = Date.now(),
): Promise<Map<string, Error>> {
  const failures = new Map<string, Error>();
  const byKind = new Map<string, TSendTimeRow[]>();
  for (const row of rows.filter((r) => r.body === "RENDER_AT_SEND"))
    byKind.set(row.kind, [...(byKind.get(row.kind) ?? []), row]);
  for (const [kind, group] of byKind) {
    const render = links.renderers[kind];
    if (!render) {
      for (const row of group) failures.set(row.id, new Error(`No renderer for an email of kind "${kind}"`));
      continue;
    }
    try {
      await render(db, group, links);
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw error;
      // The batch failed: render each row alone to find which one cannot be rendered.
      for (const row of group) {
        try {
          await render(db, [row], links);
        } catch (rowError) {
          if (isDatabaseUnavailable(rowError)) throw rowError;
          failures.set(row.id, rowError instanceof Error ? rowError : new Error(String(rowError)));
        }
      }
    }
  }
  const made = new Map<TLinkPurpose, string[]>();
  for (const row of rows.filter((r) => !failures.has(r.id))) {
    try {
      row.text = fillLinks(row.text, links.secret, row, made);
      if (row.headers) {
        const filled = Object.entries(row.headers).map(([name, value]) => [
          name,
          fillLinks(value, links.secret, row, made),
        ]);
        row.headers = Object.fromEntries(filled);
      }
    } catch (error) {
      failures.set(row.id, error instanceof Error ? error : new Error(String(error)));
    }
  }
  await startLinkLifetimes(db, made, now);
  return failures;
}
