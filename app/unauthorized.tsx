import Link from "next/link";
import { SiteDocument } from "@/components/layout/SiteDocument";

// At the root, outside the organiser layout, so it sets its own document.
export default function Unauthorized() {
  return (
    <SiteDocument lang="en" languageSwitch={false}>
      <h1>Please sign in</h1>
      <p>
        <Link href="/admin/sign-in">Sign in to the organiser area</Link>.
      </p>
    </SiteDocument>
  );
}
