// Preload (`node --require`) that gives a process a fixed clock, so that two builds of the portal
// see the same "now" (past meetings, the month view, which events are shown, lock file stamps):
//
//   SIG_FIXED_NOW=2026-12-02T10:00:00Z NODE_OPTIONS="--require /abs/path/scripts/fixed-clock.cjs" npx docusaurus build
//
// - `new Date()` (no arguments) and `Date()` return exactly SIG_FIXED_NOW. The plugin takes its
//   "now" this way and keeps it to the second (`builtAt`, feed and lock stamps), so a clock that
//   moved on would make two builds differ by how long each took.
// - `Date.now()` returns SIG_FIXED_NOW plus the real time elapsed since this process started, so
//   timers, timeouts and durations (which use Date.now() or performance.now()) still advance.
// - `new Date(x)`, Date.parse, Date.UTC and everything else are untouched.
// Used by scripts/compare-builds.mjs. Without SIG_FIXED_NOW it does nothing.
'use strict';
const iso = process.env.SIG_FIXED_NOW;
if (iso) {
  const RealDate = Date;
  const fixed = RealDate.parse(iso);
  if (Number.isNaN(fixed)) throw new Error(`fixed-clock: SIG_FIXED_NOW is not a date: ${iso}`);
  const started = RealDate.now();
  function FixedDate(...args) {
    if (!new.target) return new RealDate(fixed).toString();
    return Reflect.construct(RealDate, args.length === 0 ? [fixed] : args, new.target);
  }
  Object.setPrototypeOf(FixedDate, RealDate); // Date.parse, Date.UTC, …
  FixedDate.prototype = RealDate.prototype; // instanceof Date holds for every date
  FixedDate.now = () => fixed + (RealDate.now() - started);
  globalThis.Date = FixedDate;
}
