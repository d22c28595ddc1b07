import type { Metadata } from "next";
import { langOf } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { manageDonationAction } from "../../actions";

export const dynamic = "force-dynamic";

type TProps = {
  params: Promise<{ lang: string; token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<TProps, "params">): Promise<Metadata> {
  return { title: messagesFor(await langOf(params)).donate.manage.title, robots: { index: false } };
}

// Public: the emailed token is checked when the button is pressed; opening the page changes nothing.
export default async function ManagePage({ params, searchParams }: TProps) {
  const lang = await langOf(params);
  const t = messagesFor(lang).donate.manage;
  const { token } = await params;
  const failed = (await searchParams).error === "1";
  return (
    <>
      <h1>{t.title}</h1>
      {failed ? (
        <p className="form-error" role="alert">
          {t.unknown}
        </p>
      ) : null}
      <form action={manageDonationAction}>
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="lang" value={lang} />
        <p>{t.body}</p>
        <button type="submit" className="button button-primary">
          {t.button}
        </button>
      </form>
    </>
  );
}
