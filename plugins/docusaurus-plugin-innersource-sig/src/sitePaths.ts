import path from 'node:path';

/** A file's path relative to the site, with forward slashes whatever the OS: how messages and page data name it. */
export const relativeToSite = (siteDir: string, absolute: string) => path.relative(siteDir, absolute).split(path.sep).join('/');
