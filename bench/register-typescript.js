/**
 * Lets plain `node` run the benchmark's TypeScript and the integration tests' helpers it reuses
 * (tests/integration/helpers/strapi.ts, database.ts) where they are: each .ts file is transpiled to
 * CommonJS as it is required. No type checking here: `npm run typecheck` covers bench/ too.
 */
const fs = require('node:fs');
const ts = require('typescript');

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  inlineSourceMap: true,
};

require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions,
  });
  module._compile(outputText, filename);
};
