import 'i18next';
import type common from '../../locales/en/common.json';
import type data from '../../locales/en/data.json';
import type slides from '../../locales/en/slides.json';

// English is the reference locale: its keys type every t() call, so a misspelt key fails
// the typecheck. The locale test checks that fr and kk have exactly the same keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      slides: typeof slides;
      data: typeof data;
    };
  }
}
