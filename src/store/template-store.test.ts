import { afterAll, describe, expect, it } from 'vitest';
import { testBackends } from './test-backends.ts';

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`saved templates in the store ${backend.label}`, () => {
    afterAll(() => backend.cleanup());

    it('keeps saved templates with their parameters and definition', async () => {
      const store = await backend.open();
      const saved = await store.templates.create({
        name: 'Mine',
        category: 'Saved',
        parameters: [{ name: 'city', label: 'City', type: 'string' }],
        definition: { name: 'In {{city}}', type: 'dynamic' },
      });
      expect(await store.templates.get(saved.id)).toEqual(saved);
      expect(saved.description).toBeNull();
      expect((await store.templates.list()).map((t) => t.name)).toEqual(['Mine']);
      expect(await store.templates.delete(saved.id)).toBe(true);
      expect(await store.templates.list()).toEqual([]);
    });
  });
}
