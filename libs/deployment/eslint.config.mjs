import baseConfig, { domainDoesNoIo } from '../../eslint.config.mjs';

// nx lint runs ESLint inside the lib, where the root config's libs/deployment/ globs do not reach.
export default [...baseConfig, domainDoesNoIo()];
