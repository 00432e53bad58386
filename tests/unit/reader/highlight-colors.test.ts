import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_COLORS, HIGHLIGHT_STYLES } from '../../../shared/highlights.ts';
import { colorForKey, highlightColorProperties, labelledColors } from '../../../renderer/reader/highlight-colors.ts';
import { readerShortcuts } from '../../../renderer/reader/shortcuts.ts';

describe('highlight colours in CSS', () => {
  it('come from the one table in shared/highlights.ts', () => {
    const properties = highlightColorProperties();
    for (const color of HIGHLIGHT_COLORS) {
      const style = HIGHLIGHT_STYLES[color];
      expect(properties[`--hl-${color}`]).toBe(`light-dark(${style.light}, ${style.dark})`);
      expect(properties[`--hl-${color}-light`]).toBe(style.light);
      expect(properties[`--hl-${color}-dark`]).toBe(style.dark);
      expect(properties[`--hl-${color}-accent`]).toBe(style.accent);
    }
    expect(Object.keys(properties)).toHaveLength(HIGHLIGHT_COLORS.length * 4);
  });

  it('are keyed 1–5 and carry the user’s names', () => {
    expect(HIGHLIGHT_COLORS.map((_, i) => colorForKey(String(i + 1)))).toEqual([...HIGHLIGHT_COLORS]);
    expect(colorForKey('0')).toBeNull();
    expect(colorForKey('6')).toBeNull();
    expect(colorForKey('12')).toBeNull();
    expect(labelledColors({ yellow: 'Indicator' })[0]).toEqual({ color: 'yellow', label: 'Indicator', key: '1' });
    expect(labelledColors({})[1]!.label).toBe(HIGHLIGHT_STYLES.green.label);
  });

  it('name their shortcuts in the cheat sheet by meaning', () => {
    const descriptions = readerShortcuts({ blue: 'Gap' }).flatMap((group) => group.shortcuts.map((s) => s.description));
    expect(descriptions).toContain('Highlight as Gap');
    expect(descriptions).toContain(`Highlight as ${HIGHLIGHT_STYLES.yellow.label}`);
    for (const wanted of ['Next highlight', 'Previous highlight', 'Delete the highlight', 'Show these shortcuts']) expect(descriptions).toContain(wanted);
  });
});
