import 'i18next';

import type { ConsoleMessages } from '../modules/console/locales/id';
import type { Messages } from './locales/id';

declare module 'i18next' {
  interface CustomTypeOptions {
    // The console's texts are their own namespace, loaded with the console's code only.
    resources: { translation: Messages; console: ConsoleMessages };
  }
}
