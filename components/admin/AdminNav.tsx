"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * The organiser area's menu and sign-out. Not on the sign-in pages (issue 26): a visitor who is not
 * signed in saw the whole menu there, and a "Sign out" that silently reloaded.
 */
export function AdminNav({ signOut }: { signOut: () => Promise<void> }) {
  const path = usePathname();
  if (path === "/admin/sign-in" || path.startsWith("/admin/sign-in/")) return null;
  return (
    <nav aria-label="Organiser area" className="admin-nav">
      <ul>
        <li>
          <Link href="/admin">Dashboard</Link>
        </li>
        <li>
          <Link href="/admin/signatures">Signatures</Link>
        </li>
        <li>
          <Link href="/admin/donations">Donations</Link>
        </li>
        <li>
          <Link href="/admin/export">Export</Link>
        </li>
        <li>
          <Link href="/admin/handin">Hand-in packs</Link>
        </li>
        <li>
          <Link href="/admin/updates">Email updates</Link>
        </li>
        <li>
          <Link href="/admin/embed">Embed</Link>
        </li>
        <li>
          <Link href="/admin/content">Content</Link>
        </li>
        <li>
          <Link href="/admin/translations">Translations</Link>
        </li>
        <li>
          <Link href="/admin/organisers">Organisers</Link>
        </li>
        <li>
          <Link href="/admin/audit">Audit log</Link>
        </li>
      </ul>
      <form action={signOut}>
        <button type="submit" className="link-button">
          Sign out
        </button>
      </form>
    </nav>
  );
}
