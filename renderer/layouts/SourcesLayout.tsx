import { SourceList } from '../data/SourceList.tsx';
import type { LayoutProps } from './types.ts';
import { SlideHeader } from './SlideHeader.tsx';

export function SourcesLayout({ slide }: LayoutProps<'sources'>) {
  return (
    <div className="layout-sources">
      <SlideHeader slide={slide} />
      <SourceList />
    </div>
  );
}
