import { Button, DialogActions } from '@fluentui/react-components';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { ModalDialog } from './modal-dialog.tsx';

/** The in-app address a click on a link goes to, or undefined when the click does not leave the page. */
function leavingTo(event: MouseEvent, here: string): string | undefined {
  if (event.defaultPrevented || event.button !== 0) return undefined;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return undefined;
  const target = event.target instanceof Element ? event.target : null;
  const link = target?.closest('a[href]');
  if (!(link instanceof HTMLAnchorElement)) return undefined;
  if (link.target !== '' && link.target !== '_self') return undefined;
  if (link.hasAttribute('download')) return undefined;
  const href = link.getAttribute('href') ?? '';
  // Only the app's own pages: a link elsewhere opens as the browser decides (and beforeunload asks).
  if (!href.startsWith('/') || href.startsWith('//') || href.startsWith('/api/')) return undefined;
  return href === here ? undefined : href;
}

/**
 * Where leaving would go, and whether by a link (navigate there), by Back or Forward (`steps`
 * through the history, or back one entry when the move could not be measured), or by a command of the
 * app that leaves the page (`run` it: Sign out).
 */
type Leaving =
  | { readonly to: string; readonly by: 'link' | 'history'; readonly steps?: number }
  | { readonly by: 'command'; readonly run: () => void };

/** The address the browser shows now, as the app's routes read it. */
function currentAddress(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}

// Each entry of the history the app makes carries its place in the history, so that a Back or
// Forward refused can be undone by as many steps, in the other direction, leaving the history as it was.
const placeKey = 'segmintHistoryPlace';

/** The place an entry's state records, if it records one. */
function placeOf(state: unknown): number | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const place = (state as Record<string, unknown>)[placeKey];
  return typeof place === 'number' ? place : undefined;
}

/** The place of the entry shown now. */
let shownPlace = placeOf(window.history.state) ?? 0;

/** Records `place` in the shown entry's state (an entry whose state is not an object is left as it is). */
function markPlace(place: number): void {
  shownPlace = place;
  const state: unknown = window.history.state;
  if (placeOf(state) === place || (state !== null && typeof state !== 'object')) return;
  window.history.replaceState({ ...(state ?? {}), [placeKey]: place }, '');
}

markPlace(shownPlace);
// The router announces its pushState and replaceState with events of those names (wouter does).
window.addEventListener('pushState', () => {
  markPlace(shownPlace + 1);
});
window.addEventListener('replaceState', () => {
  if (placeOf(window.history.state) === undefined) markPlace(shownPlace);
});

/** What the page with unsaved changes does when Back or Forward moves `steps`, if one such page is shown. */
let onHistoryMove: ((event: PopStateEvent, steps: number | undefined) => void) | undefined;

// Added as the app loads, so before the router's own listener: the listeners of an event run in the
// order they were added, and the router's would show the other page (unmounting this guard) first.
window.addEventListener(
  'popstate',
  (event) => {
    const from = shownPlace;
    const to = placeOf(event.state);
    if (to !== undefined) shownPlace = to;
    onHistoryMove?.(event, to === undefined ? undefined : to - from);
  },
  true,
);

/** Asks the page with unsaved changes, if one is shown, before `run` leaves it. */
let askBeforeCommand: ((run: () => void) => void) | undefined;

/**
 * Runs `run`, a command that leaves the page (Sign out), at once; or, while a page has unsaved
 * changes, once its **Leave without saving?** has been answered with Leave.
 *
 * @example
 * <Button onClick={() => leavePageThen(signOut)}>Sign out</Button>
 */
export function leavePageThen(run: () => void): void {
  if (askBeforeCommand === undefined) run();
  else askBeforeCommand(run);
}

/**
 * While `unsaved`, leaving the page asks first: a link to another page of the app, or the browser's
 * Back or Forward, or a command that leaves it (`leavePageThen`: Sign out), opens **Leave without
 * saving?** (Stay, or Leave), and closing or reloading the tab
 * gets the browser's own question. Returns the dialog to render (or nothing).
 *
 * @example
 * const leaveGuard = useLeaveGuard(dirty, 'this contact');
 * return <>{page}{leaveGuard}</>;
 */
export function useLeaveGuard(unsaved: boolean, what: string): ReactNode {
  const [here, navigate] = useLocation();
  const [pending, setPending] = useState<Leaving>();
  // Set while Leave goes back through the history, so that this one move is let through.
  const letThrough = useRef(false);
  // Set while a refused move is undone, to ask once the page's own entry is shown again.
  const undoing = useRef<Leaving>(undefined);
  useEffect(() => {
    if (!unsaved) return;
    // In the capture phase on the document: before the link's own handler (wouter's) can navigate.
    const onClick = (event: MouseEvent) => {
      const to = leavingTo(event, here);
      if (to === undefined) return;
      event.preventDefault();
      event.stopPropagation();
      setPending({ to, by: 'link' });
    };
    // Back and Forward have already moved through the history when popstate comes, and cannot be
    // cancelled. Heard before the router's own listener, the move is hidden from it and undone: as many
    // steps the other way, so that Back and Forward lead where they did, and then it asks. Leave then
    // makes the same move again. A move whose size is unknown is undone by putting the page's address
    // back on top of the history.
    const onPopState = (event: PopStateEvent, steps: number | undefined) => {
      if (letThrough.current) {
        letThrough.current = false;
        return;
      }
      const to = currentAddress();
      const undone = undoing.current;
      if (undone !== undefined && to === here) {
        undoing.current = undefined;
        setPending(undone);
        return;
      }
      if (to === here) return;
      event.stopImmediatePropagation();
      if (steps === undefined || steps === 0) {
        window.history.pushState(null, '', here);
        setPending({ to, by: 'history' });
        return;
      }
      undoing.current = { to, by: 'history', steps };
      window.history.go(-steps);
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    const onCommand = (run: () => void) => {
      setPending({ by: 'command', run });
    };
    document.addEventListener('click', onClick, true);
    onHistoryMove = onPopState;
    askBeforeCommand = onCommand;
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('click', onClick, true);
      if (onHistoryMove === onPopState) onHistoryMove = undefined;
      if (askBeforeCommand === onCommand) askBeforeCommand = undefined;
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [unsaved, here]);
  if (pending === undefined) return null;
  const stay = () => {
    setPending(undefined);
  };
  const leave = () => {
    setPending(undefined);
    if (pending.by === 'command') {
      pending.run();
    } else if (pending.by === 'link') {
      navigate(pending.to);
    } else {
      letThrough.current = true;
      window.history.go(pending.steps ?? -1);
    }
  };
  return (
    <ModalDialog title="Leave without saving?" onClose={stay}>
      <p>Your changes to {what} are not saved. If you leave this page, they are lost.</p>
      <DialogActions>
        <Button appearance="primary" onClick={stay}>
          Stay on this page
        </Button>
        <Button onClick={leave}>Leave without saving</Button>
      </DialogActions>
    </ModalDialog>
  );
}
