// Type-checked with tsconfig.e2e.json. The comparison deck of `npm run bench`: the same thirteen
// slides as a reveal.js deck with Chart.js, generated from the project's own outline, locale
// files and dataset, so that the app's cold start is read beside a well-known deck's in the
// same run on the same server. Kept honest: the same titles, leads, points, saying and notes,
// a Chart.js chart for every chart of a chart slide (drawn when its slide is shown, as the app
// does), the same bundled Noto faces (no CDN), and ready only once its fonts are loaded.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ChartId } from '../../core/ids.ts';
import type { Language } from '../../core/languages.ts';
import { OUTLINE, type OutlineSlide } from '../../core/outline.ts';
import { MILESTONES, decimalYear } from '../../renderer/data/events.ts';
import {
  CHINA_REPORTED_TRADE,
  FDI_INFLOWS,
  KZ_PARTNER_SHARES_2023,
  KZ_REPORTED_TRADE,
  VISIT_YEARS,
} from '../../renderer/data/figures.ts';
import { ROUTE_WAYPOINTS } from '../../renderer/data/route.ts';
import { SCO_AREAS, SCO_GROUPS } from '../../renderer/data/sco-areas.ts';
import { textValues } from '../../renderer/data/text-values.ts';

type Tree = { [key: string]: string | Tree };

/** A Chart.js configuration: what `new Chart(canvas, config)` takes. */
interface ChartConfig {
  type: 'bar' | 'line' | 'doughnut' | 'scatter';
  data: { labels?: readonly (string | number)[]; datasets: Record<string, unknown>[] };
}

/** One Chart.js chart per chart of the deck, from the same dataset the app draws. */
const CHARTS: Record<ChartId, ChartConfig> = {
  milestones: {
    type: 'scatter',
    data: {
      datasets: [
        {
          label: 'milestones',
          data: MILESTONES.map((m, i) => ({ x: decimalYear(m.date, m.precision), y: i % 3 })),
        },
      ],
    },
  },
  'trade-growth': {
    type: 'line',
    data: {
      labels: CHINA_REPORTED_TRADE.map((p) => p.year),
      datasets: [{ label: 'US$ bn', data: CHINA_REPORTED_TRADE.map((p) => p.value) }],
    },
  },
  'trade-reported': {
    type: 'bar',
    data: {
      labels: KZ_REPORTED_TRADE.map((p) => p.year),
      datasets: [
        { label: 'exports', data: KZ_REPORTED_TRADE.map((p) => p.exports) },
        { label: 'imports', data: KZ_REPORTED_TRADE.map((p) => p.imports) },
      ],
    },
  },
  'trade-share': {
    type: 'doughnut',
    data: {
      labels: KZ_PARTNER_SHARES_2023.map((p) => p.id),
      datasets: [{ data: KZ_PARTNER_SHARES_2023.map((p) => p.percent) }],
    },
  },
  investment: {
    type: 'bar',
    data: {
      labels: FDI_INFLOWS.map((p) => p.year),
      datasets: [{ label: 'US$ bn', data: FDI_INFLOWS.map((p) => p.value) }],
    },
  },
  visits: {
    type: 'bar',
    data: { labels: VISIT_YEARS, datasets: [{ label: 'visits', data: VISIT_YEARS.map(() => 1) }] },
  },
  'sco-areas': {
    type: 'bar',
    data: {
      labels: [...SCO_GROUPS],
      datasets: [
        {
          label: 'areas',
          data: SCO_GROUPS.map((g) => SCO_AREAS.filter((a) => a.group === g).length),
        },
      ],
    },
  },
  'lianyungang-route': {
    type: 'line',
    data: {
      labels: ROUTE_WAYPOINTS.map((w) => w.id),
      datasets: [{ label: 'latitude', data: ROUTE_WAYPOINTS.map((w) => w.lat) }],
    },
  },
};

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function wordsOf(lang: Language): (key: string) => string {
  const tree = JSON.parse(
    readFileSync(new URL(`../../locales/${lang}/slides.json`, import.meta.url), 'utf8'),
  ) as Tree;
  const values: Record<string, string> = textValues(lang);
  return (key) => {
    const found = key
      .split('.')
      .reduce<Tree | string | undefined>(
        (node, part) => (typeof node === 'object' ? node[part] : undefined),
        tree,
      );
    const text = typeof found === 'string' ? found : '';
    return escape(text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? ''));
  };
}

