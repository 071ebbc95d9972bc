import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './electron/main/csp.ts';

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
    plugins: [react(), classicScript(), cspMeta()],
    build: {
      modulePreload: false,
      // electron-vite leaves the renderer unminified by default; the kiosk and the web build
      // load this same bundle, so it is minified like any web app.
      minify: true,
      // One stylesheet file rather than CSS injected by the script.
      cssCodeSplit: false,
      // One classic script by design (see classicScript above), so one large chunk is expected.
      chunkSizeWarningLimit: 1200,
      outDir: resolve('out/renderer'),
      emptyOutDir: true,
      // The CSP allows fonts only from 'self': keep them as files, never data: URIs.
      assetsInlineLimit: 0,
      rollupOptions: {
        input: resolve('renderer/index.html'),
        output: { format: 'iife' },
      },
    },
  },
});
