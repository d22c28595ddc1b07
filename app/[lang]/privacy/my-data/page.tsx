import type { Metadata } from "next";
import { langOf } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { pageMetadata } from "@/lib/share/page-metadata";
import { requestMyDataAction } from "./actions";

type TProps = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<TProps, "params">): Promise<Metadata> {
  const lang = await langOf(params);
  const t = messagesFor(lang).myData;
  return {
    ...pageMetadata({ lang, path: "/privacy/my-data", title: t.title, description: t.description, image: "site" }),
    robots: { index: false },
  };
}

// Public: a supporter asks for a link to their own data. What the page says never depends on the address.
export default async function MyDataPage({ params, searchParams }: TProps) {
  const lang = await langOf(params);
  const t = messagesFor(lang).myData;
  const asked = await searchParams;
  const reason = asked.error;
  const error =
    typeof reason === "string" && Object.hasOwn(t.refusals, reason)
      ? t.refusals[reason as keyof typeof t.refusals]
      : null;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      {asked.sent ? (
        <p role="status" className="saved" data-testid="my-data-sent">
          {t.sent}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      <form action={requestMyDataAction} className="admin-form">
        <input type="hidden" name="lang" value={lang} />
        <div className="field">
          <label htmlFor="my-data-email">{t.emailLabel}</label>
          <input id="my-data-email" name="email" type="email" autoComplete="email" maxLength={254} required />
        </div>
        <button type="submit" className="button button-primary">
          {t.submit}
        </button>
      </form>
    </>
  );
}
