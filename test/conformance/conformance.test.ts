import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  conformanceBackends,
  parseCase,
  type BackendName,
  type ConformanceBackend,
} from './conformance-backends.ts';
import { operatorsByType, parseDefinition } from '../../src/definition/index.ts';
import { catalogOf, validateDefinition } from '../../src/validate/index.ts';
import { blockOrderPair, casesByArea, conformanceCases } from './cases/index.ts';
import type { ConformanceCase } from './conformance-case.ts';
import { conformanceSchema } from './conformance-schema.ts';
import { fixture, storedSegments } from './fixture.ts';
import { usedOperators } from './operator-coverage.ts';

/**
 * The conformance table (STYLE.md, "Tests"): every case runs against every backend, and each must return
 * exactly the members that the case's plain JavaScript filter computes over the fixture.
 */

/**
 * Cases a backend cannot pass yet, each with its reason. They run as expected failures (`it.fails`), so
 * a case that starts passing is reported too; nothing is skipped quietly.
 */
const knownFailures: Readonly<Record<BackendName, Readonly<Record<string, string>>>> = {
  evaluate: {},
  columnar: {},
  sqlite: {},
  postgres: {},
};

const sorted = (ids: readonly string[]): string[] => [...ids].sort();

for (const backend of conformanceBackends) {
  const title = backend.skipBecause ? `${backend.name} (skipped: ${backend.skipBecause})` : backend.name;
  describe.skipIf(backend.skipBecause !== undefined)(title, () => {
    let instance: ConformanceBackend | undefined;
    beforeAll(async () => {
      instance = await backend.open();
    });
    afterAll(async () => {
      await instance?.close();
    });

    const run = async (c: ConformanceCase): Promise<void> => {
      if (!instance) return expect.fail(`the ${backend.name} backend did not open`);
      const members = await instance.members(parseCase(c), c.timeZone ?? 'UTC');
      expect(sorted(members)).toEqual(sorted(c.expected(fixture)));
    };

    describe.each(Object.entries(casesByArea))('%s', (_area, cases) => {
      const failures = knownFailures[backend.name];
      const passing = cases.filter((c) => failures[c.name] === undefined);
      const failing = cases.filter((c) => failures[c.name] !== undefined);
      if (passing.length > 0) it.each(passing.map((c) => [c.name, c] as const))('%s', (_name, c) => run(c));
      if (failing.length > 0) {
        it.fails.each(
          failing.map((c) => [`${c.name} (known failure: ${failures[c.name] ?? ''})`, c] as const),
        )('%s', (_name, c) => run(c));
      }
    });
  });
}

describe('the conformance table', () => {
  const contactIds = fixture.contact.map((c) => c.id);

  it('has at least 160 cases, each with a unique name', () => {
    const names = conformanceCases.map((c) => c.name);
    expect(names.length).toBeGreaterThanOrEqual(160);
    expect(new Set(names).size).toBe(names.length);
  });

  it('expects no one or every contact in only a handful of cases', () => {
    const trivial = conformanceCases
      .filter((c) => {
        const size = new Set(c.expected(fixture)).size;
        return size === 0 || size === contactIds.length;
      })
      .map((c) => c.name);
    expect(trivial.length, trivial.join('\n')).toBeLessThanOrEqual(5);
  });

  it('expects only contact ids of the fixture, each once', () => {
    for (const c of conformanceCases) {
      const expected = c.expected(fixture);
      expect(new Set(expected).size, c.name).toBe(expected.length);
      expect(
        expected.filter((id) => !contactIds.includes(id)),
        c.name,
      ).toEqual([]);
    }
  });

  it('holds only definitions that the validator accepts', () => {
    const segments = catalogOf(
      Object.keys(storedSegments).map((id) => ({ id, name: id, type: 'static', state: 'live' }) as const),
    );
    const invalid = conformanceCases.flatMap((c) => {
      const parsed = parseDefinition({ name: c.name, timeZone: c.timeZone ?? 'UTC', query: c.query });
      if (!parsed.ok) return [`${c.name}: ${JSON.stringify(parsed.problems)}`];
      const problems = validateDefinition(parsed.value, { schema: conformanceSchema, segments });
      return problems.length > 0 ? [`${c.name}: ${JSON.stringify(problems)}`] : [];
    });
    expect(invalid).toEqual([]);
  });

  it('uses every operator of every attribute type at least once', () => {
    const used = usedOperators(conformanceCases, conformanceSchema);
    const missing = Object.entries(operatorsByType).flatMap(([type, operators]) =>
      operators
        .filter((operator) => !used.has(`${type}.${operator}`))
        .map((operator) => `${type}.${operator}`),
    );
    expect(missing).toEqual([]);
  });

  it('shows that block order matters: the two block-order cases give different members', () => {
    const [first, second] = blockOrderPair.map((name) => conformanceCases.find((c) => c.name === name));
    expect(first && second).toBeTruthy();
    expect(sorted(first?.expected(fixture) ?? [])).not.toEqual(sorted(second?.expected(fixture) ?? []));
  });

  it('stores in seg_nc_emailable the contacts in North Carolina who allow bulk email', () => {
    const expected = fixture.contact
      .filter((c) => c.address1_stateorprovince?.toLowerCase() === 'nc' && c.donotbulkemail !== true)
      .map((c) => c.id);
    expect(sorted(storedSegments.seg_nc_emailable ?? [])).toEqual(sorted(expected));
  });
});
