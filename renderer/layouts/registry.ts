import type { ComponentType } from 'react';
import type { LayoutId } from '../deck/types.ts';
import { ChartLayout } from './ChartLayout.tsx';
import { QuoteLayout } from './QuoteLayout.tsx';
import { SourcesLayout } from './SourcesLayout.tsx';
import { StatementLayout } from './StatementLayout.tsx';
import { TitleLayout } from './TitleLayout.tsx';
import type { LayoutProps } from './types.ts';

/** Turns a slide descriptor's layout into the component that draws it. */
export const LAYOUTS: Record<LayoutId, ComponentType<LayoutProps>> = {
  title: TitleLayout,
  chart: ChartLayout,
  statement: StatementLayout,
  quote: QuoteLayout,
  sources: SourcesLayout,
};
