#!/usr/bin/env node
// jsonresume-theme-scholar import <file.bib|file.json> [--into resume.json]
import { main } from '../dist/import.mjs';

// Output piped into a reader that stops early (`… | head`) ends quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
process.exitCode = main(process.argv.slice(2));
