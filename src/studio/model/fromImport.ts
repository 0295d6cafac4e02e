import type { ImportedEvent, ImportedTimeline } from '../import/timelinejs';
import type { StudioEvent } from './authoring';
import type { Proposal } from './editorState';
import { slugFor, uniqueId } from './ids';
import { kindFor, kindNamed, type StudioKind } from './kinds';

/**
 * Imported events as proposals: each keeps its title and text (as the summary), its date marked
 * inferred with a note saying where it came from and that the article's words must back it, and
 * no quote until the editor anchors it (the checks say "every event rests on at least one quote").
 */

function dateNoteOf(event: ImportedEvent, hasZone: boolean): string {
  const how =
    event.precision === 'year'
      ? 'gives only the year, so it is drawn over the whole year'
      : event.precision === 'month'
        ? 'gives only the month, so it is drawn over the whole month'
        : `gives ${event.start.slice(0, 10)}`;
  const time = event.start.length > 10 && !hasZone ? ` and the time ${event.start.slice(11)} (declare the story’s time zone to place it)` : '';
  const display = event.displayDate ? `; it shows it as “${event.displayDate}”` : '';
  return `Imported from a TimelineJS3 timeline (${event.source}), which ${how}${time}${display}. Check it against the article’s words.`;
}

export function importedProposals(imported: ImportedTimeline, kinds: readonly StudioKind[], taken: Set<string>, hasZone: boolean): Proposal[] {
  return imported.events.map((event, i) => {
    const start = event.start.length > 10 && !hasZone ? event.start.slice(0, 10) : event.start;
    const end = event.end && event.end.length > 10 && !hasZone ? event.end.slice(0, 10) : event.end;
    const kind = (event.group ? kindNamed(event.group, kinds) : undefined) ?? kindFor(`${event.title} ${event.text}`, kinds).kind;
    const studio: StudioEvent = {
      id: uniqueId(slugFor(event.title), taken),
      kind,
      title: event.title,
      ...(event.text ? { summary: event.text } : {}),
      start,
      ...(end && end !== start ? { end } : {}),
      dateBasis: 'inferred',
      dateNote: dateNoteOf(event, hasZone),
      figures: [],
      quotes: [],
    };
    return { key: `import-${i}-${event.source}`, event: studio, reasons: [studio.dateNote ?? ''], origin: 'import' };
  });
}
