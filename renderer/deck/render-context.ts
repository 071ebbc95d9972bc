import { createContext, useContext } from 'react';
import type { Language } from '../../core/languages.ts';
import type { Mode } from '../../core/modes.ts';

/** What a slide needs to know about how it is being shown. */
export interface RenderContextValue {
  readonly mode: Mode;
  readonly lang: Language;
  /** Entry animations: present/kiosk/presenter only, and never under prefers-reduced-motion. */
  readonly animate: boolean;
  /** Show every chart's data table (handout layout) instead of the on-screen toggle. */
  readonly showTables: boolean;
}

export const RenderContext = createContext<RenderContextValue>({
  mode: 'present',
  lang: 'en',
  animate: false,
  showTables: false,
});

export function useRenderContext(): RenderContextValue {
  return useContext(RenderContext);
}
