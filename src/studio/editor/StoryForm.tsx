import { useId, type Dispatch } from 'react';
import type { StudioStory } from '../model/authoring';
import type { EditorAction } from '../model/editorState';
import { problemsAt, type Problem } from '../model/problems';
import { describedBy, FieldMessages } from './FieldMessages';

interface StoryFormProps {
  story: StudioStory;
  problems: readonly Problem[];
  dispatch: Dispatch<EditorAction>;
}

type StoryField = 'title' | 'date' | 'dateBasis' | 'dateNote' | 'timeZone' | 'timeZoneName';
type SourceField = 'publisher' | 'url' | 'byline' | 'published';

const STORY_FIELDS: [StoryField, string, string?][] = [
  ['title', 'Title of the timeline (optional: the article’s headline otherwise)'],
  ['date', 'Article’s date', 'YYYY-MM-DD'],
  ['dateBasis', 'The article’s date is (stated or inferred)'],
  ['dateNote', 'How the article’s date was worked out (when inferred)'],
  ['timeZone', 'Time zone of the article’s times of day (IANA, e.g. Asia/Jakarta)'],
  ['timeZoneName', 'How to name that zone beside a time (e.g. WIB)'],
];
const SOURCE_FIELDS: [SourceField, string][] = [
  ['publisher', 'Publisher'],
  ['url', 'Address of the article (http or https)'],
  ['byline', 'Byline'],
  ['published', 'Published (date or time)'],
];

/** The story block: its title, the article's date, time zone, headlines and source, each with the pipeline's messages. */
export function StoryForm({ story, problems, dispatch }: StoryFormProps) {
  const ids = useId();
  const headlineProblems = problemsAt(problems, 'story.headlines', true);
  return (
    <section aria-labelledby={`${ids}-heading`} className="studio-panel">
      <h2 id={`${ids}-heading`}>The story</h2>
      {STORY_FIELDS.map(([field, label, placeholder]) => {
        const mine = problemsAt(problems, `story.${field}`);
        return (
          <div className="studio-field" key={field}>
            <label htmlFor={`${ids}-${field}`}>{label}</label>
            <input id={`${ids}-${field}`} value={story[field] ?? ''} placeholder={placeholder} onChange={(e) => dispatch({ type: 'story', field, value: e.target.value })} {...describedBy(`${ids}-${field}-m`, mine)} />
            <FieldMessages id={`${ids}-${field}-m`} problems={mine} />
          </div>
        );
      })}
      <div className="studio-field">
        <label className="studio-choice">
          <input type="checkbox" checked={story.headlines === undefined} onChange={(e) => dispatch({ type: 'headlines', value: e.target.checked ? undefined : [] })} />
          The headlines are the lines before the first blank line
        </label>
        {story.headlines !== undefined && (
          <>
            <label htmlFor={`${ids}-headlines`}>Headlines, one a line (each one of the article’s first lines)</label>
            <textarea
              id={`${ids}-headlines`}
              rows={3}
              value={story.headlines.join('\n')}
              onChange={(e) => dispatch({ type: 'headlines', value: e.target.value === '' ? [] : e.target.value.split('\n') })}
              {...describedBy(`${ids}-headlines-m`, headlineProblems)}
            />
          </>
        )}
        <FieldMessages id={`${ids}-headlines-m`} problems={headlineProblems} />
      </div>
      <fieldset className="studio-figure">
        <legend>Source</legend>
        {SOURCE_FIELDS.map(([field, label]) => {
          const mine = problemsAt(problems, `story.source.${field}`);
          return (
            <div className="studio-field" key={field}>
              <label htmlFor={`${ids}-source-${field}`}>{label}</label>
              <input id={`${ids}-source-${field}`} value={story.source?.[field] ?? ''} onChange={(e) => dispatch({ type: 'source', field, value: e.target.value })} {...describedBy(`${ids}-source-${field}-m`, mine)} />
              <FieldMessages id={`${ids}-source-${field}-m`} problems={mine} />
            </div>
          );
        })}
        {(
          [
            ['name', 'Licence the article is reused under (e.g. CC BY 2.5)'],
            ['url', 'Address of the licence'],
          ] as const
        ).map(([field, label]) => {
          const mine = problemsAt(problems, `story.source.license.${field}`);
          return (
            <div className="studio-field" key={`license-${field}`}>
              <label htmlFor={`${ids}-license-${field}`}>{label}</label>
              <input id={`${ids}-license-${field}`} value={story.source?.license?.[field] ?? ''} onChange={(e) => dispatch({ type: 'license', field, value: e.target.value })} {...describedBy(`${ids}-license-${field}-m`, mine)} />
              <FieldMessages id={`${ids}-license-${field}-m`} problems={mine} />
            </div>
          );
        })}
      </fieldset>
    </section>
  );
}
