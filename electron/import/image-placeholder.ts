/**
 * The `src` an image gets between extraction (in the worker) and caching (in
 * main): swapped for the cached file, or the image removed, before saving.
 * Its own module so the main process need not load jsdom to use it.
 */
export const imagePlaceholder = (index: number): string => `briefing-image:${index}`;
