// Node's ES module entry (package.json's "node" condition; bundlers take dist/index.mjs through
// "module"). It loads the CommonJS build, in which marked stays a file of its own, required on
// the first Markdown that needs it: a resume without such Markdown never parses its 52 KB, about
// a fifth of a cold start. An ES module cannot load a file synchronously on demand, hence require.
import { createRequire } from 'node:module';

const theme = createRequire(import.meta.url)('./dist/index.cjs');

export const render = theme.render;
export const pdfRenderOptions = theme.pdfRenderOptions;
