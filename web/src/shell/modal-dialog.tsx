import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  /** The dialog's heading, which is also its accessible name. */
  readonly title: string;
  /** Called when the dialog is dismissed with Escape (render it no longer to close it). */
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly className?: string;
}

/**
 * A real modal dialog (`<dialog>` opened with `showModal()`): the page behind is inert, focus moves
 * in, Escape closes it. Mount it to open it and unmount it to close it.
 */
export function ModalDialog({ title, onClose, children, className }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      // Focus goes back where it was, as after any dialog.
      opener?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className={['modal-dialog', className].filter(Boolean).join(' ')}
      onCancel={(event) => {
        // Escape: React decides when the dialog goes, by unmounting it.
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
