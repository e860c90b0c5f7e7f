import { Button, Field, Input } from '@fluentui/react-components';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { MemberEdit, Segment } from '../api/index.ts';
import { useSchema } from '../data/index.ts';
import { useApi } from '../session/index.ts';
import { CursorPager, useCursorPages } from '../shell/index.ts';
import { AddByQueryDialog } from './add-by-query-dialog.tsx';
import { AddMembersDialog } from './add-members-dialog.tsx';
import { memberColumnChoices, useMemberColumns } from './member-columns.ts';
import { MemberTable } from './member-table.tsx';
import { defaultMemberSort, displayName, type MemberSort } from './member-types.ts';
import { ErrorAlert, messageOf } from './problem-list.tsx';
import { memberCountText } from './segment-labels.ts';
import { useDebounced } from './use-debounced.ts';
import { useMemberEdit } from './use-member-edit.ts';
import { useMemberExport } from './use-member-export.ts';

const pageSize = 50;

type Dialog = 'add' | 'addByQuery' | undefined;

/**
 * The **Members** tab: search, the count, a page of members with links to their contacts in a grid
 * whose columns the user picks (any contact attribute, kept per segment) and sorts by a header,
 * **Export to CSV**; static segments add and remove members (by hand or by query), dynamic ones
 * include or exclude contacts whatever the query says.
 */
export function MembersPanel({ segment }: { segment: Segment }) {
  const api = useApi();
  const [search, setSearch] = useState('');
  const wanted = useDebounced(search.trim());
  const [sort, setSort] = useState<MemberSort>(defaultMemberSort);
  const schema = useSchema();
  const choices = useMemo(() => memberColumnChoices(schema.data), [schema.data]);
  const [shown, setShown] = useMemberColumns(segment.id);
  const pages = useCursorPages();
  const { cursor } = pages;
  const [dialog, setDialog] = useState<Dialog>();
  const [notice, setNotice] = useState<string>();
  // A row's Remove (or Exclude) goes with its row: the focus goes to the notice saying what was done.
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const [focusNotice, setFocusNotice] = useState(0);
  useEffect(() => {
    if (focusNotice > 0) noticeRef.current?.focus();
  }, [focusNotice]);
  const members = useQuery({
    queryKey: ['segment', segment.id, 'members', { search: wanted, sort, cursor }],
    queryFn: () =>
      api.get('/api/segments/{id}/members', {
        params: { path: { id: segment.id }, query: { search: wanted, sort, cursor, limit: pageSize } },
      }),
    placeholderData: keepPreviousData,
  });
  const editing = useMemberEdit(segment.id);
  // The member whose row's Remove (or Exclude) runs: only that row waits.
  const [working, setWorking] = useState<string>();
  const exporting = useMemberExport(segment.id);
  const isStatic = segment.type === 'static';

  const apply = async (body: MemberEdit, done: (changed: number) => string, fromRow = false) => {
    setNotice(undefined);
    const result = await editing.edit(body);
    if (result === undefined) return;
    setDialog(undefined);
    setNotice(done(result.changed.length));
    if (fromRow) setFocusNotice((n) => n + 1);
  };
  const close = () => {
    setDialog(undefined);
    editing.reset();
  };
  const restart = pages.reset;

  return (
    <div className="members-panel" aria-busy={members.isFetching || undefined}>
      <div className="toolbar members-toolbar">
        <Field label="Search members" className="member-search">
          <Input
            type="search"
            value={search}
            onChange={(_event, data) => {
              setSearch(data.value);
              restart();
            }}
          />
        </Field>
        <Button
          onClick={() => void exporting.exportCsv()}
          disabledFocusable={exporting.exporting}
          aria-busy={exporting.exporting || undefined}
        >
          {exporting.exporting ? 'Exporting…' : 'Export to CSV'}
        </Button>
        <Button
          onClick={() => {
            setDialog('add');
          }}
        >
          {isStatic ? 'Add members' : 'Include contacts'}
        </Button>
        {isStatic && (
          <Button
            onClick={() => {
              setDialog('addByQuery');
            }}
          >
            Add by query
          </Button>
        )}
      </div>
      {!isStatic && segment.state !== 'live' && (
        <p className="muted">Members are computed when the segment goes live, then kept up to date.</p>
      )}
      {notice !== undefined && (
        <p role="status" className="notice" ref={noticeRef} tabIndex={-1}>
          {notice}
        </p>
      )}
      <ErrorAlert message={exporting.error} />
      <ErrorAlert message={dialog === undefined ? editing.error : undefined} />
      <ErrorAlert message={members.error ? messageOf(members.error) : undefined} />
      {members.data !== undefined && (
        <>
          <p className="member-count" aria-live="polite">
            {memberCountText(members.data.total)}
            {wanted === '' ? '' : ` match “${wanted}”`}
          </p>
          {members.data.items.length > 0 && (
            <MemberTable
              members={members.data.items}
              choices={choices}
              shown={shown}
              onShownChange={setShown}
              sort={sort}
              onSortChange={(next) => {
                setSort(next);
                restart();
              }}
              action={{
                label: isStatic ? 'Remove' : 'Exclude',
                working,
                run: (member) => {
                  setWorking(member.id);
                  void apply(
                    isStatic ? { remove: [member.id] } : { exclude: [member.id] },
                    () =>
                      isStatic
                        ? `Removed ${displayName(member)}.`
                        : `Excluded ${displayName(member)}: it stays out whatever the query says.`,
                    true,
                  ).finally(() => {
                    setWorking(undefined);
                  });
                },
              }}
            />
          )}
        </>
      )}
      {members.isPending && <p aria-busy="true">Loading members…</p>}
      <CursorPager pages={pages} nextCursor={members.data?.nextCursor} label="Pages of members" />
      {dialog === 'add' && (
        <AddMembersDialog
          title={isStatic ? 'Add members' : 'Include contacts'}
          actionLabel={isStatic ? 'Add selected' : 'Include selected'}
          busy={editing.busy}
          error={editing.error}
          onClose={close}
          onConfirm={(ids) =>
            void apply(isStatic ? { add: ids } : { include: ids }, (n) =>
              isStatic
                ? `Added ${memberCountText(n)}.`
                : `Included ${n} ${n === 1 ? 'contact' : 'contacts'}.`,
            )
          }
        />
      )}
      {dialog === 'addByQuery' && (
        <AddByQueryDialog
          busy={editing.busy}
          error={editing.error}
          problems={editing.problems}
          onClose={close}
          onConfirm={(query) =>
            void apply({ addByQuery: query }, (n) => `Added ${memberCountText(n)} by query.`)
          }
        />
      )}
    </div>
  );
}
