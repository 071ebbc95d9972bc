// Type-checked with tsconfig.e2e.json (Node and DOM): parts of it run in the page.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { withoutScripts } from './static-copy.ts';

/**
 * The "React floor" of `npm run bench -- --startup` and `npm run bench:pdf`: a view the app has
 * rendered (the opening slide, or the handout's pages with their charts as drawn), copied
 * element by element into React elements and rendered by React alone (createRoot, or
 * hydrateRoot over the same HTML; no app code, no i18next, no Recharts), with the app's
 * stylesheet and fonts, ready once its fonts are loaded. What React itself costs a cold page
 * for this view, so the benchmarks can say how much of the app's time is its own: a measuring
 * page, never shipped.
 */

/** One element of the copied view: tag, attributes (React's names), children. */
export type Copied = [string, Record<string, unknown>, (Copied | string)[]];

/** Runs in the page: the element tree of `selector`, attributes renamed as React expects. */
function copyView(selector: string): Copied {
  const rename: Record<string, string> = {
    class: 'className',
    for: 'htmlFor',
    tabindex: 'tabIndex',
    readonly: 'readOnly',
    maxlength: 'maxLength',
    colspan: 'colSpan',
    rowspan: 'rowSpan',
  };
  const styleObject = (css: string) => {
    const style: Record<string, string> = {};
    for (const rule of css.split(';')) {
      const colon = rule.indexOf(':');
      const name = rule.slice(0, colon).trim();
      if (colon < 0 || !name) continue;
      // React takes custom properties as written and the others in camelCase.
      const key = name.startsWith('--')
        ? name
        : name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
      style[key] = rule.slice(colon + 1).trim();
    }
    return style;
  };
  const copy = (element: Element): Copied => {
    const props: Record<string, unknown> = {};
    for (const { name, value } of [...element.attributes]) {
      props[rename[name] ?? name] = name === 'style' ? styleObject(value) : value;
    }
    const children: (Copied | string)[] = [];
    for (const node of element.childNodes) {
      if (node.nodeType === Node.ELEMENT_NODE) children.push(copy(node as Element));
      else if (node.nodeType === Node.TEXT_NODE && node.textContent) {
        // Adjacent texts as one: the page's HTML, parsed again, has them as one text node,
        // which hydration must find as React renders it.
        const last = children.length - 1;
        if (typeof children[last] === 'string') children[last] += node.textContent;
        else children.push(node.textContent);
      }
    }
    return [element.tagName.toLowerCase(), props, children];
  };
  const root = document.querySelector(selector);
  if (!root) throw new Error(`no ${selector} to copy`);
  return copy(root);
}

/**
 * Source code of an array expression that builds `nodes` (elements and texts) with `h`
 * (React.createElement), element by element, each time it is evaluated.
 */
export function elementsCode(nodes: readonly (Copied | string)[]): string {
  const code = (node: Copied | string): string => {
    if (typeof node === 'string') return JSON.stringify(node);
    const [tag, props, children] = node;
    return `h(${[JSON.stringify(tag), JSON.stringify(props), ...children.map(code)].join(', ')})`;
  };
  return `[${nodes.map(code).join(', ')}]`;
}

export interface FloorOptions {
  /** The page's name: `name`.html beside the renderer, its script in the folder `name`. */
  readonly name: string;
  /**
   * Keep the view's HTML in the page and hydrate it (hydrateRoot) instead of rendering it:
   * the floor of rendering the opening slide into the page at build time.
   */
  readonly hydrate?: boolean;
}

/** The global a hydrating floor page sets if React could not hydrate its HTML. */
export const HYDRATION_FAILED = 'floorHydrationFailed';

/**
 * Writes a floor page beside the renderer from `page`, which shows the app's view and is
 * ready; returns the page's path relative to the renderer.
 */
export async function writeReactFloor(
  page: Page,
  rendererDir: string,
  { name, hydrate = false }: FloorOptions,
): Promise<string> {
  const rootSelector = '#root';
  const view = await page.evaluate(copyView, rootSelector);
  const script = `<script defer src="${name}/floor.js"></script>`;
  // The app's page without its scripts, and without what React rendered into #root unless
  // that is to be hydrated.
  const copy = (await withoutScripts(page)).replace(
    / data-deck-ready="true"/,
    ' data-deck-ready="false"',
  );
  const html = hydrate
    ? copy.replace('</body>', `${script}</body>`)
    : copy.replace(/<div id="root"[\s\S]*<\/body>/, `<div id="root"></div>${script}</body>`);
  const dir = join(rendererDir, name);
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'entry.js');
  // The root element's own children, rendered into the page's #root as the app does.
  const [, , children] = view;
  writeFileSync(
    entry,
    `import { createElement as h, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
function View() {
  useEffect(() => {
    document.body.getBoundingClientRect();
    document.fonts.ready.then(() => { document.documentElement.dataset.deckReady = 'true'; });
  }, []);
  return ${elementsCode(children)};
}
const container = document.getElementById('root');
${
  hydrate
    ? `hydrateRoot(container, h(View), { onRecoverableError: (error) => { window.${HYDRATION_FAILED} = String(error); } });`
    : 'createRoot(container).render(h(View));'
}
`,
  );
  await build({
    configFile: false,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: true,
      outDir: dir,
      emptyOutDir: false,
      minify: true,
      rollupOptions: {
        input: entry,
        output: { format: 'iife', entryFileNames: 'floor.js' },
      },
    },
  });
  rmSync(entry);
  writeFileSync(join(rendererDir, `${name}.html`), html);
  return `${name}.html`;
}

/** Removes what writeReactFloor wrote. */
export function removeReactFloor(rendererDir: string, name: string): void {
  rmSync(join(rendererDir, name), { recursive: true, force: true });
  rmSync(join(rendererDir, `${name}.html`), { force: true });
}
