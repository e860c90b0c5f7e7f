import {
  Button,
  Field,
  Input,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import type { Entity } from '../api/index.ts';
import { entityOf, useSchema } from '../data/index.ts';
import { useApi } from '../session/index.ts';
import { CursorPager, HandedNoticeBar, useCursorPages, useHandedNotice } from '../shell/index.ts';
import { LoadError, Loading } from './query-state.tsx';
import './contacts.css';

/** How many contacts one page of the list shows. */
export const contactsPageSize = 50;

const columns = ['fullname', 'emailaddress1', 'address1_city', 'jobtitle', 'telephone1'] as const;

function columnTitle(entity: Entity | undefined, name: string): string {
  return entity?.attributes.find((attribute) => attribute.name === name)?.displayName ?? name;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  return JSON.stringify(value);
}

/**
 * `/contacts`: the Contacts list, searched by name and email as you type, a page at a time (Next and
 * Previous follow the API's cursors), with the total; each name opens the contact.
 */
export function ContactsPage() {
  const api = useApi();
  const [, navigate] = useLocation();
  const schema = useSchema();
  const entity = entityOf(schema.data, 'contact');
  // `?search=` starts the list searched (Save & Close of a new contact lands on the list searched to it).
  const initial = new URLSearchParams(useSearch()).get('search') ?? '';
  const [typed, setTyped] = useState(initial);
  const [search, setSearch] = useState(initial);
  const pages = useCursorPages();
  const { cursor, reset } = pages;
  // Arriving from Save & Close: what was saved, with a link to it, at the top of the list.
  const saved = useHandedNotice('/contacts');

  // Searching starts again from the first page.
  const applySearch = (text: string) => {
    if (text === search) return;
    setSearch(text);
    reset();
  };
  useEffect(() => {
    const timer = setTimeout(() => {
      const text = typed.trim();
      if (text === search) return;
      setSearch(text);
      reset();
    }, 300);
    return () => {
      clearTimeout(timer);
    };
  }, [typed, search, reset]);

  const page = useQuery({
    queryKey: ['contacts', { search, cursor }],
    queryFn: () =>
      api.get('/api/contacts', {
        params: { query: { search, limit: contactsPageSize, cursor, sort: 'fullname' } },
      }),
    placeholderData: keepPreviousData,
  });

  const first = (pages.pageNumber - 1) * contactsPageSize + 1;
  const shown = page.data?.items.length ?? 0;
  return (
    <div className="contacts-page">
      <div className="toolbar">
        <Button
          appearance="primary"
          onClick={() => {
            navigate('/contacts/new');
          }}
        >
          New
        </Button>
      </div>
      <h1>Contacts</h1>
      {saved !== undefined && <HandedNoticeBar notice={saved} />}
      <form
        role="search"
        className="contacts-search"
        onSubmit={(event) => {
          event.preventDefault();
          applySearch(typed.trim());
        }}
      >
        <Field label="Search contacts">
          <Input
            type="search"
            placeholder="Name or email"
            value={typed}
            onChange={(_event, data) => {
              setTyped(data.value);
            }}
          />
        </Field>
        <Button type="submit">Search</Button>
      </form>
      {page.isPending ? (
        <Loading what="contacts" />
      ) : page.isError ? (
        <LoadError what="Contacts" error={page.error} onRetry={() => void page.refetch()} />
      ) : (
        <>
          <p className="list-total" role="status">
            {page.data.total === 0
              ? search === ''
                ? 'No contacts yet. Select New to add one.'
                : `No contacts match "${search}".`
              : `${page.data.total} ${page.data.total === 1 ? 'contact' : 'contacts'}${
                  shown < page.data.total ? `, showing ${first}–${first + shown - 1}` : ''
                }`}
          </p>
          {shown > 0 && (
            <div className="table-wrap">
              <Table className="contacts-table" aria-label="Contacts">
                <TableHeader>
                  <TableRow>
                    {columns.map((name) => (
                      <TableHeaderCell key={name} scope="col">
                        {columnTitle(entity, name)}
                      </TableHeaderCell>
                    ))}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {page.data.items.map((contact) => (
                    <TableRow key={contact.id}>
                      <TableCell>
                        <TableCellLayout>
                          <Link href={`/contacts/${encodeURIComponent(contact.id)}`}>
                            {cellText(contact.fullname) || '(no name)'}
                          </Link>
                        </TableCellLayout>
                      </TableCell>
                      {columns.slice(1).map((name) => (
                        <TableCell key={name} data-label={columnTitle(entity, name)}>
                          {cellText(contact[name])}
                        </TableCell>
                      ))}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
          <CursorPager
            pages={pages}
            nextCursor={page.data.nextCursor}
            busy={page.isPlaceholderData}
            label="Pages of contacts"
          />
        </>
      )}
    </div>
  );
}
