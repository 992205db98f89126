import {isCalendarFileHref} from './links';

describe('isCalendarFileHref', () => {
  test.each([
    '/ics/innersource-sig.ics',
    '/ics/innersource-sig.ICS',
    '/ics/a.ics?v=2',
    '/ics/a.ics#today',
    'pathname:///ics/a.ics',
    'https://calendar.example.com/feeds/team.ics',
    'files/local.ics',
  ])('%s is a calendar file', (href) => {
    expect(isCalendarFileHref(href)).toBe(true);
  });

  test.each([
    undefined,
    '',
    '/docs/Intro',
    '/docs/ics',
    '/docs/about.icsx',
    '/ics/a.ics.html',
    'webcal://sig.example.org/ics/a.ics',
    'mailto:someone@example.org?subject=a.ics',
    'javascript:alert("x.ics")',
    'data:text/calendar,x.ics',
    '#section.ics',
  ])('%s is not a calendar file to download', (href) => {
    expect(isCalendarFileHref(href)).toBe(false);
  });
});
