import type { ReactNode } from 'react';
import './layout.css';
import '../../features/embed/embed.css';

/** The compact view while the data loads or when it fails: the same frame, so the iframe sizes to it. */
export function EmbedStatus({ children }: { children: ReactNode }) {
  return <main className="embed-layout">{children}</main>;
}
