import type { CSSProperties } from 'react';
import { formatValue } from '../../shared/format/figures';
import { useStoryLanguage } from '../../shared/ui/storyLanguage';
import { useFullMessages } from '../../shared/ui/useFullMessages';
import { selectOnPlainClick } from '../../shared/links/plainClick';
import type { FigureBar } from './model';

interface BarRowProps {
  bar: FigureBar;
  /** Bar length in percent of the chart width, from the chart's one scale. */
  width: (value: number) => number;
  current: boolean;
  href: string;
  onSelect: (id: string) => void;
  /** True for a breakdown of the bar above ("23 minors, among the 30 prisoners"). */
  part?: boolean;
}

/**
 * One bar: its number, unit and what it counts, read first, then the bar, all inside one link to
 * the event. Bars from different series share a scale but never a label: every bar names itself.
 */
export function BarRow({ bar, width, current, href, onSelect, part = false }: BarRowProps) {
  const lang = useStoryLanguage();
  const t = useFullMessages();
  const { figure } = bar;
  const style = { '--bar-width': `${width(figure.value)}%` } as CSSProperties;
  return (
    <li className={`bar-row${part ? ' bar-row--part' : ''}`}>
      <a
        className="bar-row__link figure-link"
        href={href}
        aria-current={current ? 'true' : undefined}
        onClick={(event) => selectOnPlainClick(event, () => onSelect(bar.eventId))}
      >
        <span className="bar-row__text">
          {figure.qualifier && <span className="bar-row__qualifier">{figure.qualifier}</span>}
          {figure.qualifier && ' '}
          <span className="bar-row__value figure-value" data-figure-value={figure.value}>
            {formatValue(figure.value, lang)}
          </span>{' '}
          <span className="bar-row__unit">{figure.unit}</span> <span className="bar-row__label">{figure.label}</span>
          {figure.scope && ' '}
          {figure.scope && <span className="bar-row__scope">{figure.scope}</span>}
        </span>
        <span className="bar-row__track" aria-hidden="true">
          <span className={`bar-row__bar bar-row__bar--series-${bar.series % 4}`} style={style} />
        </span>
      </a>
      {bar.parts.length > 0 && (
        <ul className="bar-list bar-list--parts" aria-label={t.ofTheWhole({ whole: `${formatValue(figure.value, lang)} ${figure.unit}` })}>
          {bar.parts.map((partBar) => (
            <BarRow key={partBar.figureIndex} bar={partBar} width={width} current={current} href={href} onSelect={onSelect} part />
          ))}
        </ul>
      )}
    </li>
  );
}
