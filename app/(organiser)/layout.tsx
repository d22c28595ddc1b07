import type { ReactNode } from "react";
import { SiteDocument } from "@/components/layout/SiteDocument";

// The organiser area is in English only, but shows supporters' names and words as typed, often Burmese.
export default function OrganiserLayout({ children }: { children: ReactNode }) {
  return (
    <SiteDocument lang="en" languageSwitch={false} burmese>
      {children}
    </SiteDocument>
  );
}
