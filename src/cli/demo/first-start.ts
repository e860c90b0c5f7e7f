import type { Engine } from '../../engine/index.ts';
import { demoRowCount, loadDemoData } from './demo-data.ts';
import { defaultDemoContacts } from './demo-size.ts';
import { demoReport } from './demo-report.ts';
import { progressBar } from '../progress.ts';

/** The setting that marks a database as started once by `serve`. */
const startedSetting = 'cli.firstServedAt';

/**
 * On the first `serve` of a database, loads the demo unless told not to or the database already
 * holds contacts or segments (someone imported their own first). Returns the lines to print.
 */
export async function firstStart(engine: Engine, options: { readonly demo: boolean }): Promise<string[]> {
  if ((await engine.setting(startedSetting)) !== undefined) return [];
  let lines: string[] = [];
  const empty = (await engine.recordCount('contact')) === 0 && (await engine.segments()).length === 0;
  if (options.demo && empty) {
    process.stderr.write('First start: loading the demo data (skip it with --no-demo) …\n');
    const progress = progressBar('Loading the demo', demoRowCount(defaultDemoContacts));
    try {
      const result = await loadDemoData(engine, {
        contacts: defaultDemoContacts,
        onProgress: (loaded) => {
          progress.update(loaded);
        },
      });
      lines = demoReport(result);
    } finally {
      progress.stop();
    }
  }
  await engine.saveSetting(startedSetting, new Date().toISOString());
  return lines;
}
