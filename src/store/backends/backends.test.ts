import { describe, expect, it } from 'vitest';
import { dialects } from '../../compile/index.ts';
import { backends } from './index.ts';

describe('backends', () => {
  it("lists each backend under its own name, with the compiler's dialect of that name", () => {
    for (const [name, backend] of Object.entries(backends)) {
      expect(backend.name).toBe(name);
      expect(backend.sql).toBe(dialects[backend.name]);
    }
  });

  it('makes a database name without its backend, or a backend under another name, a type error', () => {
    // @ts-expect-error every StoreDialect needs its backend
    const missing: typeof backends = { sqlite: backends.sqlite };
    // @ts-expect-error a backend serves only its own name
    const swapped: typeof backends = { sqlite: backends.postgres, postgres: backends.sqlite };
    expect([missing, swapped]).toHaveLength(2);
  });
});
