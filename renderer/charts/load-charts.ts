import * as React from 'react';
import * as ReactDom from 'react-dom';
import * as JsxRuntime from 'react/jsx-runtime';
import * as ReactI18next from 'react-i18next';
import * as RenderContext from '../deck/render-context.ts';
import * as Format from '../i18n/format.ts';
import { loadClassicScript } from '../platform/classic-script.ts';
import type { ChartRegistry } from './types.ts';
import {
  CHART_BUNDLE_FILE,
  CHART_BUNDLE_GLOBAL,
  SHARED_GLOBAL,
  type SHARED_MODULES,
} from './chart-bundle.ts';

type SharedModules = Record<(typeof SHARED_MODULES)[keyof typeof SHARED_MODULES], unknown>;

const LENT: SharedModules = { React, ReactDom, JsxRuntime, ReactI18next, RenderContext, Format };

interface ChartBundleGlobals {
  [SHARED_GLOBAL]?: SharedModules;
  [CHART_BUNDLE_GLOBAL]?: { CHARTS?: ChartRegistry };
}

/** Adds the chart bundle's script to the page and resolves with what it exported. */
function loadChartScript(): Promise<ChartRegistry> {
  const globals = window as Window & ChartBundleGlobals;
  globals[SHARED_GLOBAL] = LENT;
  return loadClassicScript(
    CHART_BUNDLE_FILE,
    () => globals[CHART_BUNDLE_GLOBAL]?.CHARTS,
    'the charts',
  );
}

let loading: Promise<ChartRegistry> | undefined;
let loaded: ChartRegistry | undefined;

/** The charts, if they have loaded: a chart can then be drawn in the same render. */
export function loadedCharts(): ChartRegistry | undefined {
  return loaded;
}

/**
 * The deck's charts, loaded once. The production build loads the separately built chart
 * bundle; the dev server and unit tests, which serve modules, import the same code directly.
 * A failed load is not kept, so a chart shown later tries again.
 */
export function loadCharts(): Promise<ChartRegistry> {
  loading ??= (
    import.meta.env.DEV ? import('./all-charts.ts').then((m) => m.CHARTS) : loadChartScript()
  ).then(
    (charts) => (loaded = charts),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
