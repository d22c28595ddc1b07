// Pure. A refusal (or a form's acknowledgement) as data: a code and its parameters, never a sentence.
// The words are looked up by code in the catalogue (lib/reasons/reasons-*.ts) when it is said,
// in the language it is said in. A leaf below lib/errors.ts: it imports only the tables of words.
import { fill } from "../text/fill";
import { ENGLISH_ONLY_REASONS, type TEnglishOnlyReasonCode } from "./reasons-english-only";
import { REASONS_EN, type TPublicReasonCode } from "./reasons-en";

export type TReasonCode = TPublicReasonCode | TEnglishOnlyReasonCode;
export type TReasonParams = Record<string, string | number>;
export type TReason = { code: TReasonCode; params?: TReasonParams };

const ENGLISH: Record<TReasonCode, string> = { ...REASONS_EN, ...ENGLISH_ONLY_REASONS };

export const isReasonCode = (value: string): value is TReasonCode => Object.hasOwn(ENGLISH, value);
export const isPublicReasonCode = (code: TReasonCode): code is TPublicReasonCode => Object.hasOwn(REASONS_EN, code);

export const reason = (code: TReasonCode, params?: TReasonParams): TReason => (params ? { code, params } : { code });

/** A reason in English (lib/errors.ts's userMessage, the logs, the organiser area). */
export function englishOf(said: TReason): string {
  return fill(ENGLISH[said.code], said.params ?? {});
}

// zod carries a message as a string, so a schema's reason travels as its code, or as its code and
// its parameters in JSON after a "|". Only these two functions know that form.
const SEPARATOR = "|";

/** A zod message saying a coded reason: `z.string().min(1, zodReason("firstNameMissing"))`. */
export function zodReason(code: TReasonCode, params?: TReasonParams): string {
  return params ? `${code}${SEPARATOR}${JSON.stringify(params)}` : code;
}

/** The reason a zod message carries, or null when it carries none (zod's own words). */
export function reasonInZod(message: string): TReason | null {
  const at = message.indexOf(SEPARATOR);
  const code = at < 0 ? message : message.slice(0, at);
  if (!isReasonCode(code)) return null;
  if (at < 0) return { code };
  try {
    return { code, params: JSON.parse(message.slice(at + 1)) as TReasonParams };
  } catch {
    return null;
  }
}

/**
 * What a zod message says. Every message our schemas give is a coded reason (the lint rule in
 * eslint.config.js refuses a sentence there); a check left to zod's own words (a hidden field's
 * type or length, met only by a tampered form) is said as the general "check this field", which has
 * words in every language, rather than zod's developer English.
 */
export function saidOf(message: string): TReason {
  return reasonInZod(message) ?? { code: "fieldInvalid" };
}

/** A zod message in English (an organiser's page that shows a query's refusal). */
export const englishOfZod = (message: string): string => englishOf(saidOf(message));
