import type { SlideDescriptor } from '../deck/types.ts';

export interface LayoutProps {
  readonly slide: SlideDescriptor;
}
