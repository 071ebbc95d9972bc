/**
 * The chart code (all-charts.ts with Recharts, about half of the renderer's JavaScript) is
 * built as a second classic script, loaded after the first paint: the app's own script stays
 * small and still opens from file://, where module scripts and their chunks cannot load.
 * electron.vite.config.ts builds it with these names; load-charts.ts loads it.
 */

/** The chart bundle's file, relative to index.html. */
export const CHART_BUNDLE_FILE = 'assets/charts.js';

/** The global the chart bundle's exports are assigned to. */
export const CHART_BUNDLE_GLOBAL = 'BriefingCharts';

/** The global through which the app lends its modules to the chart bundle. */
export const SHARED_GLOBAL = 'BriefingShared';

/**
 * Modules the chart bundle takes from the app instead of bundling copies: one React, one
 * i18next binding and one render context, or hooks and contexts would not see each other; and
 * one set of number and date formatters (format.ts), which ICU is slow to build, instead of a
 * second set built again for the charts.
 * Keys are import specifiers as written in renderer/charts/; values are names in SHARED_GLOBAL.
 */
export const SHARED_MODULES = {
  react: 'React',
  'react-dom': 'ReactDom',
  'react/jsx-runtime': 'JsxRuntime',
  'react-i18next': 'ReactI18next',
  '../deck/render-context.ts': 'RenderContext',
  '../i18n/format.ts': 'Format',
} as const;
