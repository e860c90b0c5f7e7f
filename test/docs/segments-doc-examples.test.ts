import { describe, expect, it } from 'vitest';
import {
  limitProblemCodes,
  operatorsByType,
  parseDefinition,
  shapeProblemCodes,
} from '../../src/definition/index.ts';
import { Schema } from '../../src/schema/index.ts';
import { catalogOf, problemCodes, validateDefinition } from '../../src/validate/index.ts';
import { jsonBlocks, readDoc } from './doc-blocks.ts';

/**
 * docs/SEGMENTS.md is the product's reference of the definition language: every ```json example in it
 * parses and validates against the built-in schema with no problems, unless it is marked
 * `<!-- invalid -->`, when it must have some; and it names every operator and problem code there is.
 */

const doc = readDoc('SEGMENTS.md');
const blocks = jsonBlocks(doc);

/** The other segments the examples' segment blocks may read. */
const segments = catalogOf([{ id: 'seg_unsubscribed', name: 'Unsubscribed', type: 'static', state: 'live' }]);
const context = { schema: Schema.builtin(), segments };

function problemsOf(text: string) {
  const parsed = parseDefinition(JSON.parse(text));
  return parsed.ok ? validateDefinition(parsed.value, context) : parsed.problems;
}

describe('docs/SEGMENTS.md', () => {
  it('has examples, some of them invalid', () => {
    expect(blocks.filter((b) => !b.invalid).length).toBeGreaterThanOrEqual(5);
    expect(blocks.some((b) => b.invalid)).toBe(true);
  });

  for (const block of blocks) {
    const title = block.invalid
      ? `the invalid example at line ${block.line} has problems`
      : `the example at line ${block.line} parses and validates with no problems`;
    it(title, () => {
      const problems = problemsOf(block.text);
      if (block.invalid) expect(problems.length).toBeGreaterThan(0);
      else expect(problems).toEqual([]);
    });
  }

  it('lists the problems of its three-mistakes example as the validator reports them', () => {
    const example = blocks.find((b) => b.text.includes('"Three mistakes"'));
    expect(example).toBeDefined();
    const reported = problemsOf(example?.text ?? '{}').map((p) => `${p.code} ${p.path}`);
    for (const line of reported) expect(doc.replace(/ {2,}/g, ' ')).toContain(line);
    expect(reported).toHaveLength(3);
  });

  it('says where its draft example is incomplete', () => {
    const example = blocks.find((b) => b.text.includes('"Work in progress"'));
    const reported = problemsOf(example?.text ?? '{}').map((p) => `${p.code} ${p.path}`);
    expect(reported).toEqual(['INCOMPLETE query.blocks[0].where.children[0].operator']);
  });

  it('names every operator of every attribute type', () => {
    for (const [type, operators] of Object.entries(operatorsByType)) {
      expect(doc, type).toContain(`\`${type}\``);
      for (const operator of operators) expect(doc, `${type} ${operator}`).toContain(`\`${operator}\``);
    }
  });

  it('names every problem code', () => {
    const codes = [
      ...Object.keys(shapeProblemCodes),
      ...Object.keys(problemCodes),
      ...Object.keys(limitProblemCodes),
    ];
    for (const code of codes) expect(doc, code).toContain(`\`${code}\``);
  });
});
