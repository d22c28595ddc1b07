// Pure. HMRC's model Gift Aid declaration, in the words donors must see; a donation stores the version.
export const GIFT_AID_DECLARATIONS = {
  "2026-11-28":
    "I want to Gift Aid my donation and any donations I make in the future or have made in the past 4 years. " +
    "I am a UK taxpayer and understand that if I pay less Income Tax and/or Capital Gains Tax than the amount of " +
    "Gift Aid claimed on all my donations in that tax year it is my responsibility to pay any difference.",
} as const;

export type TGiftAidVersion = keyof typeof GIFT_AID_DECLARATIONS;
export const CURRENT_GIFT_AID_VERSION: TGiftAidVersion = "2026-11-28";
