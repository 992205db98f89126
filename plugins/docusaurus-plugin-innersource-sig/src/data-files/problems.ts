import {DataError} from '../errors';

/**
 * Collects a data file's problems field by field, so that an author fixes a file in one round:
 * `attempt` runs one check and gives its value, or undefined with its DataError noted.
 */
export function problemCollector(): {problems: DataError[]; attempt: <T>(check: () => T) => T | undefined} {
  const problems: DataError[] = [];
  const attempt = <T>(check: () => T): T | undefined => {
    try {
      return check();
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problems.push(error);
      return undefined;
    }
  };
  return {problems, attempt};
}
