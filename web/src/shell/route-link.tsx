import { Link as FluentLink } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { Link } from 'wouter';

/**
 * A Fluent link to a page of the app, navigating through the router (wouter's `Link` hands Fluent's
 * its `href` and `onClick`), so that it looks and focuses like every other Fluent link.
 *
 * @example
 * <RouteLink href="/segments">Back to Segments</RouteLink>
 */
export function RouteLink({ href, id, children }: { href: string; id?: string; children: ReactNode }) {
  return (
    <Link href={href} asChild>
      <FluentLink id={id}>{children}</FluentLink>
    </Link>
  );
}
