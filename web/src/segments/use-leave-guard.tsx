import { Button, DialogActions } from '@fluentui/react-components';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { ModalDialog } from '../shell/index.ts';

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

/** Where leaving would go, and whether by a link (navigate there) or by Back or Forward (go back). */
interface Leaving {
  readonly to: string;
  readonly by: 'link' | 'history';
}

/** The address the browser shows now, as the app's routes read it. */
function currentAddress(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}

/** What the page with unsaved changes does when Back or Forward moves, if one such page is shown. */
let onHistoryMove: ((event: PopStateEvent) => void) | undefined;

// Added as the app loads, so before the router's own listener: the listeners of an event run in the
// order they were added, and the router's would show the other page (unmounting this guard) first.
window.addEventListener(
  'popstate',
  (event) => {
    onHistoryMove?.(event);
  },
  true,
);

/**
 * While `unsaved`, leaving the page asks first: a link to another page of the app, or the browser's
 * Back or Forward, opens **Leave without saving?** (Stay, or Leave), and closing or reloading the tab
 * gets the browser's own question. Returns the dialog to render (or nothing).
 *
 * @example
 * const leaveGuard = useLeaveGuard(dirty);
 * return <>{page}{leaveGuard}</>;
 */
export function useLeaveGuard(unsaved: boolean, what = 'this segment'): ReactNode {
  const [here, navigate] = useLocation();
  const [pending, setPending] = useState<Leaving>();
  // Set while Leave goes back through the history, so that this one move is let through.
  const letThrough = useRef(false);
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
    // Back and Forward have already changed the address when popstate comes, and cannot be cancelled.
    // Heard before the router's own listener, the move is hidden from it and the page's address put
    // back on top of the history; Leave then goes back to where the move went.
    const onPopState = (event: PopStateEvent) => {
      if (letThrough.current) {
        letThrough.current = false;
        return;
      }
      const to = currentAddress();
      if (to === here) return;
      event.stopImmediatePropagation();
      window.history.pushState(null, '', here);
      setPending({ to, by: 'history' });
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    document.addEventListener('click', onClick, true);
    onHistoryMove = onPopState;
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('click', onClick, true);
      if (onHistoryMove === onPopState) onHistoryMove = undefined;
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [unsaved, here]);
  if (pending === undefined) return null;
  const stay = () => {
    setPending(undefined);
  };
  const leave = () => {
    setPending(undefined);
    if (pending.by === 'link') {
      navigate(pending.to);
    } else {
      letThrough.current = true;
      window.history.back();
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
