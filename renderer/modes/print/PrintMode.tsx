import { useRef, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../charts/Chart.tsx';
import { SlideView } from '../../components/SlideView.tsx';
import { Thumbnail, useViewport } from '../../components/Stage.tsx';
import { SourceList } from '../../data/SourceList.tsx';
import type { Paper, PerPage, PrintLayout } from '../../../core/modes.ts';
import { numberedTitle, pdfOutline } from '../../../core/pdf-outline.ts';
import { pageCss, screenZoom } from './print-css.ts';
import { useDeckReady } from '../../deck/readiness.ts';
import { RenderContext, useRenderContext } from '../../deck/render-context.ts';
import { useSlideText } from '../../deck/slide-text.ts';
import { SLIDES } from '../../deck/slides.ts';
import { chartsOf, type SlideDescriptor } from '../../deck/types.ts';
import { formatDate } from '../../i18n/format.ts';
import { LANGUAGES } from '../../../core/languages.ts';

interface Props {
  readonly layout: PrintLayout;
  readonly paper: Paper;
  readonly perPage: PerPage;
}

/**
 * Width of a slide picture on a handout page, by slides per page (CSS px), and the ruled
 * lines for notes beside or under each one, as office suites print them. Sized so that a
 * sheet fits the shorter of the two papers (Letter: ~935 px of text height) without splitting
 * a slide across pages.
 */
const SLIDE_WIDTH: Record<PerPage, number> = { 1: 688, 2: 500, 3: 330, 6: 300 };
const NOTE_LINES: Record<PerPage, number> = { 1: 0, 2: 4, 3: 6, 6: 2 };

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A slide drawn for paper: charts drawn (never tables), no animation. */
function PrintedSlide({
  slide,
  index,
  width,
}: {
  slide: SlideDescriptor;
  index: number;
  width: number;
}) {
  return (
    <Thumbnail width={width} print>
      <SlideView slide={slide} index={index} total={SLIDES.length} current={false} />
    </Thumbnail>
  );
}

/** The numbers of a slide's charts as tables, with their sources (handout, one per page). */
function SlideData({ slide }: { slide: SlideDescriptor }) {
  const { t } = useTranslation();
  const context = useRenderContext();
  const charts = chartsOf(slide);
  if (charts.length === 0) return null;
  return (
    <RenderContext.Provider value={{ ...context, showTables: true }}>
      <section className="handout-data">
        <h3>{t('print.data')}</h3>
        {charts.map((id) => (
          <Chart key={id} id={id} width={688} height={400} />
        ))}
      </section>
    </RenderContext.Provider>
  );
}

/**
 * Shown on screen only (print mode is also opened in a browser, e.g. from `npm run web`):
 * what the page is, and the browser's print dialog, which can also save a PDF.
 */
function PrintBar() {
  const { t } = useTranslation();
  return (
    <div className="print-bar" role="region" aria-label={t('print.printBar')}>
      <p className="print-bar__hint">{t('print.printBarHint')}</p>
      <button type="button" className="chrome-button" onClick={() => window.print()}>
        {t('print.printBar')}
      </button>
    </div>
  );
}

function NoteLines({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <div className="note-lines" role="presentation" aria-label={t('print.noteSpace')}>
      {Array.from({ length: count }, (_, i) => (
        <span key={i} className="note-lines__line" />
      ))}
    </div>
  );
}

/**
 * `?mode=print`: every slide laid out for paper, drawn by the same SlideView as the screen.
 * `layout=slides`: one 16:9 page per slide. `layout=handout`: a cover, then either each slide
 * with its notes, data tables and sources (perPage=1) or 2, 3 or 6 slides a page with ruled
 * note space; the sources list closes it. Page size and footer come from @page rules.
 */
export function PrintMode({ layout, paper, perPage }: Props) {
  const { t } = useTranslation();
  const text = useSlideText();
  const { lang } = useRenderContext();
  const root = useRef<HTMLDivElement>(null);
  useDeckReady(root, `print:${layout}:${paper}:${perPage}:${lang}`);
  const [windowWidth] = useViewport();
  const total = SLIDES.length;
  const css = pageCss(layout, paper, {
    left: `${t('app.name')} · ${LANGUAGES[lang].name}`,
    pageOf: t('print.pageOf', { page: '{{page}}', pages: '{{pages}}' }),
  });
  // Read by the PDF exporter (CLI and desktop app), which writes these as the bookmarks.
  const outline = (
    <script type="application/json" data-pdf-outline="">
      {JSON.stringify(
        pdfOutline({
          layout,
          perPage,
          slides: SLIDES.map((slide) => ({
            title: text(slide.title),
            hasData: chartsOf(slide).length > 0,
          })),
          headings: {
            cover: t('app.name'),
            notes: t('print.notes'),
            data: t('print.data'),
            sources: t('print.sources'),
          },
        }),
      )}
    </script>
  );

  if (layout === 'slides') {
    return (
      <div
        ref={root}
        className="mode mode--print print--slides"
        style={{ '--screen-zoom': screenZoom(windowWidth) } as CSSProperties}
      >
        <style>{css}</style>
        {outline}
        <PrintBar />
        {SLIDES.map((slide, index) => (
          <div key={slide.id} className="print-page print-page--slide">
            <SlideView slide={slide} index={index} total={total} current={false} />
          </div>
        ))}
      </div>
    );
  }

  const today = new Date().toISOString().slice(0, 10);
  const titleSlide = SLIDES[0];
  let body: ReactNode;
  if (perPage === 1) {
    body = SLIDES.map((slide, index) => (
      <article key={slide.id} className="handout-item handout-item--full">
        <h2 className="handout-item__title">{numberedTitle(index, text(slide.title))}</h2>
        <PrintedSlide slide={slide} index={index} width={SLIDE_WIDTH[1]} />
        <h3>{t('print.notes')}</h3>
        <p className="handout-item__notes">{text(slide.notes)}</p>
        <SlideData slide={slide} />
      </article>
    ));
  } else {
    body = chunks(
      SLIDES.map((slide, index) => ({ slide, index })),
      perPage,
    ).map((sheet) => (
      <div key={sheet[0]?.slide.id} className={`handout-sheet handout-sheet--${perPage}`}>
        {sheet.map(({ slide, index }) => (
          <article key={slide.id} className="handout-item">
            <h2 className="handout-item__title">{numberedTitle(index, text(slide.title))}</h2>
            <div className="handout-item__body">
              <PrintedSlide slide={slide} index={index} width={SLIDE_WIDTH[perPage]} />
              <NoteLines count={NOTE_LINES[perPage]} />
            </div>
          </article>
        ))}
      </div>
    ));
  }

  return (
    <div ref={root} className={`mode mode--print print--handout print--per-page-${perPage}`}>
      <style>{css}</style>
      {outline}
      <PrintBar />
      <section className="print-cover">
        <div className="print-cover__band" aria-hidden="true" />
        <p className="print-cover__kind">{t('print.handout')}</p>
        <h1>{t('app.name')}</h1>
        {titleSlide?.lead && <p className="print-cover__lead">{text(titleSlide.lead)}</p>}
        <dl className="print-cover__facts">
          <dt>{t('nav.language')}</dt>
          <dd>{LANGUAGES[lang].name}</dd>
          <dt>{t('print.contents')}</dt>
          <dd>{t('slide.count', { count: total })}</dd>
        </dl>
        <p className="print-cover__date">{t('print.date', { date: formatDate(lang, today) })}</p>
      </section>
      {body}
      <section className="handout-sources">
        <h2>{t('print.sources')}</h2>
        <SourceList />
      </section>
    </div>
  );
}
