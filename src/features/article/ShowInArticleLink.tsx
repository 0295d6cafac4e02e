import type { ReactNode } from 'react';
import { revealOnPlainClick } from '../../shared/article/reveal';

/**
 * An in-page link to a passage of the article. A plain click asks the panel to open, scroll to
 * the passage and focus it; without JavaScript it is an ordinary anchor to the passage's id.
 */
export function ShowInArticleLink({ passageElementId, className, children }: { passageElementId: string; className?: string; children: ReactNode }) {
  return (
    <a className={className} href={`#${passageElementId}`} onClick={(event) => revealOnPlainClick(event, passageElementId)}>
      {children}
    </a>
  );
}
