/**
 * A problem in a data file (meeting, event). Its message is one line naming the file, the
 * field and the value, so the build can print it without a stack trace.
 */
export class DataError extends Error {
  /** The message without the file: `field "x" has value "y": what to do`. */
  readonly detail: string;

  constructor(
    readonly file: string,
    readonly field: string,
    readonly value: unknown,
    readonly problem: string,
  ) {
    const detail = `field "${field}" ${describeValue(value)}: ${problem}`;
    super(`${file}: ${detail}`);
    this.detail = detail;
    this.name = 'DataError';
  }

  /** The message with the line of the field, `file:line: field …`, the form editors and CI annotations link. */
  at(line: number): string {
    return `${this.file}:${line}: ${this.detail}`;
  }
}

/** The problems of several files, reported together: one line each. */
export class DataErrors extends Error {
  constructor(readonly errors: DataError[]) {
    super([`${errors.length} problems in data files:`, ...errors.map((error) => error.message)].join('\n'));
    this.name = 'DataErrors';
  }
}

/** What a load throws for its problems: a single one as itself, several together. */
export function dataProblemsError(errors: DataError[]): DataError | DataErrors {
  return errors.length === 1 ? errors[0]! : new DataErrors(errors);
}

/** The DataErrors of a thrown error (none for an error that is not the author's). */
export function dataErrorsOf(error: unknown): DataError[] {
  if (error instanceof DataError) return [error];
  if (error instanceof DataErrors) return error.errors;
  return [];
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'is missing';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const shown = text.length > 80 ? `${text.slice(0, 77)}...` : text;
  return `has value ${JSON.stringify(shown)}`;
}
