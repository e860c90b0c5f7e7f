import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useSession } from '../session/index.ts';

const areas = [
  { href: '/contacts', label: 'Contacts' },
  { href: '/segments', label: 'Segments' },
] as const;

/** The frame of every page: the app's name, the Customers area's links, sign-out, and the page. */
export function AppShell({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const { signOut } = useSession();
  return (
    <div className="shell">
      <header className="shell-header">
        <Link href="/segments" className="brand">
          Segmint
        </Link>
        <button type="button" className="link-button" onClick={signOut}>
          Sign out
        </button>
      </header>
      <nav className="shell-nav" aria-label="Customers">
        <h2>Customers</h2>
        <ul>
          {areas.map((area) => (
            <li key={area.href}>
              <Link
                href={area.href}
                aria-current={location.startsWith(area.href) ? 'page' : undefined}
                className={location.startsWith(area.href) ? 'active' : undefined}
              >
                {area.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main className="shell-main">{children}</main>
    </div>
  );
}
