import {normalizePluginOptions} from '@docusaurus/utils-validation';
import {DEFAULT_OPTIONS, normalizeOptions, validateOptions} from './options';
import type {Options} from './types';

function validate(options: Options | undefined) {
  return validateOptions({validate: normalizePluginOptions as never, options});
}

describe('normalizeOptions', () => {
  test('fills every default', () => {
    expect(normalizeOptions()).toEqual({
      id: 'default',
      onContentProblems: 'warn',
      meetingsPath: 'meetings',
      eventsPath: 'events',
      meetingsRoute: '/meetings',
      eventsRoute: '/events',
      occurrenceHorizonDays: 400,
      emptyPages: false,
      seriesPages: true,
      calendarSources: {timeout: 10, maxSizeMB: 5, staleAfterDays: 7, withoutSnapshot: 'error'},
    });
    expect(normalizeOptions()).toMatchObject(DEFAULT_OPTIONS);
  });

  test('calendarSources: a partial object keeps the other defaults; bad values are refused naming the option', () => {
    expect(normalizeOptions({calendarSources: {staleAfterDays: 2}}).calendarSources).toEqual({timeout: 10, maxSizeMB: 5, staleAfterDays: 2, withoutSnapshot: 'error'});
    expect(() => normalizeOptions({calendarSources: {withoutSnapshot: 'ignore' as never}})).toThrow(/calendarSources\.withoutSnapshot/);
    expect(() => normalizeOptions({calendarSources: {timeout: 0}})).toThrow(/calendarSources\.timeout/);
  });

  test('keeps given values', () => {
    const options = normalizeOptions({
      id: 'second',
      onContentProblems: 'throw',
      meetingsPath: 'data/meetings',
      meetingsRoute: '/calls',
      eventsRoute: false,
      calendarName: 'Our calls',
      occurrenceHorizonDays: 30,
      docsPluginIds: ['default', 'patterns'],
    });
    expect(options).toMatchObject({
      id: 'second',
      onContentProblems: 'throw',
      meetingsPath: 'data/meetings',
      meetingsRoute: '/calls',
      eventsRoute: false,
      calendarName: 'Our calls',
      occurrenceHorizonDays: 30,
      docsPluginIds: ['default', 'patterns'],
    });
  });

  test.each(['ignore', 'log', 'warn', 'throw'] as const)('onContentProblems: %s (Docusaurus\' ReportingSeverity) is accepted', (level) => {
    expect(normalizeOptions({onContentProblems: level}).onContentProblems).toBe(level);
  });

  test('rejects an unknown onContentProblems level, naming the option', () => {
    expect(() => normalizeOptions({onContentProblems: 'loud' as never})).toThrow(/"onContentProblems" must be one of \[ignore, log, warn, throw\]/);
  });

  describe('onUnknownTag, the former name of onContentProblems', () => {
    let warn: jest.SpyInstance;
    beforeEach(() => {
      warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    });
    afterEach(() => warn.mockRestore());

    test.each(['ignore', 'log', 'warn', 'throw'] as const)('%s is read as onContentProblems, with a one-line warning', (level) => {
      const options = normalizeOptions({onUnknownTag: level});
      expect(options.onContentProblems).toBe(level);
      expect(options).not.toHaveProperty('onUnknownTag');
      expect(warn).toHaveBeenCalledTimes(1);
      const [message] = warn.mock.calls[0] as [string];
      expect(message).toMatch(/\[WARNING\] docusaurus-plugin-innersource-sig: the option onUnknownTag is deprecated; it is now called onContentProblems/);
      expect(message).not.toContain('\n');
    });

    test('the new name alone gives no warning', () => {
      normalizeOptions({onContentProblems: 'throw'});
      normalizeOptions({});
      expect(warn).not.toHaveBeenCalled();
    });

    test('both names at once are refused, naming both', () => {
      expect(() => normalizeOptions({onUnknownTag: 'throw', onContentProblems: 'warn'})).toThrow(
        'docusaurus-plugin-innersource-sig: onUnknownTag is the former name of onContentProblems: keep only onContentProblems',
      );
    });

    test('an unknown level is refused naming the name written', () => {
      expect(() => normalizeOptions({onUnknownTag: 'loud' as never})).toThrow(/"onUnknownTag" must be one of \[ignore, log, warn, throw\]/);
    });
  });

  test('meetingsRoute may be false (no meetings page)', () => {
    expect(normalizeOptions({meetingsRoute: false}).meetingsRoute).toBe(false);
  });

  test.each(['meetings', 'https://example.org/meetings', ''])('meetingsRoute "%s" is rejected: it must start with "/"', (route) => {
    expect(() => normalizeOptions({meetingsRoute: route})).toThrow(/meetingsRoute/);
  });

  test('meetingsRoute true is rejected', () => {
    expect(() => normalizeOptions({meetingsRoute: true as never})).toThrow(/meetingsRoute/);
  });

  test('eventsRoute follows the same rule', () => {
    expect(() => normalizeOptions({eventsRoute: 'events'})).toThrow(/eventsRoute/);
  });

  test('occurrenceHorizonDays must be a whole number of days within range', () => {
    expect(() => normalizeOptions({occurrenceHorizonDays: 3})).toThrow(/occurrenceHorizonDays/);
    expect(() => normalizeOptions({occurrenceHorizonDays: 10.5})).toThrow(/occurrenceHorizonDays/);
    expect(() => normalizeOptions({occurrenceHorizonDays: 100000})).toThrow(/occurrenceHorizonDays/);
  });

  test('an empty calendar name and an empty docsPluginIds list are rejected', () => {
    expect(() => normalizeOptions({calendarName: ''})).toThrow(/calendarName/);
    expect(() => normalizeOptions({docsPluginIds: []})).toThrow(/docsPluginIds/);
  });

  test('unknown options are rejected', () => {
    expect(() => normalizeOptions({onContentProblem: 'warn'} as never)).toThrow(/"onContentProblem" is not allowed/);
  });
});

describe('validateOptions (Docusaurus entry point)', () => {
  test('applies the defaults, also without options', () => {
    expect(validate(undefined)).toMatchObject({id: 'default', ...DEFAULT_OPTIONS});
    expect(validate({meetingsRoute: false})).toMatchObject({meetingsRoute: false, eventsRoute: '/events'});
  });

  test('rejects onContentProblems: "loud" with a message naming the option', () => {
    let message = '';
    try {
      validate({onContentProblems: 'loud' as never});
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/onContentProblems/);
    expect(message).toMatch(/ignore|log|warn|throw/);
  });

  test('rejects a meetingsRoute that does not start with "/", saying what is expected', () => {
    expect(() => validate({meetingsRoute: 'meetings'})).toThrow(/"meetingsRoute" must be a path starting with "\/".*"meetings"/);
  });
});
