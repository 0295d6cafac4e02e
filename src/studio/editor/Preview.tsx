import { useMemo, useState, type CSSProperties } from 'react';
import { kindTable, laneColourProperties } from '../../shared/schema/kinds';
import { vocabularyOf } from '../../shared/schema/storyVocabulary';
import type { Timeline } from '../../shared/schema/schema';
import { TimelineChart } from '../../features/timeline/TimelineChart';
import { createViewStore } from '../../features/timeline/viewStore';

interface PreviewProps {
  preview: Timeline | null;
  /** Events left out of the preview for their problems. */
  leftOut: number;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The timeline as readers will see it, drawn by the reader's own chart from the data as far as it derives. */
export function Preview({ preview, leftOut, selectedId, onSelect }: PreviewProps) {
  // The preview's own view, held as the reader's page holds it: it opens on the story's first view.
  const [view] = useState(() => createViewStore(null));
  // The story's own kinds: lanes, shapes and colours, as the reader's page draws them.
  const kinds = useMemo(() => (preview ? kindTable(vocabularyOf(preview)) : null), [preview]);
  const colours = useMemo(() => (kinds ? (laneColourProperties(kinds) as CSSProperties) : undefined), [kinds]);
  return (
    <section aria-labelledby="studio-preview-heading" className="studio-panel studio-preview story-colours" style={colours}>
      <h2 id="studio-preview-heading">Preview</h2>
      {leftOut > 0 && (
        <p className="studio-muted">
          {leftOut} event{leftOut === 1 ? ' is' : 's are'} left out of the preview until {leftOut === 1 ? 'its problems are' : 'their problems are'} fixed.
        </p>
      )}
      {preview && kinds ? (
        <TimelineChart
          key={preview.events.length === 0 ? 'empty' : 'chart'}
          events={preview.events}
          story={preview.story}
          kinds={kinds}
          selectedId={selectedId && preview.events.some((e) => e.id === selectedId) ? selectedId : null}
          onSelect={onSelect}
          view={view}
        />
      ) : (
        <p>No event passes the checks yet: the preview draws events as soon as they do.</p>
      )}
    </section>
  );
}
