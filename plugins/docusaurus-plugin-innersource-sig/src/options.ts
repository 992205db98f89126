import {Joi, normalizePluginOptions} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';
import {PLUGIN_NAME} from './pluginName';
import type {Options, PluginOptions} from './types';

export const DEFAULT_OPTIONS: Omit<PluginOptions, 'id'> = {
  onContentProblems: 'warn',
  meetingsPath: 'meetings',
  eventsPath: 'events',
  meetingsRoute: '/meetings',
  eventsRoute: '/events',
  occurrenceHorizonDays: 400,
  emptyPages: false,
  seriesPages: true,
  calendarSources: {timeout: 10, maxSizeMB: 5, staleAfterDays: 7, withoutSnapshot: 'error'},
};

const RouteSchema = Joi.alternatives().try(
  Joi.string()
    .pattern(/^\//)
    .messages({'string.pattern.base': '{{#label}} must be a path starting with "/" (or false for none), not {:[.]}'}),
  Joi.boolean().valid(false),
);

/** Docusaurus' ReportingSeverity, as its own options (onBrokenLinks…) take it. */
const ReportingSeveritySchema = Joi.string().equal('ignore', 'log', 'warn', 'throw');

const PluginOptionSchema = Joi.object<PluginOptions & Pick<Options, 'onUnknownTag'>>({
  // Its default is set below, once the deprecated name is read.
  onContentProblems: ReportingSeveritySchema,
  onUnknownTag: ReportingSeveritySchema,
  meetingsPath: Joi.string().default(DEFAULT_OPTIONS.meetingsPath),
  eventsPath: Joi.string().default(DEFAULT_OPTIONS.eventsPath),
  meetingsRoute: RouteSchema.default(DEFAULT_OPTIONS.meetingsRoute),
  eventsRoute: RouteSchema.default(DEFAULT_OPTIONS.eventsRoute),
  // Without them, the names come from the site's title, in each locale's language.
  calendarName: Joi.string().min(1),
  eventsCalendarName: Joi.string().min(1),
  occurrenceHorizonDays: Joi.number().integer().min(7).max(3660).default(DEFAULT_OPTIONS.occurrenceHorizonDays),
  docsPluginIds: Joi.array().items(Joi.string()).min(1),
  emptyPages: Joi.boolean().default(DEFAULT_OPTIONS.emptyPages),
  seriesPages: Joi.boolean().default(DEFAULT_OPTIONS.seriesPages),
  calendarSources: Joi.object({
    timeout: Joi.number().positive().max(120).default(DEFAULT_OPTIONS.calendarSources.timeout),
    maxSizeMB: Joi.number().positive().max(100).default(DEFAULT_OPTIONS.calendarSources.maxSizeMB),
    staleAfterDays: Joi.number().integer().min(1).default(DEFAULT_OPTIONS.calendarSources.staleAfterDays),
    withoutSnapshot: Joi.string().equal('error', 'warn').default(DEFAULT_OPTIONS.calendarSources.withoutSnapshot),
  }).default(DEFAULT_OPTIONS.calendarSources),
})
  // onUnknownTag is onContentProblems' name from when it was about tags only: still read, with a
  // warning (Docusaurus prints Joi's), and never beside the new name.
  .oxor('onContentProblems', 'onUnknownTag')
  .custom(({onUnknownTag, ...options}, helpers) => {
    if (onUnknownTag !== undefined) helpers.warn('option.renamed');
    return {...options, onContentProblems: options.onContentProblems ?? onUnknownTag ?? DEFAULT_OPTIONS.onContentProblems};
  })
  .messages({
    'object.oxor': `${PLUGIN_NAME}: onUnknownTag is the former name of onContentProblems: keep only onContentProblems`,
    'option.renamed': `${PLUGIN_NAME}: the option onUnknownTag is deprecated; it is now called onContentProblems, as it covers meetings, page data and .ics links too`,
  });

export function validateOptions({
  validate,
  options,
}: OptionValidationContext<Options | undefined, PluginOptions>): PluginOptions {
  return validate(PluginOptionSchema, options ?? {});
}

/** For tests and for callers outside Docusaurus' own validation. */
export function normalizeOptions(options: Options = {}): PluginOptions {
  return normalizePluginOptions(PluginOptionSchema, options as Partial<PluginOptions>);
}
