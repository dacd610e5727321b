// Every test runs west of UTC, where date bugs show: `new Date('2022-06-01')` is May 31 here.
module.exports = () => {
  process.env.TZ = 'America/Los_Angeles';
};
