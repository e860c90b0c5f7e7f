import { Dialog, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode, type RefObject } from 'react';

interface ModalDialogProps {
  /** The dialog's heading, which is also its accessible name. */
  readonly title: string;
  /** Called when the dialog is dismissed with Escape (render it no longer to close it). */
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly className?: string;
  /**
   * What takes the focus as the dialog opens; by default Fluent's choice, the first focusable element.
   * A destructive confirmation passes its Cancel button, so that Enter pressed twice does no harm.
   */
  readonly initialFocus?: RefObject<HTMLElement | null>;
}

/**
 * A modal dialog (Fluent UI's `Dialog`): the page behind is inert, focus moves in, Escape closes it,
 * and focus goes back where it was. Mount it to open it and unmount it to close it. `initialFocus` names
 * what starts with the focus (Cancel, in a confirmation of something that cannot be undone).
 */
export function ModalDialog({ title, onClose, children, className, initialFocus }: ModalDialogProps) {
  // What had the focus as the dialog opened, read while rendering: by the time this component's effects
  // run, Fluent's (its children's) have already put the focus inside the dialog.
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );
  // Runs after Fluent's Dialog (a child) has focused its first focusable element, so this choice wins.
  const [firstFocus] = useState(initialFocus);
  useEffect(() => {
    firstFocus?.current?.focus();
  }, [firstFocus]);
  useEffect(() => {
    return () => {
      // Fluent's focus trap hides the rest of the page from assistive technology and gives it back
      // 250 ms after the dialog closed; give it back at once, unless another dialog is still open.
      if (document.querySelector('[role="dialog"][aria-modal="true"], [role="alertdialog"]') === null) {
        for (const element of document.body.children) element.removeAttribute('aria-hidden');
      }
      // Focus goes back where it was, as after any dialog.
      opener?.focus();
    };
  }, [opener]);
  return (
    <Dialog
      open
      modalType="modal"
      // No opening and closing animation: the dialog is there at once, and gone at once.
      surfaceMotion={null}
      onOpenChange={(_event, data) => {
        // Escape closes; a click beside the dialog does not lose what was typed in it.
        if (!data.open && data.type === 'escapeKeyDown') onClose();
      }}
    >
      <DialogSurface backdropMotion={null} className={['modal-dialog', className].filter(Boolean).join(' ')}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{children}</DialogContent>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
