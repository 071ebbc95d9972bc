import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { afterNextPaint } from '../platform/after-paint.ts';
import { useTranslation } from 'react-i18next';
import { sourceById, type SourceId } from '../data/sources.ts';
import { useChartToggle, useRenderContext } from '../deck/render-context.ts';
import type { ChartId } from '../../core/ids.ts';
import {
  ANIMATION_MS,
  CAPTION_FONT,
  estimateLines,
  estimateTextWidth,
  FRAME_GAP,
  FRAME_LINE,
  TICK_FONT,
  TITLE_FONT,
} from './chart-kit.ts';
import type { ChartTable } from './types.ts';

/** A toggle of the frame's header (besides "Data table"), e.g. the log-scale switch. */
export interface FrameToggle {
  readonly label: string;
  readonly pressed: boolean;
  readonly onToggle: () => void;
  /** The id of the element it shows or hides (aria-controls), if any. */
  readonly controls?: string;
}

export interface ChartFrameProps {
  readonly chartId: ChartId;
  /** Translated heading: the figure's accessible name. */
  readonly title: string;
  /** Sources of the numbers; the caption names them unless `caption` is given. */
  readonly sources: readonly SourceId[];
  /** A translated caption replacing the list of source names (when there are many). */
  readonly caption?: string;
  readonly table: ChartTable;
  /** Size of the whole figure in design pixels (the layout's chart slot). */
  readonly width: number;
  readonly height: number;
  /** How many marks (bars, sectors, dots, [data-mark]) the drawing has once drawn. */
  readonly marks?: number;
  /** Whether the drawing has a Recharts entry animation to wait for (when animate is on). */
  readonly animated?: boolean;
  readonly toggles?: readonly FrameToggle[];
  /** The drawing, given the size of the box left for it. */
  readonly children: (size: { width: number; height: number }) => ReactNode;
}

/**
 * When slides animate (present, kiosk), a new slide's text and frame are painted first and
 * its chart drawing a frame later: the page turns at once on a key press, and the drawing
 * then plays its entry animation. Elsewhere (print, overview) the drawing comes at once.
 */
function useDrawingAfterFirstFrame(animate: boolean): boolean {
  const [shown, setShown] = useState(!animate);
  useEffect(() => (shown ? undefined : afterNextPaint(() => setShown(true))), [shown]);
  return shown;
}

/** What counts as a drawn mark: Recharts bars, sectors and scatter symbols, or our own. */
export const MARK_SELECTOR = [
  '.recharts-bar-rectangle > *',
  '.recharts-pie-sector > *',
  '.recharts-scatter-symbol > *',
  '[data-mark]',
].join(', ');

/** Extra time after the entry animation, for its last frame to be painted. */
const SETTLE_MS = 120;

/**
 * Wraps every chart: `<figure data-chart>` named by its heading, the drawing, a caption
 * naming the sources, and a table of the same numbers. The table is always in the DOM:
 * visually hidden (screen readers still read it) until the "Data table" toggle is pressed
 * or the handout shows every table; then it takes the drawing's place, in the same box.
 *
 * Readiness: once the drawing's marks exist in the DOM (and its entry animation is over,
 * when animations are on) the figure gets data-chart-drawn="true"; the deck waits on it.
 */
