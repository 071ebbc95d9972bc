import { useRef, useState } from 'react';
import { OverviewGrid } from '../../components/OverviewGrid.tsx';
import { useDeckReady } from '../../deck/readiness.ts';
import { useRenderContext } from '../../deck/render-context.ts';
import { slideAt } from '../../deck/slides.ts';
import { indexOfSlide } from '../../deck/use-deck.ts';
import { hashForSlide, slideIdFromHash } from '../../deck/url.ts';

/** `?mode=overview`: the grid of all slides as a page; opening one presents from there. */
export function OverviewMode() {
  const root = useRef<HTMLDivElement>(null);
  const { lang } = useRenderContext();
  useDeckReady(root, `overview:${lang}`);
  const [current, setCurrent] = useState(() => indexOfSlide(slideIdFromHash(window.location.hash)));
  const open = (index: number) => {
    const params = new URLSearchParams(window.location.search);
    params.set('mode', 'present');
    window.location.assign(`?${params.toString()}${hashForSlide(slideAt(index).id)}`);
  };
  return (
    <div ref={root} className="mode mode--overview">
      <OverviewGrid current={current} onHighlight={setCurrent} onOpen={open} />
    </div>
  );
}
