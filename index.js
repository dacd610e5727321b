// resume-cli's PDF export requires <theme dir>/index.js directly; the build lives in dist/.
module.exports = require('./dist/index.cjs');
