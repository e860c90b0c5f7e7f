import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useFocusKept } from './use-focus-kept.ts';

/** A field that is off while `busy`, as a form's fields are while it saves. */
function Form({ onReady }: { onReady: (start: () => void, finish: () => void) => void }) {
  const [busy, setBusy] = useState(false);
  const keep = useFocusKept(busy);
  onReady(
    () => {
      keep();
      setBusy(true);
    },
    () => {
      setBusy(false);
    },
  );
  return (
    <>
      <input aria-label="City" disabled={busy} />
      <button type="button">Elsewhere</button>
    </>
  );
}

describe('useFocusKept', () => {
  let start = () => {};
  let finish = () => {};
  const ready = (s: () => void, f: () => void) => {
    start = s;
    finish = f;
  };

  it('gives the focus back to the field that had it once the task is over', () => {
    render(<Form onReady={ready} />);
    const city = screen.getByLabelText('City');
    city.focus();
    // The browser drops the focus of a field that goes off (blurred here as it is kept).
    act(() => {
      start();
      city.blur();
    });
    expect(document.activeElement).toBe(document.body);
    act(finish);
    expect(document.activeElement).toBe(city);
  });

  it('leaves the focus where the user put it meanwhile', () => {
    render(<Form onReady={ready} />);
    const city = screen.getByLabelText('City');
    city.focus();
    act(start);
    screen.getByRole('button', { name: 'Elsewhere' }).focus();
    act(finish);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Elsewhere' }));
  });
});
