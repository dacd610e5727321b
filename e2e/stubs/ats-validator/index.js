// Stand-in for @jsonresume/ats-validator@0.3.0. resume-cli 3.7.x depends on it, but the npm
// registry mirror these tests install from does not serve it, so `npm install resume-cli@3.7.3`
// fails there. resume-cli loads it only for `resume audit` (build/ats-validator.js imports it
// lazily), which these tests do not run: `export` and `validate` never touch it. Its two
// functions say what they are instead of pretending to score anything.
const unavailable = () => {
  throw new Error('@jsonresume/ats-validator is not installed here (a stand-in for the e2e tests)');
};

export const validateATS = unavailable;
export const getRecommendations = unavailable;
