import type { MouseEvent } from 'react';
import { EVENT_DETAIL_ID } from './detailId';

/** The way back after the words a "show in article" link led to ("↩ Back to the event"); without JavaScript, a link to the event detail. */
export function WayBackLink({ label, onClick }: { label: string; onClick: (event: MouseEvent<HTMLAnchorElement>) => void }) {
  return (
    <a href={`#${EVENT_DETAIL_ID}`} className="article__return" onClick={onClick}>
      <span aria-hidden="true">↩</span>
      {label}
    </a>
  );
}
