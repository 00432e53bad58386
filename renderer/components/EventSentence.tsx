/** A timeline event's sentence, in the app and in the PDF, with the words that date it marked. */
import { eventSentenceParts } from '../../shared/tradecraft/event-sentence.ts';
import type { TimelineEvent } from '../../shared/tradecraft/model.ts';

export function EventSentence({ event }: { event: Pick<TimelineEvent, 'sentence' | 'expression'> }) {
  const { before, expression, after } = eventSentenceParts(event.sentence, event.expression);
  return (
    <>
      {before}
      {expression ? <mark className="timeline-expression">{expression}</mark> : null}
      {after}
    </>
  );
}
