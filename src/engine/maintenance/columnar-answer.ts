import { selectedIdsJson, type ColumnarImage, type ColumnarMembers } from '../../evaluate/columnar/index.ts';
import { IdList } from '../../store/index.ts';
import { sortIds } from '../../store/store-context.ts';

/** What the view found: the members, as ids, as ids in id order, or as a count. */
export interface ViewAnswer {
  ids(): Set<string>;
  /** The members in id order, with any contact newer than the image. */
  sortedIds(): IdList;
  count(): number;
}

/**
 * The image's members with the `touched` contacts decided again by SQL: those among `rechecked` are
 * members, the other touched ones are not, whatever the image said.
 */
export function viewAnswer(
  image: ColumnarImage,
  members: ColumnarMembers,
  touched: readonly string[],
  rechecked: ReadonlySet<string>,
): ViewAnswer {
  return {
    ids() {
      const matched = new Set(members.ids());
      for (const id of touched) matched.delete(id);
      for (const id of rechecked) matched.add(id);
      return matched;
    },
    sortedIds() {
      // Without a Set: 143,185 members at 1M took 39 ms as a Set, against 5 ms from the flags.
      const contacts = image.table('contact');
      if (touched.length === 0 && contacts.ascending) {
        // The image's order is id order, and its members' JSON is copied from the image's.
        const { ids, bytes, starts } = selectedIdsJson(members.rows, contacts.ids, contacts.idJson);
        return IdList.encoded(ids, { bytes, starts });
      }
      if (touched.length === 0) return IdList.of(members.ids());
      const flags = members.rows.slice();
      const newer: string[] = [];
      for (const id of touched) {
        const row = contacts.rowOf.get(id);
        if (row !== undefined) flags[row] = 0;
      }
      for (const id of rechecked) {
        const row = contacts.rowOf.get(id);
        if (row === undefined) newer.push(id);
        else flags[row] = 1;
      }
      const ids: string[] = [];
      for (let r = 0; r < flags.length; r++) if (flags[r] === 1) ids.push(contacts.ids[r] as string);
      return IdList.of(newer.length === 0 ? ids : sortIds([...ids, ...newer]));
    },
    count() {
      const rowOf = image.table('contact').rowOf;
      let count = members.count() + rechecked.size;
      for (const id of new Set(touched)) {
        const row = rowOf.get(id);
        if (row !== undefined && members.rows[row] === 1) count -= 1;
      }
      return count;
    },
  };
}
