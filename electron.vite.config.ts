import { dirname, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { build, type Plugin, type PluginOption } from 'vite';
import { readdirSync, readFileSync } from 'node:fs';
import { contentSecurityPolicy } from './electron/main/csp.ts';
import { buildResources } from './renderer/i18n/resources.ts';
import {
  CHART_BUNDLE_FILE,
  CHART_BUNDLE_GLOBAL,
  SHARED_GLOBAL,
  SHARED_MODULES,
} from './renderer/charts/chart-bundle.ts';
import { PPTX_BUNDLE_FILE, PPTX_BUNDLE_GLOBAL } from './renderer/export/pptx/pptx-bundle.ts';
import { INTL_WARM_UP_FILE } from './renderer/i18n/intl-warm-up-bundle.ts';

/**
 * Set only by `npm run bench:modules` (tools/perf/profile-modules.ts): the renderer is built
 * with source maps into this folder, so that a profile can name the module of every sample.
 * The app's own build never has it.
 */
const PROFILE_OUT = process.env.BRIEFING_PROFILE_OUT;

/**
 * Chromium refuses ES module scripts from file:// (origin "null"), and the renderer must also
 * open from file://. So the renderer is one classic deferred script, not a module.
 */
function classicScript(): Plugin {
  return {
    name: 'briefing:classic-script',
    enforce: 'post',
    transformIndexHtml: (html) =>
      html
        .replace(/<script type="module" crossorigin/g, '<script defer')
        .replace(/ crossorigin/g, ''),
  };
}

/**
 * The shell's own policy (electron/main/csp.ts), also as a meta tag in the built page, so the
 * renderer is as locked down from file:// or any server. Not in development: the dev server
 * needs an inline script, which main's header for `npm run dev` allows. `frame-ancestors` is
 * left out: browsers ignore it in a meta tag, with a console error.
 */
function cspMeta(): Plugin {
  const policy = contentSecurityPolicy()
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'briefing:csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Checks every locale file (valid JSON, strings only, no empty value, the same keys as English)
 * once, here, rather than at every start of the app, which reads only the language it shows:
 * a broken locale file stops the build with what is wrong and where.
 */
function localeCheck(): Plugin {
  return {
    name: 'briefing:locale-check',
    apply: 'build',
    buildStart() {
      const files: Record<string, string> = {};
      for (const lang of readdirSync('locales')) {
        for (const file of readdirSync(`locales/${lang}`)) {
          files[`locales/${lang}/${file}`] = readFileSync(`locales/${lang}/${file}`, 'utf8');
        }
      }
      const { problems } = buildResources(files);
      if (problems.length > 0) {
        const list = problems.map((p) => `  locales/${p.lang}/${p.namespace}.json: ${p.reason}`);
        this.error(`The locale files have problems:\n${list.join('\n')}`);
      }
    },
  };
}

/**
 * Builds renderer/charts/all-charts.ts as a second classic script beside the app's (see
 * renderer/charts/chart-bundle.ts for why). React, the i18next binding and the render context
 * come from the app: each shared module becomes a stub that reads the app's copy from a
 * global, which serves both `import` and the `require` of Recharts' CommonJS dependencies.
 */
function chartBundle(): Plugin {
  // Relative specifiers are keyed by absolute path, which is how the bundler names them.
  const shared = new Map<string, string>(
    Object.entries(SHARED_MODULES).map(([specifier, name]) => [
      specifier.startsWith('.') ? resolve('renderer/charts', specifier) : specifier,
      name,
    ]),
  );
  const STUB = '\0shared:';
  const fromApp: Plugin = {
    name: 'briefing:modules-from-app',
    enforce: 'pre',
    resolveId(id, importer) {
      const name =
        shared.get(id) ?? (importer ? shared.get(resolve(dirname(importer), id)) : undefined);
      return name === undefined ? null : STUB + name;
    },
    load(id) {
      if (!id.startsWith(STUB)) return null;
      return `module.exports = window.${SHARED_GLOBAL}.${id.slice(STUB.length)};`;
    },
  };
  return classicScriptBundle({
    name: 'briefing:chart-bundle',
    entry: 'renderer/charts/all-charts.ts',
    file: CHART_BUNDLE_FILE,
    global: CHART_BUNDLE_GLOBAL,
    plugins: [fromApp, react()],
    // V8's compile hint: the chart code is compiled while it streams in, on a background thread,
    // instead of function by function on the main thread as each chart first draws. Print mode
    // draws them all at once: a French handout's load and draw 835 -> 741 ms (docs/BENCHMARKS.md).
    // Not on the app's own script: there the background compile delays its start by more than
    // it saves on a two-core machine.
    compileEagerly: true,
  });
}

/**
 * Builds an entry as one more classic script of the renderer (an IIFE assigning its exports
 * to `global`), emitted as `file`: code the page loads only when it needs it.
 */
function classicScriptBundle(bundle: {
  name: string;
  entry: string;
  file: string;
  global?: string;
  /** Marks the script for V8 to compile every function up front (see chartBundle). */
  compileEagerly?: boolean;
  plugins: PluginOption[];
}): Plugin {
  return {
    name: bundle.name,
    apply: 'build',
    async generateBundle() {
      const result = await build({
        configFile: false,
        logLevel: 'warn',
        plugins: bundle.plugins,
        build: {
          write: false,
          minify: true,
          sourcemap: PROFILE_OUT !== undefined,
          rollupOptions: {
            input: resolve(bundle.entry),
            // An app build drops the entry's exports by default; here they are the point.
            preserveEntrySignatures: 'exports-only',
            output: { format: 'iife', name: bundle.global },
          },
        },
      });
      const outputs = Array.isArray(result) ? result : [result];
      const chunk = outputs
        .flatMap((output) => ('output' in output ? output.output : []))
        .find((file) => file.type === 'chunk');
      if (!chunk) throw new Error(`${bundle.file} was built without a script`);
      const hint = bundle.compileEagerly ? '//# allFunctionsCalledOnLoad\n' : '';
      this.emitFile({ type: 'asset', fileName: bundle.file, source: hint + chunk.code });
      if (chunk.map) {
        // The hint is one more line above the code: one more (empty) line in the map.
        const mappings = (hint ? ';' : '') + chunk.map.mappings;
        const map = JSON.stringify({ ...chunk.map, mappings });
        this.emitFile({ type: 'asset', fileName: `${bundle.file}.map`, source: map });
      }
    },
  };
}

/** The PowerPoint builder, loaded when a deck is exported (pptx-bundle.ts says why). */
function pptxBundle(): Plugin {
  return classicScriptBundle({
    name: 'briefing:pptx-bundle',
    entry: 'renderer/export/pptx/pptx-entry.ts',
    file: PPTX_BUNDLE_FILE,
    global: PPTX_BUNDLE_GLOBAL,
    plugins: [],
  });
}

/**
 * The ICU warm-up (renderer/i18n/intl-warm-up.ts says why), as a classic script the page's
 * head loads async: it must start before the app's own script runs. Not in development, where
 * the dev server has no built assets.
 */
function intlWarmUp(): PluginOption[] {
  return [
    classicScriptBundle({
      name: 'briefing:intl-warm-up',
      entry: 'renderer/i18n/intl-warm-up-entry.ts',
      file: INTL_WARM_UP_FILE,
      plugins: [],
    }),
    {
      name: 'briefing:intl-warm-up-tag',
      apply: 'build',
      transformIndexHtml: () => [
        { tag: 'script', attrs: { async: true, src: `./${INTL_WARM_UP_FILE}` }, injectTo: 'head' },
      ],
    },
  ];
}

// Sources live in electron/ and renderer/ (the design card's layout), not electron-vite's src/.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load ES modules or sibling files: one CommonJS bundle.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    // Relative asset URLs so the same build works from file://, app:// and http://.
    base: './',
    publicDir: false,
    plugins: [
      react(),
      classicScript(),
      cspMeta(),
      localeCheck(),
      chartBundle(),
      pptxBundle(),
      intlWarmUp(),
    ],
    build: {
      modulePreload: false,
      // electron-vite leaves the renderer unminified by default; the kiosk and the web build
      // load this same bundle, so it is minified like any web app.
      minify: true,
      // One stylesheet file rather than CSS injected by the script.
      cssCodeSplit: false,
      // One classic script by design (see classicScript above), so one large chunk is expected.
      chunkSizeWarningLimit: 1200,
      outDir: PROFILE_OUT ?? resolve('out/renderer'),
      emptyOutDir: true,
      sourcemap: PROFILE_OUT !== undefined,
      // The CSP allows fonts only from 'self': keep them as files, never data: URIs.
      assetsInlineLimit: 0,
      rollupOptions: {
        input: resolve('renderer/index.html'),
        output: { format: 'iife' },
      },
    },
  },
});
