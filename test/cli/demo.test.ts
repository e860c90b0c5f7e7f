import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempFolder } from './run-cli.ts';

const temp = tempFolder();
afterAll(() => {
  temp.cleanup();
});

describe('segmint demo', () => {
  const at = ['--data-dir', join(temp.dir, 'data')];

  it("loads the generated dataset, the tutorial's records and live demo segments", async () => {
    const run = await runCli(['demo', '--contacts', '200', ...at]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Loaded the demo: 200 contacts, 10 accounts, 40 leads, 1,000 interactions');
    const list = await runCli(['segment', 'list', '--format', 'json', ...at]);
    const segments = JSON.parse(list.stdout) as { id: string; state: string }[];
    expect(segments.map((s) => [s.id, s.state])).toEqual([
      ['demo-lisbon', 'live'],
      ['demo-sf-wine', 'live'],
      ['demo-nc-craft-beer', 'live'],
      ['demo-email-readers', 'live'],
    ]);
  });

  it('puts the tutorial contacts in their segments and leaves the near misses out', async () => {
    const members = async (id: string) => {
      const run = await runCli(['segment', 'members', id, '--format', 'json', ...at]);
      return (JSON.parse(run.stdout) as { id: string }[]).map((m) => m.id);
    };
    const lisbon = await members('demo-lisbon');
    expect(lisbon).toEqual(
      expect.arrayContaining(['ct-tutorial-lisbon-1', 'ct-tutorial-lisbon-2', 'ct-tutorial-lisbon-3']),
    );
    const wine = await members('demo-sf-wine');
    expect(wine).toEqual(expect.arrayContaining(['ct-tutorial-sf-wine-1', 'ct-tutorial-sf-wine-2']));
    for (const miss of ['ct-tutorial-sf-wine-young', 'ct-tutorial-sf-wine-male', 'ct-tutorial-oakland-wine'])
      expect(wine).not.toContain(miss);
    expect(await members('demo-nc-craft-beer')).toEqual(['ct-tutorial-nc-beer-1', 'ct-tutorial-nc-beer-2']);
    expect((await runCli(['verify', ...at])).code).toBe(0);
  });

  it('leaves Atlantis to the tutorial: no contact lives there and no segment reads it', async () => {
    const definition = {
      name: 'Contacts from Atlantis',
      type: 'dynamic',
      query: {
        blocks: [
          {
            entity: 'contact',
            where: {
              kind: 'group',
              op: 'and',
              children: [
                { kind: 'condition', attribute: 'address1_city', operator: 'equals', values: ['Atlantis'] },
              ],
            },
          },
        ],
      },
    };
    const file = temp.file('atlantis.json', JSON.stringify(definition));
    const atlantis = await runCli(['eval', file, '--count', ...at]);
    expect(atlantis.stdout.trim()).toBe('0');
    const list = await runCli(['segment', 'list', '--format', 'json', ...at]);
    expect(list.stdout).not.toMatch(/atlantis/i);
  });

  it('refuses to load the demo twice', async () => {
    const run = await runCli(['demo', '--contacts', '200', ...at]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('already loaded');
  });

  it('takes only a whole number of contacts', async () => {
    const run = await runCli(['demo', '--contacts', 'many', ...at]);
    expect(run.code).toBe(64);
  });
});
