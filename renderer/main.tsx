import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, openingLanguage } from './app/App.tsx';
import { loadCharts } from './charts/load-charts.ts';
import { afterFirstView, loadOpeningFaces, preloadFonts } from './deck/readiness.ts';
import { parseUrl } from './deck/url.ts';
import './styles/fonts.css';
import './styles/tokens.css';
import './styles/deck.css';
import './styles/charts.css';

const options = parseUrl(window.location.search, window.location.hash);
for (const warning of options.warnings) console.warn(`Ignored URL parameter: ${warning}`);
document.documentElement.dataset.mode = options.mode;
// The fonts arrive while the app renders its first view, instead of after it.
loadOpeningFaces(openingLanguage(options));

// Paper shows every chart at once: their code is fetched while the app renders the pages.
if (options.mode === 'print') void loadCharts().catch(() => undefined);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App options={options} />
  </StrictMode>,
);

// On screen, the chart code and every font face are fetched once the first slide is drawn, so
// that the next slide is ready when the presenter turns to it. A failure here is not reported:
// a chart that needs the code asks again and its slide shows the error; a face falls back to
// the system's.
if (options.mode !== 'print') {
  afterFirstView(() => {
    void loadCharts().catch(() => undefined);
    void preloadFonts().catch(() => undefined);
  });
}
