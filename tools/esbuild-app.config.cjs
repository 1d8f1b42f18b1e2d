// The esbuild build of every Nest app (api, admin, cli; their project.json `build`): one CommonJS
// main.js per app with the workspace libs bundled in and every npm package left in node_modules.
//
// esbuild strips types but does not emit decorator metadata, which Nest's dependency injection
// reads (`design:paramtypes`). Files with decorators therefore go through SWC first, file by
// file, with TypeScript's legacy decorators and their metadata (what Nest's own SWC builder
// does); esbuild bundles the result and keeps the source maps chained back to the .ts files.
// TypeScript's transpileModule did the same about eight times slower: most of a build, and of a
// first `npm start` (decision 0053).
const { readFile } = require('node:fs/promises');
const swc = require('@swc/core');

/** A decorator: `@Name(` or `@Name` on its own before a class member or parameter. */
const DECORATOR = /(^|[\s(,])@[A-Za-z_$][\w$.]*\s*[(\n]/m;

const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    // As tsc with experimentalDecorators, emitDecoratorMetadata and target ES2022.
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'es6' },
  sourceMaps: 'inline',
  inlineSourcesContent: true,
  swcrc: false,
  configFile: false,
};

const decoratorMetadata = {
  name: 'decorator-metadata',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes('node_modules')) return undefined;
      const source = await readFile(args.path, 'utf8');
      if (!DECORATOR.test(source)) return undefined;
      const { code } = await swc.transform(source, { ...swcOptions, filename: args.path });
      return { contents: code, loader: 'js' };
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
