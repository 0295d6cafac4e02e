import type { ReactNode } from 'react';

/**
 * What the story shows, region by region. The shell fills the regions once; the full page and the
 * compact embed only arrange them, so a feature added to a region shows in both.
 */
export interface StoryRegions {
  /** Messages about parts of the link that were ignored. */
  notices: ReactNode;
  /** The zoomable timeline. */
  timeline: ReactNode;
  /** Previous / Next event: the whole story one event at a time, above the detail it fills. */
  steps: ReactNode;
  /** The selected event: its detail, its figures and sharing. */
  detail: ReactNode;
  /** Every figure the article states, by kind. */
  figures: ReactNode;
  /** The article with its quoted passages marked. */
  article: ReactNode;
  /** Every event in date order: the chart's text equivalent. */
  list: ReactNode;
  /** The source article's credit, under the full page (an embed credits it in its own line). */
  footer: ReactNode;
}
