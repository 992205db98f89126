import os from 'node:os';
import path from 'node:path';
import {normalizePluginOptions} from '@docusaurus/utils-validation';
import type {LoadContext} from '@docusaurus/types';
import themeInnerSourceSigSearch, {validateOptions} from './index';

const validate = (options: unknown) => validateOptions({validate: normalizePluginOptions as never, options: options as never});

describe('the search theme', () => {
  it('takes a compact option, off by default', () => {
    expect(validate(undefined)).toEqual({id: 'default', compact: false});
    expect(validate({compact: true})).toEqual({id: 'default', compact: true});
    expect(() => validate({compact: 'yes'})).toThrow(/"compact" must be a boolean/);
    expect(() => validate({compct: true})).toThrow(/"compct" is not allowed/);
  });

  const context = {i18n: {currentLocale: 'en', localeConfigs: {en: {htmlLang: 'en'}}}, baseUrl: '/', siteDir: '/site'} as unknown as LoadContext;

  it('hands the option to the browser as global data', async () => {
    const setGlobalData = jest.fn();
    const theme = themeInnerSourceSigSearch(context, {compact: true});
    await theme.contentLoaded!({content: undefined, actions: {setGlobalData} as never, allContent: {}} as never);
    expect(setGlobalData).toHaveBeenCalledWith({compact: true});
  });

  it('gives the server bundle a Pagefind loader without the import() of the index, and leaves the client bundle its own', () => {
    const theme = themeInnerSourceSigSearch(context);
    const utils = {} as never;
    const server = theme.configureWebpack!({} as never, true, utils, undefined) as {resolve: {alias: Record<string, string>}};
    const themeDir = path.resolve(__dirname, '../search-theme/SearchBar');
    expect(server.resolve.alias).toEqual({[path.join(themeDir, 'pagefind')]: path.join(themeDir, 'pagefind.server')});
    expect(theme.configureWebpack!({} as never, false, utils, undefined)).toEqual({});
  });

  it('fails the build saying what to install when it cannot write the index, without ending the process', async () => {
    const exit = jest.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    try {
      const theme = themeInnerSourceSigSearch(context);
      // Its folder of links to the pages cannot be made beside an output folder that does not exist.
      const outDir = path.join(os.tmpdir(), `sig-no-such-folder-${process.pid}`, 'build');
      const error = await theme.postBuild!({outDir, routes: []} as never).then(() => undefined, (e: Error) => e);
      const binary = `@pagefind/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
      expect(error?.message).toBe(`docusaurus-plugin-innersource-sig/search could not write the search index of locale "en". Check that the "pagefind" package and its binary for this platform (${binary}) are installed.`);
      expect((error?.cause as NodeJS.ErrnoException).code).toBe('ENOENT');
      expect(exit).not.toHaveBeenCalled();
    } finally {
      exit.mockRestore();
    }
  });
});
