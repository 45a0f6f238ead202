// The one place that loads the TOML parser, for pyproject.toml (the project config) and for
// Pipfile / pyproject.toml dependency tables (requirements).
//
// smol-toml's type declarations describe its ES module only, which a CommonJS file may not import
// (TS1479); its CommonJS build (dist/index.cjs, the package's `require` export) is the same API.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const smolToml = require('smol-toml') as {
  parse(text: string): unknown;
  TomlError: abstract new (...args: never[]) => Error & { line: number; column: number };
};
