/**
 * The theme's grounds and text colours in each colour scheme, as `src/app/theme.css` declares them
 * (`theme.test.ts` holds the two equal). A story's own colours are checked against these at build
 * time, so the check knows what every mark, bar and band will sit on.
 */

/** The colours a story's lane colours are drawn over and beside. */
export interface SchemeColours {
  /** The page. */
  bg: string;
  /** Shaded lanes, panels, the overview strip. */
  surface: string;
  /** Body text. */
  text: string;
  /** Quieter text: axis labels, dates. */
  muted: string;
}

export type SchemeName = 'light' | 'dark';

export const SCHEMES: Readonly<Record<SchemeName, SchemeColours>> = {
  light: { bg: '#ffffff', surface: '#f4f5f7', text: '#16181d', muted: '#4a505a' },
  dark: { bg: '#121417', surface: '#1d2127', text: '#eceff3', muted: '#b3bac4' },
};
