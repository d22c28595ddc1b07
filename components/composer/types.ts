import type { ReactNode } from "react";

type TComposerTarget = {
  id: string;
  name: string;
  emails: string[];
  website: string | null;
  address: string | null;
  phone: string | null;
  /** What the contact's notes say against its number, shown beside the call button. */
  phoneCaution: string | null;
  verified: boolean;
};

export type TComposerProps = {
  country: { slug: string; name: string };
  targets: TComposerTarget[];
  template: { subject: string; body: string };
  /** The page's share links (rendered on the server), shown in the thank-you after a channel is used. */
  share?: ReactNode;
};
