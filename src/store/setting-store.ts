import { withParameters } from './statement-templates.ts';
import type { StoreContext } from './store-context.ts';

/** Stands for the settings table in the statement cache. */
const settingsTable = {};

/** Small named values kept between runs (`sm_setting`), such as the engine's last clock tick. */
export interface SettingStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}

/** The setting store over `context`. */
export function settingStore(context: StoreContext): SettingStore {
  const { db } = context;
  return {
    async get(key) {
      // Read with the begin of this transaction (PostgreSQL), with its own writes since added.
      const known = context.beginReads?.settings;
      if (known) return known.get(key);
      const compiled = withParameters(
        settingsTable,
        `get:${context.dialect}`,
        () => db.selectFrom('sm_setting').select('value').where('key', '=', key).compile(),
        [key],
      );
      const [row] = (await db.executeQuery(compiled)).rows;
      return row?.value;
    },
    async set(key, value) {
      await db
        .insertInto('sm_setting')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute();
      context.beginReads?.settings?.set(key, value);
    },
  };
}
