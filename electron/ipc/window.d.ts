/**
 * `window.briefing`, the preload bridge, for renderer code.
 *
 * Optional on purpose: the renderer also runs in a plain browser, where there is no bridge
 * and shell features must degrade. Include this file in the renderer's program (tsconfig.web
 * `include`, or `import type {} from '../../electron/ipc/window'` from one renderer module).
 */
import type { BriefingApi } from './contract.ts';

declare global {
  interface Window {
    readonly briefing?: BriefingApi;
  }
}
