// Property tests explore new random inputs on every local run; in CI they replay one fixed seed,
// so that a landing never depends on the draw. Set FC_SEED to replay a reported failure.
const fc = require('fast-check');

const seed = process.env.FC_SEED ?? (process.env.CI ? '20261126' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
