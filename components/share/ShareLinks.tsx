import { getEnv } from "@/lib/env";
import { localPath, type TLang } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { shareLinks, taggedUrl } from "@/lib/share/share-links";
import { DeviceShare } from "./DeviceShare";

/**
 * Share buttons for one page of ours: plain links to each network's compose page (they work
 * without JavaScript and load nothing of the network's until clicked), then copy-link and the
 * device's share sheet where the browser can. Rendered on the server, so it can also be handed to
 * the client forms that show it after an action.
 */
export function ShareLinks({
  lang = "en",
  path,
  title,
  text,
  newTab,
}: {
  lang?: TLang;
  /** The page's English path; the language's prefix is added here. */
  path: string;
  title: string;
  text: string;
  /** In a partner's frame: a network's page must not open inside it (they refuse to be framed). */
  newTab?: boolean;
}) {
  const t = messagesFor(lang).share;
  const url = new URL(localPath(lang, path), getEnv().APP_URL).href;
  return (
    <div className="share" data-testid="share-links">
      <p className="share-lead">{t.lead}</p>
      <ul className="share-links">
        {shareLinks({ url, title, text }).map((link) => (
          <li key={link.network}>
            <a
              href={link.href}
              rel="noopener noreferrer external"
              data-network={link.network}
              target={newTab ? "_blank" : undefined}
            >
              {link.network === "email" ? t.email : link.label}
            </a>
          </li>
        ))}
      </ul>
      <DeviceShare
        words={t}
        title={title}
        text={text}
        copyUrl={taggedUrl(url, "copy-link")}
        shareUrl={taggedUrl(url, "web-share")}
      />
    </div>
  );
}
