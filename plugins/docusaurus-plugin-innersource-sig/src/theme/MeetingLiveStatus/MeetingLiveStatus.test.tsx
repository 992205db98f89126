import React from 'react';
import {act, render, screen} from '@testing-library/react';
import {browserState} from '@docusaurus/useIsBrowser';
import {localeState} from '@docusaurus/useDocusaurusContext';
import {codeTranslations} from '@docusaurus/Translate';
import MeetingLiveStatus from '@theme/MeetingLiveStatus';
import type {OccurrenceTuple} from '../../client/meetingTimes';
import french from '../../../locales/fr/plugin-innersource-sig.json';
import russian from '../../../locales/ru/plugin-innersource-sig.json';
import japanese from '../../../locales/ja/plugin-innersource-sig.json';

const at = (iso: string) => Date.parse(iso) / 1000;
const HOUR = 3600;
const MINUTE = 60_000;

// December's call takes place; January's moved from Tuesday 12th 15:00Z to Wednesday 13th 16:00Z;
// February's is cancelled.
const DEC = at('2026-12-08T15:00:00Z');
const JAN_MOVED = at('2027-01-13T16:00:00Z');
const JAN_SCHEDULED = at('2027-01-12T15:00:00Z');
const FEB_CANCELLED = at('2027-02-09T15:00:00Z');
const OCCURRENCES: OccurrenceTuple[] = [
  [DEC, DEC + HOUR, 0, 'Tue, 8 Dec 2026, 15:00'],
  [JAN_MOVED, JAN_MOVED + HOUR, 1, 'Wed, 13 Jan 2027, 16:00'],
  [FEB_CANCELLED, FEB_CANCELLED + HOUR, 2, 'Tue, 9 Feb 2027, 15:00'],
];
const JOIN = 'https://meet.example.org/fixture';

const clockAt = (seconds: number) => jest.useFakeTimers({now: seconds * 1000});
/** The visible line (the status region is inside it, holding what screen readers are told). */
const line = (container: HTMLElement) => container.querySelector<HTMLElement>('[data-live-status]')!;
const visibleText = (container: HTMLElement) => line(container).firstElementChild!.textContent;
/**
 * Moves the clock on by `ms`, a second at a time: each tick's timer is set by an effect, which
 * runs only once the act() of the previous tick ends.
 */
function advance(ms: number): void {
  for (let left = ms; left > 0; left -= 1000) act(() => jest.advanceTimersByTime(Math.min(1000, left)));
}

afterEach(() => {
  jest.useRealTimers();
  browserState.isBrowser = true;
  Object.assign(localeState, {currentLocale: 'en', htmlLang: 'en'});
  codeTranslations.messages = {};
});

