// Renders a resume JSON file to an HTML file with the built theme: node scripts/render.mjs resume.json cv.html
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [input = 'resume.json', output = 'cv.html'] = process.argv.slice(2);
const { render } = createRequire(import.meta.url)('../index.js');
const html = render(JSON.parse(readFileSync(input, 'utf8')));
writeFileSync(output, html);
console.log(`${input} -> ${output} (${Buffer.byteLength(html)} bytes)`);
