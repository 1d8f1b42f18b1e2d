import baseConfig, { appsTouchNoDatabase } from '../../eslint.config.mjs';

// nx lint runs ESLint inside the app, where the root config's apps/admin/ globs do not reach.
export default [...baseConfig, appsTouchNoDatabase()];
