import type { ReactNode } from "react";
import { SiteDocument } from "@/components/layout/SiteDocument";

// The organiser area is in English only.
export default function OrganiserLayout({ children }: { children: ReactNode }) {
  return (
    <SiteDocument lang="en" languageSwitch={false}>
      {children}
    </SiteDocument>
  );
}
