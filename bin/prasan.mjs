#!/usr/bin/env node
// The installed CLI runs the compiled server; `npm run build` produces dist/.
import('../dist/server/cli.js');
