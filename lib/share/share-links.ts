// Pure: the addresses behind the share buttons. Each is an ordinary link to the network's own
// "compose" page, so sharing works without JavaScript and loads nothing of theirs into our pages.
import { buildMailto } from "../letters/mail-links";

export type TShareNetwork = "whatsapp" | "telegram" | "facebook" | "x" | "bluesky" | "email";
/** How a share left the page when the browser did it: the copied link, or the device's share sheet. */
export type TDeviceShare = "copy-link" | "web-share";

export type TShareLink = { network: TShareNetwork; label: string; href: string };
export type TSharePage = {
  /** The page's absolute address, without a query. */
  url: string;
  /** The subject line of an email share. */
  title: string;
  /** The words that go with the link; every network but Facebook (which takes none) gets them. */
  text: string;
};

/**
 * The page's address as a share from `source` carries it: the tags of the visit it brings are what
 * the composer records with a message (components/composer/record-action.ts), and nothing else.
 */
export function taggedUrl(url: string, source: TShareNetwork | TDeviceShare): string {
  const tagged = new URL(url);
  tagged.searchParams.set("utm_source", source);
  tagged.searchParams.set("utm_medium", "share");
  return tagged.toString();
}

// Lone surrogates (half an emoji) make encodeURIComponent throw; replace them with U+FFFD.
const encode = (text: string) => encodeURIComponent(text.toWellFormed());

export function shareLinks({ url, title, text }: TSharePage): TShareLink[] {
  const at = (source: TShareNetwork) => taggedUrl(url, source);
  return [
    { network: "whatsapp", label: "WhatsApp", href: `https://wa.me/?text=${encode(`${text} ${at("whatsapp")}`)}` },
    {
      network: "telegram",
      label: "Telegram",
      href: `https://t.me/share/url?url=${encode(at("telegram"))}&text=${encode(text)}`,
    },
    {
      network: "facebook",
      label: "Facebook",
      href: `https://www.facebook.com/sharer/sharer.php?u=${encode(at("facebook"))}`,
    },
    { network: "x", label: "X", href: `https://x.com/intent/tweet?text=${encode(text)}&url=${encode(at("x"))}` },
    {
      network: "bluesky",
      label: "Bluesky",
      href: `https://bsky.app/intent/compose?text=${encode(`${text} ${at("bluesky")}`)}`,
    },
    {
      network: "email",
      label: "Email",
      href: buildMailto({ to: "", subject: title, body: `${text}\n\n${at("email")}` }),
    },
  ];
}
