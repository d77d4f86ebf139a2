/**
 * After `npm test` under CI: what failed, by name, from the machine-readable reports that vitest and
 * Playwright write into reports/ (see vite.config.ts and playwright.config.ts), and the step that
 * stopped the run. Prints a closing count line ("N passed, N failed, N skipped").
 *
 *   tsx scripts/test-report.ts <npm-test-log>
 */
import { existsSync, readFileSync } from 'node:fs';

interface Count {
  passed: number;
  failed: string[];
  skipped: number;
}

interface VitestReport {
  testResults: { name: string; status: string; message?: string; assertionResults: { fullName: string; status: string }[] }[];
}

interface PlaywrightSpec {
  title: string;
  file: string;
  line: number;
  tests: { projectName: string; status: 'expected' | 'unexpected' | 'flaky' | 'skipped' }[];
}
interface PlaywrightSuite {
  title: string;
  specs?: PlaywrightSpec[];
  suites?: PlaywrightSuite[];
}

function readReport<T>(file: string): T | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    console.log(`(${file} could not be read: ${(error as Error).message})`);
    return undefined;
  }
}

function unit(report: VitestReport): Count {
  const count: Count = { passed: 0, failed: [], skipped: 0 };
  for (const file of report.testResults) {
    const relative = file.name.replace(`${process.cwd()}/`, '');
    // A file that failed to load has no assertions, only a message.
    if (file.status === 'failed' && file.assertionResults.length === 0) count.failed.push(`${relative}: ${file.message?.split('\n')[0] ?? 'failed to run'}`);
    for (const test of file.assertionResults) {
      if (test.status === 'passed') count.passed += 1;
      else if (test.status === 'failed') count.failed.push(`${relative} › ${test.fullName}`);
      else count.skipped += 1;
    }
  }
  return count;
}

function e2e(suite: PlaywrightSuite, count: Count = { passed: 0, failed: [], skipped: 0 }, parents: string[] = []): Count {
  const titles = suite.title && !suite.title.endsWith('.ts') ? [...parents, suite.title] : parents;
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests) {
      if (test.status === 'expected') count.passed += 1;
      else if (test.status === 'skipped') count.skipped += 1;
      else count.failed.push(`[${test.projectName}] tests/e2e/${spec.file}:${spec.line} › ${[...titles, spec.title].join(' › ')}${test.status === 'flaky' ? ' (flaky)' : ''}`);
    }
  }
  for (const child of suite.suites ?? []) e2e(child, count, titles);
  return count;
}

const log = process.argv[2] ? readFileSync(process.argv[2], 'utf8') : '';
const steps = [...log.matchAll(/^> dateline@[^ ]+ ([\w:-]+)$/gm)].map((m) => m[1]);
const lastStep = steps.at(-1);

const unitReport = readReport<VitestReport>('reports/unit.json');
const e2eReport = readReport<{ suites: PlaywrightSuite[] }>('reports/e2e.json');
const counts: [string, Count | undefined][] = [
  ['unit and component tests', unitReport && unit(unitReport)],
  ['end-to-end tests', e2eReport && e2eReport.suites.reduce((count, suite) => e2e(suite, count), { passed: 0, failed: [], skipped: 0 } as Count)],
];

const failed = counts.flatMap(([, count]) => count?.failed ?? []);
if (failed.length > 0) {
  console.log(`Failing tests (${failed.length}):`);
  for (const name of failed) console.log(`  ✘ ${name}`);
} else if (lastStep && !/^test:e2e$/.test(lastStep)) {
  console.log(`No test failed; the run stopped in the step "npm run ${lastStep}" (its output is below).`);
}
for (const [name, count] of counts) {
  console.log(count ? `${name}: ${count.passed} passed, ${count.failed.length} failed, ${count.skipped} skipped` : `${name}: not run`);
}
const total = counts.reduce((sum, [, c]) => ({ passed: sum.passed + (c?.passed ?? 0), failed: sum.failed + (c?.failed.length ?? 0), skipped: sum.skipped + (c?.skipped ?? 0) }), { passed: 0, failed: 0, skipped: 0 });
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
