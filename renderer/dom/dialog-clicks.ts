/**
 * Clicks that open and close dialogs, made safe from double clicks.
 *
 * Closing a modal <dialog> by a click on its backdrop, and only by one that
 * was meant for it. The second click of a double click on the button that
 * opened the dialog lands on the backdrop the first click just put there: a
 * click that is part of a series (`detail` > 1) is ignored. So is a press
 * that began inside the dialog's box and was let go outside it (selecting
 * text in a field, say): the press must start on the backdrop too. Nor does
 * that second press select a word of the dialog, as a double click would.
 */
import { useRef, type MouseEvent, type PointerEvent, type RefObject } from 'react';

const outside = (dialog: HTMLDialogElement, x: number, y: number): boolean => {
  const box = dialog.getBoundingClientRect();
  return x < box.left || x > box.right || y < box.top || y > box.bottom;
};

/** Handlers to spread on the <dialog>: `onClose` runs for a single, deliberate click on the backdrop. */
export function useBackdropClose(
  dialogRef: RefObject<HTMLDialogElement | null>,
  onClose: () => void,
): {
  onPointerDown: (event: PointerEvent<HTMLDialogElement>) => void;
  onMouseDown: (event: MouseEvent<HTMLDialogElement>) => void;
  onClick: (event: MouseEvent<HTMLDialogElement>) => void;
} {
  const pressedOnBackdrop = useRef(false);
  return {
    onMouseDown: (event) => {
      if (event.detail > 1 && event.target === dialogRef.current) event.preventDefault();
    },
    onPointerDown: (event) => {
      const dialog = dialogRef.current;
      pressedOnBackdrop.current = dialog !== null && event.target === dialog && outside(dialog, event.clientX, event.clientY);
    },
    onClick: (event) => {
      const dialog = dialogRef.current;
      const pressed = pressedOnBackdrop.current;
      pressedOnBackdrop.current = false;
      if (!dialog || event.target !== dialog || event.detail > 1 || !pressed) return;
      if (outside(dialog, event.clientX, event.clientY)) onClose();
    },
  };
}

/**
 * For a button that toggles a popover panel (`popoverTarget`): the second
 * click of a double click would close the panel the first one opened.
 * Cancelling that click cancels the toggle; a single click still toggles.
 */
export function ignoreRepeatedClick(event: MouseEvent<HTMLElement>): void {
  if (event.detail > 1) event.preventDefault();
}
