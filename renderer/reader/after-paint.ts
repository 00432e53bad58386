/**
 * Work that can wait until what just changed is on screen: a callback run
 * once the next frame has been painted. A requestAnimationFrame callback
 * alone runs before that frame's paint, so its work would hold the change
 * back; a task posted from it runs after the paint.
 */

/** Runs `callback` after the next paint; returns the function that cancels it. */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
