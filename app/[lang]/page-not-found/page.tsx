import type { Metadata } from "next";
import { NotFoundText } from "@/components/layout/NotFoundText";
import { langOf } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";

// The 404 page inside a language's layout (its document: lang, header, the Burmese font preloaded),
// the address's language first. The server layer answers a 404 under /my/ with it, status 404
// (lib/server/not-found-path.ts); the root's not-found page cannot know the language asked for.
export function generateStaticParams() {
  return [{ lang: "en" }, { lang: "my" }];
}

type TProps = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: messagesFor(await langOf(params)).notFound.title, robots: { index: false } };
}

export default async function PageNotFound({ params }: TProps) {
  const lang = await langOf(params);
  return <NotFoundText first={lang} words={{ en: messagesFor("en").notFound, my: messagesFor("my").notFound }} />;
}
