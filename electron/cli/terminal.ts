/**
 * Text for a person's terminal. Titles, text and file names come from web
 * pages and other people's files; their control characters (ESC, BEL, CSI,
 * carriage returns…) would move the cursor, retitle the window or clear the
 * screen. Lines and tabs stay; every other C0 and C1 control goes.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function humanText(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}
