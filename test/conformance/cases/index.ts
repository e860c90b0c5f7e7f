import type { ConformanceCase } from '../conformance-case.ts';
import { blockCases } from './block-cases.ts';
import { choiceCases } from './choice-cases.ts';
import { dateCases } from './date-cases.ts';
import { datetimeCases } from './datetime-cases.ts';
import { groupCases } from './group-cases.ts';
import { interactionCases } from './interaction-cases.ts';
import { numberCases } from './number-cases.ts';
import { relatedCases } from './related-cases.ts';
import { segmentBlockCases } from './segment-block-cases.ts';
import { textCases } from './text-cases.ts';

export { blockOrderPair } from './block-cases.ts';

/** The conformance table by area; every backend runs every case. */
export const casesByArea: Readonly<Record<string, readonly ConformanceCase[]>> = {
  text: textCases,
  number: numberCases,
  choice: choiceCases,
  date: dateCases,
  datetime: datetimeCases,
  group: groupCases,
  related: relatedCases,
  interaction: interactionCases,
  block: blockCases,
  segmentBlock: segmentBlockCases,
};

/** Every case, in one table. */
export const conformanceCases: readonly ConformanceCase[] = Object.values(casesByArea).flat();
