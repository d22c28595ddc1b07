import { NotFoundText } from "@/components/layout/NotFoundText";
import { SiteDocument } from "@/components/layout/SiteDocument";
import { messagesFor } from "@/lib/i18n/messages";

// Any address no route matches outside a language's pages, English first, then Burmese (the server
// layer answers those under /my/ with the Burmese 404 page, lib/server/not-found-path.ts). Rendered
// with every page's tree and served for every such address, so it names no language of its own and
// preloads nothing: its Burmese fetches the font when drawn.
export default function NotFound() {
  return (
    <SiteDocument lang="en" languageSwitch={false}>
      <NotFoundText first="en" words={{ en: messagesFor("en").notFound, my: messagesFor("my").notFound }} />
    </SiteDocument>
  );
}
