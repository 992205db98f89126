// Runs once before the browser tests: a missing build fails the run; a missing browser fails it
// under CI and is announced loudly elsewhere (the tests then report as skipped). Builds the
// fixture site that several suites share.
import {buildFixture} from './fixtureBuild';
import {IN_CI, browserMissingReason, buildMissingReason, skipBanner} from './harness';

export default async function globalSetup(): Promise<void> {
  const noBrowser = browserMissingReason();
  if (noBrowser) {
    if (IN_CI) throw new Error(`Browser tests cannot run under CI=true: ${noBrowser}`);
    process.stderr.write(skipBanner(noBrowser));
    return;
  }
  const noBuild = buildMissingReason();
  if (noBuild) throw new Error(`Browser tests: ${noBuild}`);
  buildFixture();
}
