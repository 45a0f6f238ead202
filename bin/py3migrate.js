#!/usr/bin/env node
// Runs the bundled CLI, from the code cache the build saved beside it when this Node accepts it
// (server/src/cli/codeCache.ts says why).
const path = require('node:path');
const { loadBundle } = require('../dist/codeCache.js');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
loadBundle(cli, `${cli}.codecache`).run();
