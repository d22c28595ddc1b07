import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * A link to another of our pages, navigated in the app without prefetching: Next's default fetches the
 * data of every linked page in view (about 40 KB on a country page, and the map the home page's data
 * preloads), which a reader on a slow or metered link pays for pages they may never open.
 */
export function PageLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
