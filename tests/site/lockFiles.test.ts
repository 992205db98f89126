import fs from 'node:fs';
import path from 'node:path';
import {build, makeSite, pluginCommand, removeSites} from './fixtureSites';

// A real `docusaurus build` killed (SIGKILL) in the middle of writing a lock file: the lock must
// still be the committed one, so that the next build continues every SEQUENCE instead of
// restarting it at 0 (calendar apps holding a higher SEQUENCE ignore such updates).
afterAll(removeSites);

const KILL_AT_WRITE = path.join(__dirname, 'support/killAtLockWrite.js');

const files = {
  'meetings/call.yml': 'title: Call\ntimezone: Europe/London\nstart: 2026-01-06T10:00\nduration: 30\nrepeat: FREQ=WEEKLY\n',
  'docs/intro.md': '# Intro\n',
  'events/summit.md': '---\ntitle: Summit\ndate: 2027-05-04\ntimezone: Europe/London\nsessions:\n  - title: Day one\n    start: 2027-05-04T09:00\n    end: 2027-05-04T12:00\n---\n\nThe summit.\n',
};

const sequences = (site: string, lock: 'meetings' | 'events') =>
  Object.fromEntries(
    Object.entries(JSON.parse(fs.readFileSync(path.join(site, lock, 'calendar.lock.json'), 'utf8')) as Record<string, {sequence: number}>).map(([key, entry]) => [key, entry.sequence]),
  );

describe.each([['meetings'], ['events']] as const)('a build killed while writing %s/calendar.lock.json', (lock) => {
  test('leaves the committed lock whole; the next build continues from it', () => {
    const site = makeSite({...files}, {}, true);
    expect(build(site).status).toBe(0);
    // A schedule change, then a second build bumps SEQUENCE to 1.
    const edit = (file: string, from: string, to: string) => fs.writeFileSync(path.join(site, file), fs.readFileSync(path.join(site, file), 'utf8').replace(from, to));
    edit('meetings/call.yml', 'T10:00', 'T11:00');
    edit('events/summit.md', 'T09:00', 'T09:30');
    expect(build(site).status).toBe(0);
    expect(sequences(site, lock)).toEqual(lock === 'meetings' ? {call: 1} : {summit: 1});
    const committed = fs.readFileSync(path.join(site, lock, 'calendar.lock.json'), 'utf8');

    // Another change, and the build is killed halfway through writing the lock.
    edit('meetings/call.yml', 'T11:00', 'T12:00');
    edit('events/summit.md', 'T09:30', 'T10:00');
    const killed = build(site, {NODE_OPTIONS: `--require ${KILL_AT_WRITE}`, SIG_KILL_AT: `${lock}${path.sep}calendar.lock.json`});
    expect(killed.signal).toBe('SIGKILL');
    expect(fs.readFileSync(path.join(site, lock, 'calendar.lock.json'), 'utf8')).toBe(committed);

    // sig:check finds nothing wrong, and the next build goes on from SEQUENCE 1 and cleans up.
    expect(pluginCommand('sig:check', site).status).toBe(0);
    expect(build(site).status).toBe(0);
    expect(sequences(site, lock)).toEqual(lock === 'meetings' ? {call: 2} : {summit: 2});
    expect(fs.readdirSync(path.join(site, lock)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

test('an empty lock file (what a cut write leaves) stops the build and sig:check, naming it and how to restore it', () => {
  const site = makeSite({...files, 'meetings/calendar.lock.json': ''}, {}, false);
  for (const result of [build(site), pluginCommand('sig:check', site)]) {
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/meetings\/calendar\.lock\.json(:1)?: field "\(file\)" has value "": is empty .*git checkout -- meetings\/calendar\.lock\.json/);
    expect(result.output).not.toMatch(/\n\s+at /);
  }
  expect(fs.readFileSync(path.join(site, 'meetings/calendar.lock.json'), 'utf8')).toBe('');
  expect(fs.existsSync(path.join(site, 'build'))).toBe(false);
});