function section(slide: OutlineSlide, words: (key: string) => string): string {
  const id = slide.id;
  const parts = [`<h2>${words(`${id}.title`)}</h2>`, `<p class="lead">${words(`${id}.lead`)}</p>`];
  if ('charts' in slide) {
    for (const chart of slide.charts) {
      parts.push(`<div class="chart"><canvas data-chart="${chart}"></canvas></div>`);
    }
  }
  if ('points' in slide) {
    parts.push(
      `<ol>${slide.points.map((p) => `<li>${words(`${id}.points.${p}`)}</li>`).join('')}</ol>`,
    );
  }
  if (slide.layout === 'quote') parts.push(`<blockquote>${words(`${id}.saying`)}</blockquote>`);
  parts.push(`<aside class="notes">${words(`${id}.notes`)}</aside>`);
  return `<section id="${id}">${parts.join('\n')}</section>`;
}

/** The page's own script: start reveal.js, draw a slide's charts when it is shown, say ready. */
const INIT = `
const charts = JSON.parse(document.getElementById('charts').textContent);
function draw(slide) {
  for (const canvas of slide.querySelectorAll('canvas[data-chart]:not([data-drawn])')) {
    canvas.dataset.drawn = 'true';
    new Chart(canvas, { ...charts[canvas.dataset.chart], options: { animation: false, maintainAspectRatio: false } });
  }
}
Reveal.on('slidechanged', (event) => draw(event.currentSlide));
Reveal.initialize({ hash: true, transition: 'none', controls: true, progress: true })
  .then(() => draw(Reveal.getCurrentSlide()))
  .then(() => document.fonts.ready)
  .then(() => { document.documentElement.dataset.deckReady = 'true'; });
`;

const STYLE = `
/* reveal.js's own themes inline their fonts as data: URIs, which the app's policy refuses. */
body { background: #fff; }
.reveal { font-family: 'Noto Sans', sans-serif; font-size: 40px; color: #1d2430; }
.reveal h2 { font-weight: 700; font-size: 1.6em; }
.reveal .lead { font-size: 0.7em; }
.reveal blockquote { font-family: 'Noto Serif', serif; font-style: italic; }
.reveal .chart { position: relative; height: 40vh; }
`;

/**
 * Writes the reveal.js deck in `lang` into `dir` (its index.html, reveal.js, Chart.js and the
 * fonts beside it), and returns the page's file name.
 */
export function writeRevealDeck(dir: string, lang: Language): string {
  mkdirSync(join(dir, 'fonts'), { recursive: true });
  const modules = new URL('../../node_modules/', import.meta.url);
  for (const file of [
    'reveal.js/dist/reveal.js',
    'reveal.js/dist/reveal.css',
    'chart.js/dist/chart.umd.min.js',
  ]) {
    copyFileSync(new URL(file, modules), join(dir, basename(file)));
  }
  // The app's own @font-face rules, pointing at copies of the same woff2 files.
  const fonts = readFileSync(
    new URL('../../renderer/styles/fonts.css', import.meta.url),
    'utf8',
  ).replace(/url\('\.\.\/\.\.\/node_modules\/(@fontsource\/[^']+)'\)/g, (_, path: string) => {
    copyFileSync(new URL(path, modules), join(dir, 'fonts', basename(path)));
    return `url('fonts/${basename(path)}')`;
  });
  writeFileSync(join(dir, 'deck.css'), `${fonts}\n${STYLE}`);
  writeFileSync(join(dir, 'deck.js'), INIT);
  const words = wordsOf(lang);
  const page = `<!doctype html>
<html lang="${lang}" data-deck-ready="false">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${words('title.title')}</title>
<link rel="stylesheet" href="reveal.css">
<link rel="stylesheet" href="deck.css">
</head>
<body>
<div class="reveal"><div class="slides">
${OUTLINE.map((slide) => section(slide, words)).join('\n')}
</div></div>
<script type="application/json" id="charts">${JSON.stringify(CHARTS)}</script>
<script src="reveal.js"></script>
<script src="chart.umd.min.js"></script>
<script src="deck.js"></script>
</body>
</html>
`;
  writeFileSync(join(dir, 'index.html'), page);
  return 'index.html';
}
