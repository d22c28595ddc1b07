import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { E2E_MAILBOX } from "../playwright.config";
import type { TSunkMail } from "../lib/testing/smtp-sink";

function readMailbox(): TSunkMail[] {
  return readdirSync(E2E_MAILBOX)
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(E2E_MAILBOX, file), "utf8")));
}

/** Waits until `count` emails to `to` (with `subject`, when given) have reached the SMTP sink, and returns them. */
export async function waitForMail(to: string, count = 1, subject?: string): Promise<TSunkMail[]> {
  let found: TSunkMail[] = [];
  await expect(async () => {
    found = mailTo(to, subject);
    expect(found.length).toBeGreaterThanOrEqual(count);
  }).toPass({ timeout: 20_000, intervals: [250] });
  return found;
}

/** Waits until one email to each of `to` has reached the SMTP sink (reading the mailbox once a poll),
 *  and returns the first to each. */
export async function waitForMails(to: string[]): Promise<Map<string, TSunkMail>> {
  const found = new Map<string, TSunkMail>();
  await expect(async () => {
    for (const mail of readMailbox()) if (to.includes(mail.to) && !found.has(mail.to)) found.set(mail.to, mail);
    expect(to.filter((address) => !found.has(address))).toEqual([]);
  }).toPass({ timeout: 20_000, intervals: [250] });
  return found;
}

/** What has reached the SMTP sink for `to` so far (with `subject`, when given). */
export function mailTo(to: string, subject?: string): TSunkMail[] {
  return readMailbox().filter((mail) => mail.to === to && (subject === undefined || mail.subject === subject));
}

export function linkIn(mail: TSunkMail, kind: "confirm" | "remove"): string {
  const match = new RegExp(`https?://[^\\s]+/petition/${kind}/[A-Za-z0-9_-]+`).exec(mail.text);
  if (!match) throw new Error(`no ${kind} link in: ${mail.text}`);
  return match[0];
}
