import { Chart } from '../charts/Chart.tsx';
import { useSlideText } from '../deck/slide-text.ts';
import type { LayoutProps } from './types.ts';
import { SlideHeader } from './SlideHeader.tsx';

/** Chart area in design pixels: the stage's content width, below the header. */
const CHART_AREA = { width: 1680, height: 600, gap: 40 };

export function ChartLayout({ slide }: LayoutProps<'chart'>) {
  const text = useSlideText();
  const charts = slide.charts;
  const width =
    charts.length > 1
      ? Math.floor((CHART_AREA.width - CHART_AREA.gap * (charts.length - 1)) / charts.length)
      : CHART_AREA.width;
  return (
    <div className="layout-chart">
      <SlideHeader slide={slide} />
      <div className="layout-chart__charts">
        {charts.map((id) => (
          <Chart key={id} id={id} width={width} height={CHART_AREA.height} />
        ))}
      </div>
      {slide.caveat && (
        <p className="slide__caveat">
          <svg className="slide__caveat-mark" viewBox="0 0 24 24" aria-hidden="true">
            <circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" strokeWidth="2" />
            <rect x="10.75" y="10" width="2.5" height="8" rx="1" fill="currentColor" />
            <circle cx="12" cy="6.75" r="1.5" fill="currentColor" />
          </svg>
          <span>{text(slide.caveat)}</span>
        </p>
      )}
    </div>
  );
}
