#!/usr/bin/env node
// jsonresume-theme-scholar import <file.bib|file.json> [--into resume.json]
import { main } from '../dist/import.mjs';

process.exitCode = main(process.argv.slice(2));
