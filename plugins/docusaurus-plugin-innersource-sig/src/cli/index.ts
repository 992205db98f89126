/**
 * The plugin's commands, registered on Docusaurus' CLI. Each command's module is loaded when it
 * runs (builds need none of them) and returns its exit code.
 */
import {DEFAULT_PLUGIN_ID} from '@docusaurus/utils';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {PluginOptions} from '../types';
import type {AgendaFlags} from './agenda';
import type {ImportCommandOptions} from './import';

type Cli = Parameters<NonNullable<Plugin['extendCli']>>[0];

/** A repeatable option's values, in order. */
const collect = (value: string, previous: string[]) => [...previous, value];

export function registerCommands(cli: Cli, context: LoadContext, options: PluginOptions): void {
  // One command per plugin instance, as docs:version does: two instances would both run one.
  const name = (command: string) => (options.id === DEFAULT_PLUGIN_ID ? command : `${command}:${options.id}`);
  cli
    .command(name('sig:check'))
    .description('Check meeting files, event front matter, and the tags, meetings and .ics links that pages name, without building')
    .action(async () => {
      const {runCheckCommand} = await import('./check');
      process.exitCode = await runCheckCommand(context, options);
    });
  cli
    .command(name('sig:sync'))
    .description(`Fetch every calendar source (${options.meetingsPath}/<name>.source.yml), update its snapshot and print what changed; exit code 2 when a schedule changed`)
    .action(async () => {
      const {runSyncCommand} = await import('./sync');
      process.exitCode = await runSyncCommand({siteDir: context.siteDir}, options);
    });
  cli
    .command(name('sig:agenda'))
    .arguments('<id>')
    .description(`Print the agenda issue (title and Markdown body) of a series' next meeting, with the template ${options.meetingsPath}/<id>.agenda.md if there is one; exit code 1 when there is none to print`)
    .option('--date <day>', 'the meeting of this day (YYYY-MM-DD, in the series\' zone) instead of the next one ("next")')
    .option('--zone <zone>', 'also show the time in this IANA zone (repeatable; UTC is always shown)', collect, [])
    .option('--json', 'print {id, date, title, body, start, end, timezone, join, calendar} as JSON')
    .action(async (id: string, command: {opts(): AgendaFlags}) => {
      const {runAgendaCommand} = await import('./agenda');
      process.exitCode = await runAgendaCommand(context, options, id, command.opts());
    });
  cli
    .command(name('sig:import'))
    .arguments('<files...>')
    .description(`Turn calendar exports (.ics) into meeting files, one per recurring series (default folder: ${options.meetingsPath})`)
    .option('--out <dir>', 'folder to write the meeting files to')
    .option('--force', 'replace the file of a series imported before (same UID)')
    .option('--zone <tzid=zone>', 'IANA zone of a TZID that neither a table nor the file explains (repeatable)', collect, [])
    .action(async (files: string[], command: {opts(): ImportCommandOptions}) => {
      const {runImportCommand} = await import('./import');
      process.exitCode = await runImportCommand(files, command.opts(), {siteDir: context.siteDir, meetingsPath: options.meetingsPath});
    });
}
