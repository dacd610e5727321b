#!/usr/bin/env node
// jsonresume-theme-scholar render | check | import; see --help.
import { main } from '../dist/cli.mjs';

// Output piped into a reader that stops early (`… | head`) ends quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
// render --watch keeps running, and gives no code; a PDF gives it once printed.
const code = main(process.argv.slice(2));
if (code instanceof Promise) code.then((printed) => (process.exitCode = printed));
else if (code !== undefined) process.exitCode = code;
