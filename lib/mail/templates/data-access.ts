import { formatNumberIn } from "../../i18n/languages";

// Pure. The link to one's own data; it reads the same whether or not we hold anything.
// Asked from a Burmese page: said in Burmese first (subject too), the English below.
export function dataAccess(p: { url: string; hours: number; lang?: string }) {
  const english = "Your link to see the data we hold";
  return {
    subject: p.lang === "my" ? `ကျွန်ုပ်တို့ ကိုင်ထားသော သင့်အချက်အလက်များကို ကြည့်ရန် လင့်ခ် / ${english}` : english,
    text: [
      ...(p.lang === "my"
        ? [
            "တစ်စုံတစ်ဦး (သင်ဖြစ်နိုင်သည်) သည် ဤအီးမေးလ်လိပ်စာနှင့်ပတ်သက်၍ ကျွန်ုပ်တို့၏ လှုပ်ရှားမှုက ကိုင်ထားသော " + "အချက်အလက်များကို ကြည့်ရှုရန် တောင်းဆိုခဲ့သည်။",
            "",
            `ကျွန်ုပ်တို့ ကိုင်ထားသည်များ ရှိပါက ဤလင့်ခ်တွင် အားလုံးကို ပြသပြီး ဒေါင်းလုဒ်လုပ်နိုင်သည် (နာရီ ${formatNumberIn("my", p.hours)} ` +
              "ကြာ သုံးနိုင်သည်) -",
            p.url,
            "",
            "သင် မတောင်းဆိုခဲ့ပါက ဤအီးမေးလ်ကို လျစ်လျူရှုနိုင်သည်။ လင့်ခ်မရှိဘဲ မည်သူမျှ ထိုစာမျက်နှာကို မမြင်နိုင်ပါ။",
            "",
            "---",
            "",
          ]
        : []),
      "Someone, probably you, asked to see what our campaign holds about this email address.",
      "",
      `This link shows all of it, if we hold anything, and lets you download it (it works for ${p.hours} hours):`,
      p.url,
      "",
      "If you did not ask, you can ignore this email: nobody else can see the page without the link.",
    ].join("\n"),
  };
}
