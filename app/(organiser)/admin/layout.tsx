import Link from "next/link";
import type { ReactNode } from "react";
import { signOutAction } from "./actions/session";

// Navigation only: every page below checks who is asking itself.
export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <div className="admin">
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
        <form action={signOutAction}>
          <button type="submit" className="link-button">
            Sign out
          </button>
        </form>
      </nav>
      {children}
    </div>
  );
}
