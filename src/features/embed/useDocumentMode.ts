import { useEffect } from 'react';

/** A colour scheme a link forces, as `theme.css` reads it from `<html data-theme>`. */
export type ThemeOverride = 'light' | 'dark' | null;

/**
 * Marks `<html>` with the forced colour scheme (`data-theme`) and the compact view (`data-embed`).
 * index.html's inline script does the same from the URL before the first paint; this keeps the
 * marks right where that script could not run (a page served with a strict script policy).
 */
export function useDocumentMode(embed: boolean, theme: ThemeOverride): void {
  useEffect(() => {
    const root = document.documentElement;
    if (theme) root.dataset.theme = theme;
    else delete root.dataset.theme;
    if (embed) root.dataset.embed = '';
    else delete root.dataset.embed;
  }, [embed, theme]);
}
