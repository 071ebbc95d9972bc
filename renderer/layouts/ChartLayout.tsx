import { Chart } from '../charts/Chart.tsx';
import { useSlideOrientation } from '../deck/render-context.ts';
import { useSlideText } from '../deck/slide-text.ts';
import type { LayoutProps } from './types.ts';
import { chartSlot } from './chart-slot.ts';
import { SlideHeader } from './SlideHeader.tsx';

export function ChartLayout({ slide }: LayoutProps<'chart'>) {
  const text = useSlideText();
  const charts = slide.charts;
  const { width, height } = chartSlot(
    useSlideOrientation(),
    charts.length,
    slide.caveat !== undefined,
  );
  return (
    <div className="layout-chart">
      <SlideHeader slide={slide} />
      <div className="layout-chart__charts">
        {charts.map((id) => (
          <Chart key={id} id={id} width={width} height={height} />
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
