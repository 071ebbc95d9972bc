import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { loadCharts } from './charts/load-charts.ts';
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

// The chart code is fetched once the first slide is up, so that the next slide's chart is ready
// when the presenter turns to it. A failure here is not reported: the chart slide that needs
// the code asks again and shows its error.
requestIdleCallback(() => void loadCharts().catch(() => undefined), { timeout: 1000 });
