import { describe, expect, it } from 'vitest';
import { localFromMoment, momentFromLocal, offsetAt } from './date-time-value.ts';

describe('date-time values of the pickers', () => {
  it('gives a picked time the offset of the browser, so that it names one moment', () => {
    const moment = momentFromLocal('2026-03-01T09:30');
    expect(moment).toBe(`2026-03-01T09:30:00${offsetAt(new Date('2026-03-01T09:30'))}`);
    expect(moment).toMatch(/^2026-03-01T09:30:00[+-]\d{2}:\d{2}$/);
  });

  it('shows a stored moment back as the same wall-clock time here', () => {
    expect(localFromMoment(momentFromLocal('2026-07-15T18:05'))).toBe('2026-07-15T18:05');
    expect(localFromMoment('2026-03-01')).toBe('2026-03-01T00:00');
    expect(localFromMoment('not a date')).toBe('');
  });
});
