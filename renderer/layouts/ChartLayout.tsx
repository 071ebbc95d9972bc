import { CHARTS } from '../charts/registry.ts';
import { useSlideText } from '../deck/slide-text.ts';
import type { LayoutProps } from './types.ts';
import { SlideHeader } from './SlideHeader.tsx';

/** Chart area in design pixels: the stage's content width, below the header. */
const CHART_AREA = { width: 1680, height: 600, gap: 40 };

export function ChartLayout({ slide }: LayoutProps) {
  const text = useSlideText();
  const charts = slide.charts ?? [];
  const width =
    charts.length > 1
      ? Math.floor((CHART_AREA.width - CHART_AREA.gap * (charts.length - 1)) / charts.length)
      : CHART_AREA.width;
  return (
    <div className="layout-chart">
      <SlideHeader slide={slide} />
      <div className="layout-chart__charts">
        {charts.map((id) => {
          const Chart = CHARTS[id];
          return <Chart key={id} width={width} height={CHART_AREA.height} />;
        })}
      </div>
      {slide.caveat && (
        <p className="slide__caveat">
          <span aria-hidden="true" className="slide__caveat-mark">
            ⓘ
          </span>{' '}
          {text(slide.caveat)}
        </p>
      )}
    </div>
  );
}
