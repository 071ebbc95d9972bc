// The e2e suites launch the same Chromium, with the same flags, as the scripts.
export { CHROMIUM_ARGS, chromiumExecutable } from '../scripts/chromium.ts';
