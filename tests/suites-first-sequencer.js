const Sequencer = require('@jest/test-sequencer').default;

/**
 * The suites that must start first in an in-band run. Jest puts the slowest suite first only when
 * its cache knows the durations; a clean clone (CI) has no cache and orders by file size. That put
 * the no-leak oracle after twenty Strapi suites in one process, where its 14,000 requests took
 * 1,083 s against 318 s as the first suite (the heap those suites leave behind makes every request
 * slower).
 */
const FIRST = ['no-leak-oracle.test.ts'];

const isFirst = (test) => FIRST.some((name) => test.path.endsWith(`/${name}`));

class SuitesFirstSequencer extends Sequencer {
  async sort(tests) {
    const ordered = await super.sort(tests);
    return [...ordered.filter(isFirst), ...ordered.filter((test) => !isFirst(test))];
  }
}

module.exports = SuitesFirstSequencer;
