import { z } from "zod";
import type { PrismaClient } from "../db/client";
import { AppError } from "../errors";
import { cleanLine, cleanText } from "../text/clean-text";
import { findUnknownMergeFields, MERGE_FIELDS } from "./merge-fields";

type TDb = Pick<PrismaClient, "messageTemplate">;

const ZMessageTemplateInput = z.object({
  subject: z
    .string()
    .transform(cleanLine)
    .pipe(z.string().min(1, "Give the message a subject.").max(200, "Keep the subject under 200 characters.")),
  body: z
    .string()
    .transform(cleanText)
    .pipe(z.string().trim().min(1, "The message needs a body.").max(5000, "Keep the message under 5,000 characters.")),
});
export type TMessageTemplateInput = z.input<typeof ZMessageTemplateInput>;

/**
 * Creates or replaces a country's suggested message. A merge field the app does not know is refused
 * here, so a supporter never sends an email with a blank or a raw {{placeholder}} in it.
 */
export async function saveMessageTemplate(db: TDb, countryId: string, input: TMessageTemplateInput) {
  const parsed = ZMessageTemplateInput.safeParse(input);
  if (!parsed.success) {
    const fields = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
    throw new AppError("INVALID_INPUT", "The message could not be saved.", { fields });
  }
  const { subject, body } = parsed.data;
  const fields: Record<string, string> = {};
  for (const [key, text] of Object.entries({ subject, body })) {
    const unknown = findUnknownMergeFields(text);
    if (unknown.length) {
      fields[key] =
        `Unknown merge field ${unknown.map((f) => `{{${f}}}`).join(", ")}. ` +
        `Use only ${MERGE_FIELDS.map((f) => `{{${f}}}`).join(", ")}.`;
    }
  }
  if (Object.keys(fields).length)
    throw new AppError("INVALID_INPUT", "The message uses merge fields the app does not know.", { fields });
  return db.messageTemplate.upsert({
    where: { countryId },
    create: { countryId, subject, body },
    update: { subject, body, version: { increment: 1 } },
  });
}
