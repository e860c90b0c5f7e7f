import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useSession } from '../session/index.ts';

/** The areas of the navigation, each with its pages (Dynamics groups them the same way). */
const areas = [
  {
    name: 'Customers',
    pages: [
      { href: '/contacts', label: 'Contacts' },
      { href: '/segments', label: 'Segments' },
    ],
  },
  {
    name: 'Settings',
    pages: [
      { href: '/settings/keys', label: 'Keys' },
      { href: '/settings/audit', label: 'Audit' },
    ],
  },
] as const;

/** The frame of every page: the app's name, the areas' links, sign-out, and the page. */
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
      <div className="shell-nav">
        {areas.map((area) => (
          <nav key={area.name} aria-label={area.name}>
            <h2>{area.name}</h2>
            <ul>
              {area.pages.map((page) => {
                const current = location.startsWith(page.href);
                return (
                  <li key={page.href}>
                    <Link
                      href={page.href}
                      aria-current={current ? 'page' : undefined}
                      className={current ? 'active' : undefined}
                    >
                      {page.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
        ))}
      </div>
      <main className="shell-main">{children}</main>
    </div>
  );
}
