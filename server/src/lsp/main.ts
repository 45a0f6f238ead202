// Entry point of the py3migrate language server (bundled to dist/server.js; `py3migrate-lsp`).
// createConnection() picks the transport from the command line: --stdio (what other editors
// and bin/py3migrate-lsp.js use), --node-ipc (the VS Code client's default), --socket=PORT or --pipe=NAME.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const transports = ['--stdio', '--node-ipc', '--socket', '--pipe'];
if (!process.argv.slice(2).some((arg) => transports.some((t) => arg === t || arg.startsWith(t + '=')))) {
  // With no transport flag, speak over stdio, as editors expect of a language server binary.
  process.argv.push('--stdio');
}

const connection = createConnection(ProposedFeatures.all);
startServer(connection);
connection.listen();
