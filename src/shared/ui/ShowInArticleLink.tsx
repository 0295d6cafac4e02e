import type { ReactNode } from 'react';
import type { PassageId } from '../article/passages';
import { revealOnPlainClick } from '../article/reveal';

/**
 * An in-page link to a passage of the article ("Show in article", or the quoted words
 * themselves), used by the event detail and the figures alike. A plain click asks the panel to
 * open, scroll to the passage and focus it; without JavaScript it is an ordinary anchor to the
 * passage's id.
 */
export function ShowInArticleLink({ passage, className, lang, children }: { passage: PassageId; className?: string; lang?: string | undefined; children: ReactNode }) {
  return (
    <a className={className} lang={lang} href={`#${passage}`} onClick={(event) => revealOnPlainClick(event, passage)}>
      {children}
    </a>
  );
}
