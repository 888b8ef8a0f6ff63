// A spec reporter that ends with the one closing line the project's test runner promises per tier:
// "<tier>: N passed, M failed" (", P pending" when tests were skipped). The tier name comes from the STATUS_LENS_TIER environment variable
// or the reporter option "tier".
import * as Mocha from 'mocha';

const { Spec } = Mocha.reporters;
const { EVENT_RUN_END, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING } = Mocha.Runner.constants;

class TierReporter extends Spec {
  constructor(runner: Mocha.Runner, options: Mocha.MochaOptions & { reporterOptions?: { tier?: string } }) {
    super(runner, options);
    const tier = options.reporterOptions?.tier ?? process.env.STATUS_LENS_TIER ?? 'unit';
    let passed = 0;
    let failed = 0;
    let pending = 0;
    runner.on(EVENT_TEST_PASS, () => passed++);
    runner.on(EVENT_TEST_FAIL, () => failed++);
    runner.on(EVENT_TEST_PENDING, () => pending++);
    runner.once(EVENT_RUN_END, () => {
      // After Spec's epilogue, so it is the last line of the tier.
      setImmediate(() => console.log(`${tier}: ${passed} passed, ${failed} failed${pending ? `, ${pending} pending` : ''}`));
    });
  }
}

export = TierReporter;