export function ChartFrame({
  chartId,
  title,
  sources,
  caption,
  table,
  width,
  height,
  marks = 1,
  animated = true,
  toggles = [],
  children,
}: ChartFrameProps) {
  const { t } = useTranslation('data');
  const { animate, showTables, mode, lang } = useRenderContext();
  const [tablePressed, toggleTable] = useChartToggle(chartId, 'tables');
  const drawingShown = useDrawingAfterFirstFrame(animate);
  const tableShown = tablePressed;
  const interactive = mode !== 'print';
  const id = useId();
  const titleId = `${id}-title`;
  const tableId = `${id}-table`;
  const figureRef = useRef<HTMLElement>(null);
  const drawingRef = useRef<HTMLDivElement>(null);

  const names = sources.map((s) => t(sourceById(s).name));
  const captionText =
    caption ??
    (names.length > 1
      ? t('frame.sourceMany', { list: names.join(t('frame.listSeparator')) })
      : t('frame.sourceOne', { list: names[0] ?? '' }));

  const allToggles: FrameToggle[] = interactive
    ? [
        ...toggles,
        {
          label: t('frame.tableToggle'),
          pressed: tablePressed,
          onToggle: toggleTable,
          controls: tableId,
        },
      ]
    : [];

  // Reserve room for the heading, the toggles and the caption; the drawing gets the rest.
  const togglesWidth = allToggles.reduce(
    (sum, tog) => sum + estimateTextWidth(tog.label, TICK_FONT) + 48,
    0,
  );
  const titleLines = estimateLines(title, width - togglesWidth - 16, TITLE_FONT);
  const headerHeight = Math.max(titleLines * TITLE_FONT * FRAME_LINE, allToggles.length ? 44 : 0);
  const captionHeight = estimateLines(captionText, width, CAPTION_FONT) * CAPTION_FONT * FRAME_LINE;
  const drawing = {
    width,
    height: Math.max(120, Math.floor(height - headerHeight - captionHeight - 2 * FRAME_GAP)),
  };

  useEffect(() => {
    const figure = figureRef.current;
    const box = drawingRef.current;
    if (!figure) return;
    // The handout's table view draws nothing: it is ready as soon as it is in the DOM.
    if (showTables || !box) {
      figure.setAttribute('data-chart-drawn', 'true');
      return;
    }
    figure.removeAttribute('data-chart-drawn');
    let poll: ReturnType<typeof setTimeout> | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let found = false;
    const finish = () => figure.setAttribute('data-chart-drawn', 'true');
    const check = () => {
      if (found) return;
      if (box.querySelectorAll(MARK_SELECTOR).length >= marks) {
        found = true;
        observer.disconnect();
        clearTimeout(poll);
        if (animate && animated) timer = setTimeout(finish, ANIMATION_MS + SETTLE_MS);
        else finish();
      } else {
        // A timer, not an animation frame: frames stop in hidden or background pages (PDF
        // export, a second presenter window), and the figure would never be marked drawn.
        clearTimeout(poll);
        poll = setTimeout(check, 30);
      }
    };
    // DOM mutations are observed too, so a chart that draws is seen at once.
    const observer = new MutationObserver(check);
    observer.observe(box, { childList: true, subtree: true });
    check();
    return () => {
      observer.disconnect();
      clearTimeout(poll);
      clearTimeout(timer);
    };
  }, [animate, animated, marks, lang, showTables]);

  const figure = {
    ref: figureRef,
    'data-chart': chartId,
    // Which sources back the figures drawn: tests hold the sources slide to them.
    'data-sources': sources.join(' '),
    'aria-labelledby': titleId,
  };

  if (showTables) {
    // Handout: the numbers as a table at its natural height, under the chart's own heading.
    return (
      <figure {...figure} className="chart-table-figure">
        <h4 id={titleId} className="chart-table-figure__title">
          {title}
        </h4>
        <DataTable table={table} print />
        <figcaption className="chart-table-figure__caption">{captionText}</figcaption>
      </figure>
    );
  }

  return (
    <figure {...figure} className="chart-frame" style={{ width, height }}>
      <div className="chart-frame__header" style={{ minHeight: headerHeight }}>
        <h3 id={titleId} className="chart-frame__title">
          {title}
        </h3>
        {allToggles.length > 0 && (
          <div className="chart-frame__toggles">
            {allToggles.map((tog) => (
              <button
                key={tog.label}
                type="button"
                aria-pressed={tog.pressed}
                aria-controls={tog.controls}
                onClick={tog.onToggle}
                className="chart-frame__toggle"
              >
                {tog.label}
              </button>
            ))}
          </div>
        )}
      </div>
      <div className="chart-frame__body" style={{ width: drawing.width, height: drawing.height }}>
        <div
          ref={drawingRef}
          aria-hidden="true"
          className={
            tableShown
              ? 'chart-frame__drawing chart-frame__drawing--under-table'
              : 'chart-frame__drawing'
          }
        >
          {drawingShown && children(drawing)}
        </div>
        <div id={tableId} className={tableShown ? 'chart-frame__table' : 'visually-hidden'}>
          <DataTable table={table} />
        </div>
      </div>
      <figcaption className="chart-frame__caption">{captionText}</figcaption>
    </figure>
  );
}

/** The numbers as a table: screen size, or the handout's smaller print. */
function DataTable({ table, print = false }: { table: ChartTable; print?: boolean }) {
  return (
    <table className={print ? 'chart-data chart-data--print' : 'chart-data'}>
      <caption>{table.caption}</caption>
      {/* The header row opens the body rather than sitting in a <thead>: Chromium keeps a
          media query set for every <thead> ever created (its style engine's map of
          functional media queries), so a kiosk remounting charts for days grew without
          bound. scope="col" still makes these cells the column headers. */}
      <tbody>
        <tr>
          {table.head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {row.map((value, c) =>
              c === 0 ? (
                <th key={c} scope="row">
                  {value}
                </th>
              ) : (
                <td key={c}>{value}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
