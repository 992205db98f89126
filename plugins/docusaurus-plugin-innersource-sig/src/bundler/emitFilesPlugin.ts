/**
 * A bundler plugin (webpack 5 and Rspack) that emits generated files, e.g. /ics/x.ics, into the
 * client build. Emitting from the compilation (rather than writing in postBuild) makes the files
 * exist in `docusaurus start` too, served from memory, and re-emitted when their sources change.
 */
export interface GeneratedFiles {
  /** Output path relative to the output folder (no leading slash) → file text. */
  files: Map<string, string>;
  /** Absolute paths of the data files the generated files come from. */
  sources: string[];
}

const BUNDLER_PLUGIN_NAME = 'innersource-sig-emit-files';

// Minimal structural types: the same code runs under webpack and Rspack.
interface Compilation {
  hooks: {processAssets: {tap(options: {name: string; stage: number}, fn: () => void): void}};
  emitAsset(file: string, source: unknown): void;
  getAsset(file: string): unknown;
  updateAsset(file: string, source: unknown): void;
  fileDependencies: {add(path: string): void};
}
interface Compiler {
  webpack: {
    Compilation: {PROCESS_ASSETS_STAGE_ADDITIONAL: number};
    sources: {RawSource: new (text: string) => unknown};
  };
  hooks: {thisCompilation: {tap(name: string, fn: (compilation: Compilation) => void): void}};
}

export class EmitFilesPlugin {
  // A getter, not a value: in `docusaurus start` content reloads after the config was made.
  constructor(private readonly getFiles: () => GeneratedFiles) {}

  apply(compiler: Compiler): void {
    const {Compilation, sources} = compiler.webpack;
    compiler.hooks.thisCompilation.tap(BUNDLER_PLUGIN_NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        {name: BUNDLER_PLUGIN_NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL},
        () => {
          const {files, sources: dataFiles} = this.getFiles();
          for (const [path, text] of files) {
            const source = new sources.RawSource(text);
            if (compilation.getAsset(path)) compilation.updateAsset(path, source);
            else compilation.emitAsset(path, source);
          }
          for (const file of dataFiles) compilation.fileDependencies.add(file);
        },
      );
    });
  }
}
