import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library unmounts after each test only when the runner's globals are on; ours are off.
afterEach(() => {
  cleanup();
});

// happy-dom rejects a cancelled animation's `finished` promise unhandled (browsers mark it handled, as
// the Web Animations spec says); Fluent UI cancels its motions when a toast, menu or field unmounts.
const cancelAnimation = Object.getOwnPropertyDescriptor(Animation.prototype, 'cancel')?.value as
  ((this: Animation) => void) | undefined;
Object.defineProperty(Animation.prototype, 'cancel', {
  value(this: Animation) {
    this.finished.catch(() => undefined);
    cancelAnimation?.call(this);
  },
});

// happy-dom lays nothing out, so the body measures 0×0; Fluent's focus manager (tabster) then takes
// every element for hidden and sends Tab out of the page. A browser window's body has a size.
document.body.getBoundingClientRect = () => DOMRect.fromRect({ width: 1280, height: 800 });
