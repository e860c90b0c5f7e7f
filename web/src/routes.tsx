import type { ComponentType } from 'react';
import { ContactPage, ContactsPage, NewContactPage } from './contacts/index.ts';
import { CustomFieldsPage } from './custom-fields/index.ts';
import { ImportPage } from './import/index.ts';
import { NewRecordPage, RecordPage, RecordsPage } from './records/index.ts';
import { NewSegmentPage, SegmentPage, SegmentsPage } from './segments/index.ts';
import { AuditPage, KeysPage } from './settings/index.ts';

/** A page of the app at a path (wouter patterns: `/segments/:id`). */
export interface AppRoute {
  readonly path: string;
  readonly component: ComponentType;
}

/** Every page, most specific paths first. */
export const appRoutes: readonly AppRoute[] = [
  { path: '/contacts/new', component: NewContactPage },
  { path: '/contacts/:id', component: ContactPage },
  { path: '/contacts', component: ContactsPage },
  { path: '/segments/new/:type', component: NewSegmentPage },
  { path: '/segments/:id', component: SegmentPage },
  { path: '/segments', component: SegmentsPage },
  { path: '/records/:entity/new', component: NewRecordPage },
  { path: '/records/:entity/:id', component: RecordPage },
  { path: '/records/:entity', component: RecordsPage },
  { path: '/import', component: ImportPage },
  { path: '/settings/fields', component: CustomFieldsPage },
  { path: '/settings/keys', component: KeysPage },
  { path: '/settings/audit', component: AuditPage },
];
