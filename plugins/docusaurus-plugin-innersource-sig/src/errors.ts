/**
 * A problem in a data file (meeting, event). Its message is one line naming the file, the
 * field and the value, so the build can print it without a stack trace.
 */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly value: unknown,
    readonly problem: string,
  ) {
    super(`${file}: field "${field}" ${describeValue(value)}: ${problem}`);
    this.name = 'DataError';
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'is missing';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const shown = text.length > 80 ? `${text.slice(0, 77)}...` : text;
  return `has value ${JSON.stringify(shown)}`;
}
