import type { SlideDescriptor } from '../deck/types.ts';
import { ChartLayout } from './ChartLayout.tsx';
import { QuoteLayout } from './QuoteLayout.tsx';
import { SourcesLayout } from './SourcesLayout.tsx';
import { StatementLayout } from './StatementLayout.tsx';
import { TitleLayout } from './TitleLayout.tsx';

/** Draws a slide with the component of its layout; each gets a slide of its own kind. */
export function LayoutFor({ slide }: { readonly slide: SlideDescriptor }) {
  switch (slide.layout) {
    case 'title':
      return <TitleLayout slide={slide} />;
    case 'chart':
      return <ChartLayout slide={slide} />;
    case 'statement':
      return <StatementLayout slide={slide} />;
    case 'quote':
      return <QuoteLayout slide={slide} />;
    case 'sources':
      return <SourcesLayout slide={slide} />;
  }
}
