import baseConfig from '../../eslint.config.mjs';

export default [...baseConfig, { ignores: ['libs/api-client/src/generated/**', 'src/generated/**'] }];
