/**
 * Rules from the eleventh and twelfth blind parts (stop 28), each read from a line's shape rather than from a list of
 * one language's words, so that they hold on sites and languages the corpus has not seen. Each holds on invented lines
 * and leaves the look-alikes alone.
 */
import { describe, expect, it } from 'vitest';
import { matchFurniture } from '../../../shared/textdump/furniture.ts';
import { caseFolder } from '../../../shared/textdump/lang.ts';
import { countWords } from '../../../shared/text.ts';

/** The furniture rule a line matches on its own, or null. */
function ruleFor(line: string): string | null {
  return matchFurniture({ text: line, folded: caseFolder(null)(line), words: countWords(line) })?.name ?? null;
}

describe('a one-sentence caption closed by a labelled name, whatever the label word', () => {
  it.each([
    ['a Finnish credit', 'Lossi odottaa lähtöä Vellmarin satamassa. Kuva: Aino Laine'],
    ['a Spanish courtesy', 'Escena de «El faro del norte». Cortesía: Brisa Films'],
    ['a Vietnamese photo credit with an agency', 'Bộ trưởng phát biểu tại hội nghị. Ảnh: TTX/Lan Anh'],
    ['a Hungarian source', 'A komp a vellmari kikötőben. Forrás: Kikötői Hivatal'],
    ['a Czech credit after a closing quotation mark', 'Trajekt „Severka“ u mola. Snímek: Petr Dvořák'],
  ])('drops %s', (_, line) => {
    expect(ruleFor(line)).toBe('photo-caption');
  });

  it.each([
    ["a transcript's turn that ends on a stop", 'He paused for a moment. Marten: Thank you.'],
    ['two sentences before the label', 'The vote passed. It was close. Result: Approved'],
    ['a lower-case phrase after the colon', 'The mayor opened the meeting. Next: the harbour budget'],
    ['a headline with a colon and no sentence before it', 'Harbour Budget: What Changes In April'],
    [
      'a paragraph longer than a caption',
      'The harbour board met on Tuesday evening to weigh the ferry timetable for the winter months and the cost of keeping crews on standby through the storms that closed the port twice last year. Chair: Ilse Marten',
    ],
  ])('keeps %s', (_, line) => {
    expect(ruleFor(line)).toBeNull();
  });
});
