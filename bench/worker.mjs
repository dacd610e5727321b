// One theme in a process of its own, for bench/run.mjs, which asks it for batches of renders one
// at a time: no theme's polyfills or state reach another, and the themes take turns, so a drift in
// the machine's speed falls on all of them alike.
const theme = await import(process.argv[2]);
const render = theme.render ?? theme.default.render;
let inputs = [];

/** Whether the theme renders an input at all (some require fields the others do not). */
function renders(json) {
  try {
    return typeof render(JSON.parse(json)) === 'string';
  } catch {
    return false;
  }
}

/**
 * The mean time of the renders of one batch, each of its own freshly parsed copy: the copy is
 * parsed, then rendered under the timer, as a CLI or a server parses a resume and renders it.
 * Renders are timed one by one, so garbage collection is counted where it falls.
 */
function batch(json, ms) {
  let spent = 0;
  let count = 0;
  for (const start = performance.now(); performance.now() - start < ms; count++) {
    const copy = JSON.parse(json);
    const begin = performance.now();
    render(copy);
    spent += performance.now() - begin;
  }
  return spent / count;
}

process.on('message', (message) => {
  switch (message.type) {
    case 'inputs':
      inputs = message.inputs;
      process.send({
        renders: inputs.map(renders),
        bytes: Buffer.byteLength(render(JSON.parse(inputs[0]))),
      });
      break;
    case 'batch':
      process.send(batch(inputs[message.input], message.ms));
      break;
    default:
      process.exit(0);
  }
});
process.send('ready');
