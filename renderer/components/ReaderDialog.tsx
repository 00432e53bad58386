/**
 * A modal dialog of the reader (keyboard shortcuts, colour names): the
 * browser's own <dialog> opened with showModal(), so the rest of the window is
 * inert and Escape closes it; focus starts on the field marked `data-autofocus`
 * (else on Close) and goes back where it was. It stays inside
 * the reader, so it sees the reader's custom properties (highlight colours).
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useBackdropClose } from '../dom/dialog-clicks.ts';
import { CloseIcon } from './icons.tsx';
import { QuotedNames } from './QuotedNames.tsx';

interface ReaderDialogProps {
  title: string;
  description?: ReactNode;
  className?: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
}

export function ReaderDialog({ title, description, className, onClose, children, footer }: ReaderDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const backdropClose = useBackdropClose(dialogRef, onClose);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // React's autoFocus runs while the dialog is still closed, where nothing can take focus, so showModal() would focus Close.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className={`modal-dialog reader-dialog${className ? ` ${className}` : ''}`}
      // The app's own words, left to right even inside a right-to-left article; its lines and names set their own direction.
      dir="ltr"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      {...backdropClose}
    >
      <div className="reader-dialog-inner">
        <header className="reader-dialog-header">
          <h2 className="reader-dialog-title" id={titleId}>
            <QuotedNames text={title} />
          </h2>
          <button type="button" className="icon-button" aria-label="Close" title="Close (Esc)" onClick={onClose}>
            <CloseIcon />
          </button>
        </header>
        {description ? (
          <p className="reader-dialog-description" id={descriptionId}>
            {description}
          </p>
        ) : null}
        <div className="reader-dialog-body">{children}</div>
        {footer ? <footer className="reader-dialog-footer">{footer}</footer> : null}
      </div>
    </dialog>
  );
}
