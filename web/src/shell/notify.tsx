import {
  Toast,
  ToastBody,
  Toaster,
  ToastTitle,
  useId,
  useToastController,
  type ToastIntent,
} from '@fluentui/react-components';
import { createContext, useCallback, useContext, type ReactNode } from 'react';

/** Shows a short message in the corner of the page (a Fluent toast); it leaves by itself. */
export type Notify = (title: string, options?: { intent?: ToastIntent; body?: string }) => void;

const ToasterIdContext = createContext<string | undefined>(undefined);

/** The app's one Toaster, and the id `useNotify` sends its toasts to. */
export function NotifyProvider({ children }: { children: ReactNode }) {
  const toasterId = useId('toaster');
  return (
    <ToasterIdContext.Provider value={toasterId}>
      {children}
      <Toaster toasterId={toasterId} position="bottom-end" />
    </ToasterIdContext.Provider>
  );
}

/**
 * A function that shows a toast: `notify('Segment cloned', { intent: 'success' })`. Outside
 * `NotifyProvider` (a page alone in a test) it shows nothing.
 *
 * @example
 * const notify = useNotify();
 * notify('Saved', { intent: 'success', body: 'Ada Lovelace' });
 */
export function useNotify(): Notify {
  const toasterId = useContext(ToasterIdContext);
  const { dispatchToast } = useToastController(toasterId);
  return useCallback(
    (title, { intent = 'info', body } = {}) => {
      if (toasterId === undefined) return;
      dispatchToast(
        <Toast>
          <ToastTitle>{title}</ToastTitle>
          {body === undefined ? null : <ToastBody>{body}</ToastBody>}
        </Toast>,
        { intent, politeness: intent === 'error' ? 'assertive' : 'polite' },
      );
    },
    [dispatchToast, toasterId],
  );
}
