import { Button, Link as FluentLink, Toolbar } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useSchema } from '../data/index.ts';
import { useSession } from '../session/index.ts';
import { leavePageThen } from './use-leave-guard.tsx';

interface NavPage {
  readonly href: string;
  readonly label: string;
}

/** The records pages of every entity of the schema but contacts (which have their own pages). */
function useRecordPages(): readonly NavPage[] {
  const schema = useSchema();
  return (schema.data?.entities ?? [])
    .filter((entity) => entity.name !== 'contact')
    .map((entity) => ({
      href: `/records/${encodeURIComponent(entity.name)}`,
      label: entity.pluralDisplayName,
    }));
}

/** The frame of every page: the app's name, the areas' links, sign-out, and the page. */
export function AppShell({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const { signOut } = useSession();
  const recordPages = useRecordPages();
  // The areas of the navigation, each with its pages (Dynamics groups them the same way).
  const areas: readonly { name: string; pages: readonly NavPage[] }[] = [
    {
      name: 'Customers',
      pages: [
        { href: '/contacts', label: 'Contacts' },
        { href: '/segments', label: 'Segments' },
      ],
    },
    { name: 'Records', pages: recordPages },
    { name: 'Data', pages: [{ href: '/import', label: 'Import' }] },
    {
      name: 'Settings',
      pages: [
        { href: '/settings/fields', label: 'Custom fields' },
        { href: '/settings/keys', label: 'Keys' },
        { href: '/settings/audit', label: 'Audit' },
      ],
    },
  ];
  return (
    <div className="shell">
      <header className="shell-header">
        {/* Fluent's link, navigating through the router (wouter's Link hands it href and onClick). */}
        <Link href="/segments" asChild>
          <FluentLink className="brand">Segmint</FluentLink>
        </Link>
        <Toolbar aria-label="Session" size="small">
          <Button
            appearance="transparent"
            className="shell-sign-out"
            // Signing out leaves the page: with unsaved changes, it asks first.
            onClick={() => {
              leavePageThen(signOut);
            }}
          >
            Sign out
          </Button>
        </Toolbar>
      </header>
      <div className="shell-nav">
        {areas
          .filter((area) => area.pages.length > 0)
          .map((area) => (
            <nav key={area.name} aria-label={area.name}>
              <h2>{area.name}</h2>
              <ul>
                {area.pages.map((page) => {
                  const current = location === page.href || location.startsWith(`${page.href}/`);
                  return (
                    <li key={page.href}>
                      <Link href={page.href} asChild>
                        <FluentLink
                          appearance="subtle"
                          aria-current={current ? 'page' : undefined}
                          className={current ? 'active' : undefined}
                        >
                          {page.label}
                        </FluentLink>
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
