import { dataAccess } from "./data-access";
import { donationReceipt } from "./donation-receipt";
import { organiserSignIn } from "./organiser-sign-in";
import { signatureAlreadySigned, signatureConfirm, signatureReminder } from "./signature";

/**
 * Every email the app sends, by name: the name is stored as the outbox row's `kind`, the rendered
 * subject and text beside it (the worker sends what was rendered; nothing is rendered twice).
 */
const EMAIL_TEMPLATES = {
  "signature-confirm": signatureConfirm,
  "signature-resend": signatureConfirm,
  "signature-reminder": signatureReminder,
  "signature-already-signed": signatureAlreadySigned,
  "donation-receipt": donationReceipt,
  "organiser-sign-in": organiserSignIn,
  "data-access": dataAccess,
} as const;

export type TEmailTemplate = keyof typeof EMAIL_TEMPLATES;
export type TEmailPayload<T extends TEmailTemplate> = Parameters<(typeof EMAIL_TEMPLATES)[T]>[0];

export function renderEmail<T extends TEmailTemplate>(
  template: T,
  payload: TEmailPayload<T>,
): { subject: string; text: string } {
  return (EMAIL_TEMPLATES[template] as (p: TEmailPayload<T>) => { subject: string; text: string })(payload);
}
