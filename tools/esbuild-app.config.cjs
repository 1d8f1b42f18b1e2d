// The esbuild build of every Nest app (api, admin, cli; their project.json `build`): one CommonJS
// main.js per app with the workspace libs bundled in and every npm package left in node_modules.
//
// esbuild strips types but does not emit decorator metadata, which Nest's dependency injection
// reads (`design:paramtypes`). Files with decorators therefore go through TypeScript's
// transpileModule first, file by file, exactly as the webpack build's ts-loader (transpileOnly)
// did; esbuild bundles the result and keeps the source maps chained back to the .ts files.
const { readFileSync } = require('node:fs');
const ts = require('typescript');

/** A decorator: `@Name(` or `@Name` on its own before a class member or parameter. */
const DECORATOR = /(^|[\s(,])@[A-Za-z_$][\w$.]*\s*[(\n]/m;

const compilerOptions = {
  module: ts.ModuleKind.ESNext,
  target: ts.ScriptTarget.ES2022,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  esModuleInterop: true,
  importHelpers: false,
  inlineSourceMap: true,
  inlineSources: true,
};

const decoratorMetadata = {
  name: 'decorator-metadata',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes('node_modules')) return undefined;
      const source = readFileSync(args.path, 'utf8');
      if (!DECORATOR.test(source)) return undefined;
      const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: args.path });
      return { contents: outputText, loader: 'js' };
    });
  },
};

module.exports = {
  packages: 'external',
  // Classes keep their own names when the bundle renames them apart (two ApiKeysController
  // modules become ApiKeysController and ApiKeysController2): Nest and the OpenAPI documents
  // (operation ids, schema names) read `constructor.name`.
  keepNames: true,
  outExtension: { '.js': '.js' },
  plugins: [decoratorMetadata],
};
