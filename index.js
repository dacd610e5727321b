// resume-cli's PDF export requires <theme dir>/index.js directly; the build lives in dist/.
// Plain `exports.x =` assignments let Node's ES module loader see the named exports too.
const theme = require('./dist/index.cjs');

exports.render = theme.render;
exports.pdfRenderOptions = theme.pdfRenderOptions;
