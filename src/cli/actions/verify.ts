import type { Drift } from '../../engine/index.ts';
import type { LocationOptions } from '../data-location.ts';
import { ExitCode } from '../exit-codes.ts';
import { withEngine } from '../open-engine.ts';
import { count, counted, printLines } from '../output.ts';

/** Ids listed per drift before "and N more". */
const shownIds = 20;

/** `verify`: recomputes every live segment; exit 1, listing each drift, when any member is wrong. */
export async function verify(options: LocationOptions): Promise<ExitCode> {
  const { drifts, live } = await withEngine(options, { create: false }, async (engine) => ({
    drifts: await engine.verify(),
    live: (await engine.segments({ state: 'live' })).length,
  }));
  if (drifts.length === 0) {
    await printLines([
      live === 1
        ? 'The live segment has exactly the members it should.'
        : `All ${count(live)} live segments have exactly the members they should.`,
    ]);
    return ExitCode.ok;
  }
  await printLines([
    `${drifts.length} of ${counted(live, 'live segment')} drifted:`,
    ...drifts.flatMap(driftLines),
  ]);
  return ExitCode.failure;
}

function driftLines(drift: Drift): string[] {
  const ids = (list: readonly string[]) =>
    list.slice(0, shownIds).join(', ') +
    (list.length > shownIds ? ` and ${count(list.length - shownIds)} more` : '');
  return [
    `  "${drift.segmentName}" (${drift.segmentId}): ${count(drift.missing.length)} missing, ${count(drift.extra.length)} extra`,
    ...(drift.missing.length > 0 ? [`    missing (should be members): ${ids(drift.missing)}`] : []),
    ...(drift.extra.length > 0 ? [`    extra (should not be members): ${ids(drift.extra)}`] : []),
  ];
}
