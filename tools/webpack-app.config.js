// The webpack build of every Nest app: Node target, dependencies left in node_modules, and
// the embedded PostgreSQL runner (plain ESM, started as a child process) copied beside main.js.
const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = function appWebpackConfig(name) {
  return {
    output: {
      path: join(__dirname, '../dist/apps', name),
      clean: true,
      ...(process.env.NODE_ENV !== 'production' && { devtoolModuleFilenameTemplate: '[absolute-resource-path]' }),
    },
    plugins: [
      new NxAppWebpackPlugin({
        target: 'node',
        compiler: 'tsc',
        main: './src/main.ts',
        tsConfig: './tsconfig.app.json',
        assets: [{ input: 'libs/persistence/src/embedded', glob: '*.mjs', output: '.' }],
        optimization: false,
        outputHashing: 'none',
        generatePackageJson: false,
        sourceMap: true,
      }),
    ],
  };
};
