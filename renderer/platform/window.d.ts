/**
 * `window.briefing`, the preload bridge, for renderer code.
 *
 * Optional on purpose: the renderer also runs in a plain browser, where there is no bridge
 * and shell features must degrade. Include this file in the renderer's program (tsconfig.web
 * `include`, or `import type {} from './window.d.ts'` from one renderer module).
 */
import type { BriefingApi } from '../../core/ipc-contract.ts';

declare global {
  interface Window {
    readonly briefing?: BriefingApi;
  }
}
