import Link from "next/link";
import { SiteDocument } from "@/components/layout/SiteDocument";

// At the root, outside the organiser layout, so it sets its own document.
export default function Forbidden() {
  return (
    <SiteDocument lang="en" languageSwitch={false}>
      <h1>Not allowed</h1>
      <p>You are signed in, but this part of the organiser area is not open to you. Ask an admin if you need it.</p>
      <p>
        <Link href="/">Back to the campaign</Link>
      </p>
    </SiteDocument>
  );
}