describe('MeetingLiveStatus', () => {
  test('before hydration: an empty line and an empty status region, whatever the time', () => {
    browserState.isBrowser = false;
    clockAt(DEC + 60);
    const {container} = render(<MeetingLiveStatus occurrences={OCCURRENCES} join={JOIN} />);
    expect(line(container)).toHaveAttribute('data-live-status', '');
    expect(line(container)).toHaveTextContent(/^$/);
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveAttribute('aria-atomic', 'true');
    expect(line(container)).toContainElement(region);
  });

  test('nothing more than an hour before', () => {
    clockAt(DEC - HOUR - 60);
    const {container} = render(<MeetingLiveStatus occurrences={OCCURRENCES} join={JOIN} />);
    expect(line(container)).toHaveAttribute('data-live-status', '');
    expect(line(container)).toHaveTextContent(/^$/);
  });

  test('"Starts in 5 minutes", announced once with the series title', () => {
    clockAt(DEC - 5 * 60);
    const {container} = render(<MeetingLiveStatus occurrences={OCCURRENCES} join={JOIN} title="Fixture call" />);
    expect(line(container)).toHaveAttribute('data-live-status', 'soon');
    expect(visibleText(container)).toBe('Starts in 5 minutes');
    expect(screen.getByRole('status')).toHaveTextContent('Fixture call: Starts in 5 minutes');
  });

  test('counts down each minute without announcing it; announces the start', () => {
    clockAt(DEC - 5 * 60 + 20);
    const {container} = render(<MeetingLiveStatus occurrences={OCCURRENCES} join={JOIN} />);
    expect(visibleText(container)).toBe('Starts in 5 minutes');
    expect(screen.getByRole('status')).toHaveTextContent('Starts in 5 minutes');
    // 4 min 40 s left, rounded up: the count goes down when 4 minutes are left.
    advance(39_999);
    expect(visibleText(container)).toBe('Starts in 5 minutes');
    advance(1);
    expect(visibleText(container)).toBe('Starts in 4 minutes');
    expect(screen.getByRole('status')).not.toHaveTextContent('4 minutes');
    // The announcement leaves the region after a while (reading the page later meets the line once).
    advance(MINUTE);
    expect(visibleText(container)).toBe('Starts in 3 minutes');
    expect(screen.getByRole('status')).toHaveTextContent(/^$/);
    advance(3 * MINUTE - 1);
    expect(visibleText(container)).toBe('Starts in 1 minute');
    advance(1);
    expect(line(container)).toHaveAttribute('data-live-status', 'live');
    expect(visibleText(container)).toBe('Live now — join');
    expect(screen.getByRole('status')).toHaveTextContent('Live now — join');
  });

  test('"Live now — join" with the word a link to the call, until the end', () => {
    clockAt(DEC + 30 * 60);
    const {container} = render(<MeetingLiveStatus occurrences={OCCURRENCES} join={JOIN} />);
    expect(visibleText(container)).toBe('Live now — join');
    expect(screen.getByRole('link', {name: 'join'})).toHaveAttribute('href', JOIN);
    advance(30 * MINUTE);
    expect(line(container)).toHaveAttribute('data-live-status', '');
    expect(line(container)).toHaveTextContent(/^$/);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  test('"Live now" without a link when the series has no call', () => {
    clockAt(DEC + 60);
    const {container} = render(<MeetingLiveStatus occurrences={OCCURRENCES} />);
    expect(visibleText(container)).toBe('Live now');
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  test('a cancelled meeting is ignored', () => {
    clockAt(FEB_CANCELLED - 5 * 60);
    const {container, unmount} = render(<MeetingLiveStatus occurrences={OCCURRENCES} join={JOIN} />);
    expect(line(container)).toHaveAttribute('data-live-status', '');
    advance(10 * MINUTE);
    expect(line(container)).toHaveAttribute('data-live-status', '');
    expect(line(container)).toHaveTextContent(/^$/);
    unmount();
  });

  test('a moved meeting counts at its new time', () => {
    clockAt(JAN_SCHEDULED + 60);
    const {container, unmount} = render(<MeetingLiveStatus occurrences={OCCURRENCES} join={JOIN} />);
    expect(line(container)).toHaveAttribute('data-live-status', '');
    unmount();
    clockAt(JAN_MOVED - 10 * 60);
    const moved = render(<MeetingLiveStatus occurrences={OCCURRENCES} join={JOIN} />);
    expect(visibleText(moved.container)).toBe('Starts in 10 minutes');
  });

  test('looks at the clock again when the tab comes back', () => {
    clockAt(DEC - 2 * HOUR);
    const {container} = render(<MeetingLiveStatus occurrences={OCCURRENCES} join={JOIN} />);
    expect(line(container)).toHaveAttribute('data-live-status', '');
    // The clock moves on while the tab's timers are held back.
    jest.setSystemTime((DEC + 60) * 1000);
    expect(document.visibilityState).toBe('visible');
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(visibleText(container)).toBe('Live now — join');
  });

  describe("in the page's language, with its plural forms", () => {
    const inLanguage = (locale: string, messages: Record<string, string>) => {
      Object.assign(localeState, {currentLocale: locale, htmlLang: locale});
      codeTranslations.messages = messages;
    };
    const startsIn = (minutes: number) => {
      clockAt(DEC - minutes * 60);
      const {container, unmount} = render(<MeetingLiveStatus occurrences={OCCURRENCES} join={JOIN} />);
      const text = visibleText(container);
      unmount();
      return text;
    };

    test('English', () => {
      expect([1, 2, 5, 21, 60].map(startsIn)).toEqual(['Starts in 1 minute', 'Starts in 2 minutes', 'Starts in 5 minutes', 'Starts in 21 minutes', 'Starts in 60 minutes']);
    });

    test('French', () => {
      inLanguage('fr', french);
      expect([1, 2, 5].map(startsIn)).toEqual(['Commence dans 1 minute', 'Commence dans 2 minutes', 'Commence dans 5 minutes']);
    });

    test('Russian: one, few and many, in the accusative', () => {
      inLanguage('ru', russian);
      expect([1, 3, 5, 21, 22, 25].map(startsIn)).toEqual([
        'Начнётся через 1 минуту',
        'Начнётся через 3 минуты',
        'Начнётся через 5 минут',
        'Начнётся через 21 минуту',
        'Начнётся через 22 минуты',
        'Начнётся через 25 минут',
      ]);
    });

    test('Japanese: no plural, the countdown before the verb', () => {
      inLanguage('ja', japanese);
      expect(startsIn(5)).toMatch(/^5\s?分後に開始$/);
    });

    test('"Live now" and its link word in French, and the announcement with the title', () => {
      inLanguage('fr', french);
      clockAt(DEC + 60);
      const {container} = render(<MeetingLiveStatus occurrences={OCCURRENCES} join={JOIN} title="Appel fixture" />);
      expect(visibleText(container)).toBe('En cours — rejoindre');
      expect(screen.getByRole('link', {name: 'rejoindre'})).toHaveAttribute('href', JOIN);
      expect(screen.getByRole('status').textContent).toBe('Appel fixture\u00a0: En cours — rejoindre');
    });
  });
});
