import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useLocation, useParams, useSearch } from 'wouter';
import type { Attribute, Entity } from '../api/index.ts';
import { useApi } from '../session/index.ts';
import { CursorPager, HandedNoticeBar, useCursorPages, useHandedNotice } from '../shell/index.ts';
import { recordHref, recordsApi } from './records-api.ts';
import { displayValue, recordName } from './record-values.ts';
import { WithEntity } from './use-entity.tsx';

const listed = new Set([
  'string',
  'email',
  'phone',
  'url',
  'choice',
  'integer',
  'decimal',
  'money',
  'date',
  'boolean',
]);
const sortable = new Set(['string', 'email', 'phone', 'url']);

/** The columns of an entity's list: its primary attribute, then up to four more that read well. */
function columnsOf(entity: Entity): readonly Attribute[] {
  const primary = entity.attributes.find((a) => a.name === entity.primaryAttribute);
  const others = entity.attributes.filter((a) => a.name !== entity.primaryAttribute && listed.has(a.type));
  return [...(primary ? [primary] : []), ...others.slice(0, 4)];
}

/** Text typed in the search box, handed on after a quarter second without typing. */
function useSettled(text: string): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => {
      setSettled(text);
    }, 250);
    return () => {
      clearTimeout(timer);
    };
  }, [text]);
  return settled;
}

function RecordList({ entity }: { entity: Entity }) {
  const api = useApi();
  const initialSearch = useSearch();
  const [, navigate] = useLocation();
  const pages = useCursorPages();
  // Arriving from Save & Close: what was saved, with a link to it, at the top of the list.
  const saved = useHandedNotice(recordHref(entity.name));
  // `?search=` starts the list searched (Save & Close of a record lands on the list searched to it).
  const [searchText, setSearchText] = useState(() => new URLSearchParams(initialSearch).get('search') ?? '');
  const search = useSettled(searchText.trim());
  const primarySortable = entity.attributes.some(
    (a) => a.name === entity.primaryAttribute && sortable.has(a.type),
  );
  const [sort, setSort] = useState<string | undefined>(primarySortable ? entity.primaryAttribute : undefined);
  const { cursor, reset } = pages;
  useEffect(reset, [search, sort, reset]);
  const list = useQuery({
    queryKey: ['records', entity.name, 'list', { search, sort, cursor }],
    queryFn: () => recordsApi.list(api, entity.name, { search, sort, cursor, limit: 25 }),
    placeholderData: keepPreviousData,
  });
  const columns = columnsOf(entity);
  const plural = entity.pluralDisplayName;

  return (
    <section aria-labelledby="records-title">
      <h1 id="records-title">{plural}</h1>
      {saved !== undefined && <HandedNoticeBar notice={saved} />}
      <div className="toolbar" role="toolbar" aria-label={plural}>
        <Button
          appearance="primary"
          onClick={() => {
            navigate(`${recordHref(entity.name)}/new`);
          }}
        >
          New
        </Button>
      </div>
      <div className="list-filters">
        <Field label={`Search ${plural.toLocaleLowerCase()}`}>
          <SearchBox
            value={searchText}
            placeholder="Name or email contains…"
            onChange={(_event, data) => {
              setSearchText(data.value);
            }}
          />
        </Field>
      </div>
      {list.error !== null && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{list.error.message}</MessageBarBody>
        </MessageBar>
      )}
      {list.isPending && <p aria-busy="true">Loading {plural.toLocaleLowerCase()}…</p>}
      {list.data !== undefined && (
        <p className="muted" role="status">
          {list.data.total === 0
            ? search === ''
              ? `No ${plural.toLocaleLowerCase()} yet. Select New to add one.`
              : `No ${plural.toLocaleLowerCase()} match “${search}”.`
            : `${list.data.total.toLocaleString()} ${(list.data.total === 1 ? entity.displayName : plural).toLocaleLowerCase()}`}
        </p>
      )}
      {list.data !== undefined && list.data.items.length > 0 && (
        <div className="table-wrap">
          <Table sortable aria-label={plural}>
            <TableHeader>
              <TableRow>
                {columns.map((column) =>
                  sortable.has(column.type) ? (
                    <TableHeaderCell
                      key={column.name}
                      sortDirection={
                        sort === column.name
                          ? 'ascending'
                          : sort === `-${column.name}`
                            ? 'descending'
                            : undefined
                      }
                      onClick={() => {
                        setSort(sort === column.name ? `-${column.name}` : column.name);
                      }}
                    >
                      {column.displayName}
                    </TableHeaderCell>
                  ) : (
                    <TableHeaderCell key={column.name} sortable={false}>
                      {column.displayName}
                    </TableHeaderCell>
                  ),
                )}
              </TableRow>
            </TableHeader>
            <TableBody>
              {list.data.items.map((record) => (
                <TableRow key={record.id}>
                  {columns.map((column, index) => (
                    <TableCell key={column.name}>
                      {index === 0 ? (
                        <Link href={recordHref(entity.name, record.id)}>{recordName(entity, record)}</Link>
                      ) : (
                        displayValue(column, record[column.name])
                      )}
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
        nextCursor={list.data?.nextCursor}
        busy={list.isFetching}
        label={`Pages of ${plural.toLocaleLowerCase()}`}
      />
    </section>
  );
}

/** `/records/:entity`: the records of any entity of the schema, searched, sorted and paged. */
export function RecordsPage() {
  const { entity } = useParams<{ entity: string }>();
  return <WithEntity name={entity}>{(found) => <RecordList key={found.name} entity={found} />}</WithEntity>;
}
