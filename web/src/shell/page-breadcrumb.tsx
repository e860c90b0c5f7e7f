import { Breadcrumb, BreadcrumbButton, BreadcrumbDivider, BreadcrumbItem } from '@fluentui/react-components';
import { Fragment } from 'react';
import { Link } from 'wouter';

/** One step of a breadcrumb: a page above this one (with its address), or this page (without). */
export interface Crumb {
  readonly label: string;
  readonly href?: string;
}

/**
 * Where a page sits, as Fluent's `Breadcrumb`: each page above it a link that navigates through the
 * router (the leave guard still asks first), the page itself last, marked as the current page.
 *
 * @example
 * <PageBreadcrumb crumbs={[{ label: 'Accounts', href: '/records/account' }, { label: 'Contoso' }]} />
 */
export function PageBreadcrumb({ crumbs }: { crumbs: readonly Crumb[] }) {
  return (
    <Breadcrumb aria-label="Breadcrumb" size="small" className="page-breadcrumb">
      {crumbs.map((crumb, index) => (
        <Fragment key={`${index}-${crumb.label}`}>
          {index > 0 && <BreadcrumbDivider />}
          <BreadcrumbItem>
            {crumb.href === undefined ? (
              <BreadcrumbButton current>{crumb.label}</BreadcrumbButton>
            ) : (
              <Link href={crumb.href} asChild>
                <BreadcrumbButton as="a">{crumb.label}</BreadcrumbButton>
              </Link>
            )}
          </BreadcrumbItem>
        </Fragment>
      ))}
    </Breadcrumb>
  );
}
