import { useMemo } from 'react';
import type { TimelineEvent } from '../../shared/schema/schema';
import { sortByTime } from '../../shared/time/calendar';
import { stepState } from './steps';
import './steps.css';
import { useStoryDirection, useUiLang } from '../../shared/ui/storyLanguage';
import { useFullMessages } from '../../shared/ui/useFullMessages';

interface EventStepperProps {
  events: readonly TimelineEvent[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/**
 * Previous / Next event: a reader on a phone steps through the whole story in time order without
 * pinching, as a slide show's arrows do. Each step selects the event, so the chart brings it into
 * view and the detail below shows it with its quotes (and announces it: the buttons say nothing
 * more). At the ends a button says so (aria-disabled) but keeps its focus.
 */
export function EventStepper({ events, selectedId, onSelect }: EventStepperProps) {
  const ids = useMemo(() => sortByTime(events).map((event) => event.id), [events]);
  const { index, count, previous, next } = stepState(ids, selectedId);
  const t = useFullMessages();
  // Each arrow points to where its events are: the earlier ones on the page's start side, the
  // right in a right-to-left story (where the chart runs right to left too).
  const [back, forth] = useStoryDirection() === 'rtl' ? ['→', '←'] : ['←', '→'];
  const where = index === -1 ? t.stepCount({ count }) : t.stepWhere({ index: index + 1, count });
  return (
    <nav className="stepper" aria-label={t.stepperLabel} lang={useUiLang()}>
      <button type="button" className="stepper__button" aria-disabled={previous === null} onClick={() => previous !== null && onSelect(previous)}>
        <span aria-hidden="true">{back} </span>
        {t.previous}
        <span className="stepper__more">{t.stepEvent}</span>
      </button>
      <p className="stepper__where">{where}</p>
      <button type="button" className="stepper__button" aria-disabled={next === null} onClick={() => next !== null && onSelect(next)}>
        {index === -1 ? t.first : t.next}
        <span className="stepper__more">{t.stepEvent}</span>
        <span aria-hidden="true"> {forth}</span>
      </button>
    </nav>
  );
}
