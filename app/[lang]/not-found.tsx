import { NotFoundText } from "@/components/layout/NotFoundText";
import { messagesFor } from "@/lib/i18n/messages";

// Inside a public page's layout (a country page's notFound(), and any 404 the server layer sends to
// /<lang>/countries/-/not-found), which has set the document's language: both languages are said,
// that one first.
export default function NotFound() {
  return <NotFoundText words={{ en: messagesFor("en").notFound, my: messagesFor("my").notFound }} />;
}
