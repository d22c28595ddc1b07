import { campaignUpdate } from "./campaign-update";
import { dataAccess } from "./data-access";
import { donationReceipt } from "./donation-receipt";
import { organiserSignIn } from "./organiser-sign-in";
import { signatureAlreadySigned, signatureConfirm, signatureReminder } from "./signature";

/**
 * Every email the app sends, by name: the name is stored as the outbox row's `kind`, the rendered
 * subject and text beside it (the worker sends what was rendered; nothing is rendered twice), with
 * any headers of its own (an update's List-Unsubscribe).
 */
const EMAIL_TEMPLATES = {
  "signature-confirm": signatureConfirm,
  "signature-resend": signatureConfirm,
  "signature-reminder": signatureReminder,
  "signature-already-signed": signatureAlreadySigned,
  "donation-receipt": donationReceipt,
  "organiser-sign-in": organiserSignIn,
  "data-access": dataAccess,
  "campaign-update": campaignUpdate,
} as const;

export type TEmailTemplate = keyof typeof EMAIL_TEMPLATES;
export type TEmailPayload<T extends TEmailTemplate> = Parameters<(typeof EMAIL_TEMPLATES)[T]>[0];

export type TRenderedEmail = { subject: string; text: string; headers?: Record<string, string> };

export function renderEmail<T extends TEmailTemplate>(template: T, payload: TEmailPayload<T>): TRenderedEmail {
  return (EMAIL_TEMPLATES[template] as (p: TEmailPayload<T>) => TRenderedEmail)(payload);
}
