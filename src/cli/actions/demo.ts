import type { LocationOptions } from '../data-location.ts';
import { demoRowCount, loadDemoData } from '../demo/demo-data.ts';
import { demoReport } from '../demo/demo-report.ts';
import { ExitCode } from '../exit-codes.ts';
import { withEngine } from '../open-engine.ts';
import { printLines } from '../output.ts';
import { progressBar } from '../progress.ts';

/** `demo [--contacts N]`: the generated dataset, the tutorial's records and the live demo segments. */
export async function demo(options: LocationOptions & { contacts: number }): Promise<ExitCode> {
  const result = await withEngine(options, { create: true }, async (engine, location) => {
    process.stderr.write(`Loading the demo into ${location.description} …\n`);
    const progress = progressBar('Loading the demo', demoRowCount(options.contacts));
    try {
      return await loadDemoData(engine, {
        contacts: options.contacts,
        onProgress: (loaded) => {
          progress.update(loaded);
        },
      });
    } finally {
      progress.stop();
    }
  });
  await printLines(demoReport(result));
  return ExitCode.ok;
}
