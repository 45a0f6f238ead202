// A bare tree-sitter parse in a fresh process, for bench/checkVsParse.ts (f): the cold-process
// counterpart of the spawned CLI (c). Reads a list of paths (one per line) from the file named by
// argv[2], then reads and parses each with web-tree-sitter, one thread. Plain CommonJS so that no
// TypeScript loader adds to its start-up.
const fs = require('node:fs');
const { Language, Parser } = require('web-tree-sitter');

async function main() {
  const files = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
  await Parser.init({ locateFile: () => require.resolve('web-tree-sitter/web-tree-sitter.wasm') });
  const language = await Language.load(require.resolve('tree-sitter-python/tree-sitter-python.wasm'));
  const parser = new Parser();
  parser.setLanguage(language);
  for (const file of files) parser.parse(fs.readFileSync(file, 'utf8'))?.delete();
}

void main();
