import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StudioApp } from './StudioApp';
import '../app/theme.css';
import './studio.css';

const container = document.getElementById('root');
if (!container) throw new Error('studio.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <StudioApp />
  </StrictMode>,
);
