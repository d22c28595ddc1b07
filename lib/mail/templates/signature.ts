// Pure. The emails a signer gets, as plain text: links must survive any mail program.
import { greetingName } from "./greeting-name";

export type TConfirmPayload = {
  firstName: string;
  petitionTitle: string;
  confirmUrl: string;
  removeUrl: string;
  /** "my" for someone who signed on a Burmese page: the email says it in Burmese first. */
  lang?: string;
};

// Burmese, above the English, for those who signed in Burmese (the links open the Burmese pages).
function inBurmese(p: TConfirmPayload, reminder: boolean): string[] {
  return [
    `မင်္ဂလာပါ${greetingName(p.firstName)}၊`,
    "",
    reminder
      ? "သင်သည် အသနားခံစာကို လက်မှတ်ထိုးခဲ့သော်လည်း အတည်မပြုရသေးပါ။ အတည်ပြုပြီးမှသာ ရေတွက်မည် ဖြစ်သည်။"
      : "အသနားခံစာကို လက်မှတ်ထိုးသည့်အတွက် ကျေးဇူးတင်ပါသည်။ သင့်လက်မှတ်ကို ရေတွက်နိုင်ရန် အတည်ပြုပေးပါ -",
    "",
    p.confirmUrl,
    "",
    "လင့်ခ်က ခလုတ်ပါသော စာမျက်နှာကို ဖွင့်ပေးမည်။ ခလုတ်ကို နှိပ်မှသာ သင့်လက်မှတ်ကို အတည်ပြုမည်။ လင့်ခ်ကို ၇ ရက်ကြာ သုံးနိုင်သည်။",
    "",
    "သင် လက်မှတ်မထိုးခဲ့လျှင် သို့မဟုတ် စိတ်ပြောင်းလျှင် သင့်လက်မှတ်နှင့် ကျွန်ုပ်တို့ထံရှိ အချက်အလက်များကို ဖယ်ရှားရန် -",
    p.removeUrl,
    "",
    "---",
    "",
  ];
}

function confirmation(p: TConfirmPayload, reminder: boolean) {
  const english = reminder ? "Reminder: please confirm your signature" : "Please confirm your signature";
  // A Burmese reader sees their language first in the inbox list too; the English stays for anyone helping them.
  const burmese = reminder ? "သတိပေးချက် - သင့်လက်မှတ်ကို အတည်ပြုပေးပါ" : "သင့်လက်မှတ်ကို အတည်ပြုပေးပါ";
  const subject = p.lang === "my" ? `${burmese} / ${english}` : english;
  const text = [
    ...(p.lang === "my" ? inBurmese(p, reminder) : []),
    `Hello${greetingName(p.firstName)},`,
    "",
    reminder
      ? `You started signing the petition "${p.petitionTitle}" but have not confirmed it yet. ` +
        "It only counts once you do."
      : `Thank you for signing the petition "${p.petitionTitle}". To make your signature count, please confirm it:`,
    "",
    p.confirmUrl,
    "",
    "The link opens a page with a button; your signature is confirmed when you press it. The link works for 7 days.",
    "",
    "If you did not sign, or you change your mind, remove your signature and the details we hold:",
    p.removeUrl,
  ].join("\n");
  return { subject, text };
}

/** A new signature's confirmation (also sent again, at most once a day, to someone signing again). */
export const signatureConfirm = (p: TConfirmPayload) => confirmation(p, false);

/** At most two reminders for a signature left unconfirmed. */
export const signatureReminder = (p: TConfirmPayload) => confirmation(p, true);

/** To someone who signed again after confirming: the difference that the page never shows. */
export function signatureAlreadySigned(p: { firstName: string; petitionTitle: string; lang?: string }) {
  const english = "You have already signed";
  const subject = p.lang === "my" ? `သင် လက်မှတ်ထိုးပြီးသား ဖြစ်ပါသည် / ${english}` : english;
  const text = [
    ...(p.lang === "my"
      ? [
          `မင်္ဂလာပါ${greetingName(p.firstName)}၊`,
          "",
          "တစ်စုံတစ်ဦး (သင်ဖြစ်နိုင်သည်) သည် ဤအီးမေးလ်လိပ်စာဖြင့် အသနားခံစာကို ထပ်မံ လက်မှတ်ထိုးခဲ့သည်။",
          "သင့်လက်မှတ်ကို အတည်ပြုပြီးဖြစ်၍ မည်သည့်အရာမျှ မပြောင်းလဲပါ။ တစ်ကြိမ်သာ ရေတွက်ပါသည်။",
          "",
          "သင်မဟုတ်ပါက ဘာမျှ လုပ်ရန် မလိုပါ။ ဤကဲ့သို့ စာကို တစ်ရက်လျှင် အများဆုံး တစ်ကြိမ်သာ ပို့ပါသည်။",
          "",
          "---",
          "",
        ]
      : []),
    `Hello${greetingName(p.firstName)},`,
    "",
    `Someone, probably you, just signed the petition "${p.petitionTitle}" again with this email address.`,
    "Your signature was already confirmed, so nothing has changed and it still counts once.",
    "",
    "If it was not you, there is nothing you need to do. We send a note like this at most once a day.",
  ].join("\n");
  return { subject, text };
}
