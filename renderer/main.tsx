import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { parseUrl } from './deck/url.ts';
import './styles/fonts.css';
import './styles/deck.css';

const options = parseUrl(window.location.search, window.location.hash);
for (const warning of options.warnings) console.warn(`Ignored URL parameter: ${warning}`);
document.documentElement.dataset.mode = options.mode;

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App options={options} />
  </StrictMode>,
);
