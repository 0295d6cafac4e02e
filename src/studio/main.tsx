import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StudioApp } from './StudioApp';
import { loadCatalogue } from '../shared/i18n/catalogues';
import '../app/theme.css';
import './studio.css';

const container = document.getElementById('root');
if (!container) throw new Error('studio.html has no #root element');
// The studio speaks English; its preview of the chart needs the interface's English words first.
loadCatalogue('en').then(
  () =>
    createRoot(container).render(
      <StrictMode>
        <StudioApp />
      </StrictMode>,
    ),
  (error: unknown) => {
    container.textContent = `The studio could not load a part of itself (${String(error)}). Reload the page; if this goes on, restart npm run studio.`;
  },
);
