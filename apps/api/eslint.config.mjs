import baseConfig, { appsTouchNoDatabase, QUEUE_NOT_YET_ON_TRANSACTIONS } from '../../eslint.config.mjs';

// nx lint runs ESLint inside the app, where the root config's apps/api/ globs do not reach.
export default [...baseConfig, appsTouchNoDatabase('', QUEUE_NOT_YET_ON_TRANSACTIONS)];
