// Loads web-tree-sitter and the Python grammar once per process.
// The two .wasm files ship beside the bundled server (dist/); in development they are
// found in node_modules. Everything after `initParser()` is synchronous.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { Language, Parser, Query } from 'web-tree-sitter';

let language: Language | undefined;
let sharedParser: Parser | undefined;

function locate(fileName: string, packagePath: string): string {
  const besideBundle = path.join(__dirname, fileName);
  if (fs.existsSync(besideBundle)) return besideBundle;
  return require.resolve(packagePath);
}

let initializing: Promise<void> | undefined;

export function initParser(): Promise<void> {
  initializing ??= (async () => {
    const runtimeWasm = locate('web-tree-sitter.wasm', 'web-tree-sitter/web-tree-sitter.wasm');
    await Parser.init({ locateFile: () => runtimeWasm });
    language = await Language.load(fs.readFileSync(locate('tree-sitter-python.wasm', 'tree-sitter-python/tree-sitter-python.wasm')));
    sharedParser = new Parser();
    sharedParser.setLanguage(language);
  })();
  return initializing;
}

export function pythonLanguage(): Language {
  if (!language) throw new Error('initParser() must finish before parsing');
  return language;
}

export function parser(): Parser {
  if (!sharedParser) throw new Error('initParser() must finish before parsing');
  return sharedParser;
}

export function compileQuery(source: string): Query {
  return new Query(pythonLanguage(), source);
}
