import type { LayoutId, SlideDescriptor } from '../deck/types.ts';

/** What a layout component draws: a slide of its own layout. */
export interface LayoutProps<L extends LayoutId> {
  readonly slide: Extract<SlideDescriptor, { readonly layout: L }>;
}
