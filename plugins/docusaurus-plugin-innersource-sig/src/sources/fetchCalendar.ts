/**
 * Fetching a remote calendar source: the iCalendar address a `meetings/<name>.source.yml` names,
 * perhaps a secret one (Google's private address) read from an environment variable. The fetch is
 * bounded (time, size, redirects, one retry) and never throws: it answers the text or a reason, and
 * the caller falls back to the committed snapshot. The address may carry a token in its path, query
 * or userinfo, and so may a redirect's Location, so reasons are fixed sentences and numbers only:
 * of an address, only publicHost() may be shown.
 */
import {STATUS_CODES} from 'node:http';
import {PLUGIN_NAME} from '../pluginName';

export interface FetchLimits {
  /** Per attempt (one try, its redirects included), including the body. Default 10_000. */
  timeoutMs: number;
  /** Decoded body size limit in bytes. Default 5 * 1024 * 1024. */
  maxBytes: number;
  /** Retries after a transient failure (network error, timeout, HTTP 5xx or 429): 0 or 1. Default 1. */
  retries: number;
  /** Default 5. */
  maxRedirects: number;
  /** Delay before the retry, ms. Default 500 (tests pass 0). */
  retryDelayMs: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  timeoutMs: 10_000,
  maxBytes: 5 * 1024 * 1024,
  retries: 1,
  maxRedirects: 5,
  retryDelayMs: 500,
};

export type FetchResult =
  | {ok: true; text: string; /** HTTP requests started, redirects and retries included */ attempts: number}
  | {ok: false; reason: string; attempts: number};

/** `${NAME}`, as a shell or GitHub Actions would write it. */
const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** Expands `${NAME}` references from env. Result says whether any variable was used (then the URL is a secret). */
export function expandUrl(template: string, env: NodeJS.ProcessEnv): {url: string; fromEnv: boolean} | {problem: string} {
  // `{` has no place in a URL, so a `${` left over is a reference mistyped, not text.
  if (template.replace(REFERENCE, '').includes('${')) {
    return {problem: 'has a "${" that is not a variable reference like ${NAME}'};
  }
  const names = [...template.matchAll(REFERENCE)].map((match) => match[1]);
  // An empty value counts as unset: GitHub Actions passes a secret that does not exist as ''.
  const missing = [...new Set(names.filter((name) => !env[name]))];
  if (missing.length === 1) {
    return {problem: `uses \${${missing[0]}}, which is ${env[missing[0]] === undefined ? 'not set' : 'empty'}`};
  }
  if (missing.length > 1) {
    const listed = missing.map((name) => `\${${name}}`);
    return {problem: `uses ${listed.slice(0, -1).join(', ')} and ${listed.at(-1)}, which are not set or empty`};
  }
  return {url: template.replace(REFERENCE, (_reference, name: string) => env[name]!), fromEnv: names.length > 0};
}

/** The address fetched: webcal:// is https://; undefined when it is not a URL. */
export function fetchedUrl(url: string): string | undefined {
  return parseAddress(url)?.href;
}

function parseAddress(url: string): URL | undefined {
  // By string: the URL standard will not turn a non-special scheme (webcal) into a special one (https).
  const address = /^\s*webcal:/i.test(url) ? url.trimStart().replace(/^webcal:/i, 'https:') : url;
  try {
    return new URL(address);
  } catch {
    return undefined;
  }
}

/** What may be shown of a URL anywhere (messages, pages, logs): its host (with port if not default), nothing else. */
export function publicHost(url: string): string {
  return parseAddress(url)?.host || 'an address that is not a URL';
}

/** Schemes a message may name: well-known ones only, since what precedes a `:` might be part of a token. */
const NAMED_SCHEMES = new Set(['ftp:', 'ftps:', 'sftp:', 'file:', 'data:', 'mailto:', 'webcals:', 'ws:', 'wss:', 'feed:', 'javascript:']);

/** Checks a (expanded) URL: http, https or webcal (webcal:// is fetched as https://). Returns a problem sentence or undefined. Never includes the URL in the sentence beyond the scheme. */
export function urlProblem(url: string): string | undefined {
  const address = parseAddress(url);
  if (!address) {
    return 'the address is not a URL (write it in full, starting with https:// or webcal://)';
  }
  if (address.protocol !== 'http:' && address.protocol !== 'https:') {
    const uses = NAMED_SCHEMES.has(address.protocol) ? `it uses ${address.protocol}` : 'it uses another scheme';
    return `the address is not an http, https or webcal URL (${uses})`;
  }
  return undefined;
}

export interface FetchFailure {
  reason: string;
  /** Worth one more try: the network, a timeout, HTTP 5xx or 429. */
  transient: boolean;
}

export async function fetchCalendar(url: string, limits: Partial<FetchLimits> = {}): Promise<FetchResult> {
  const settings = {...DEFAULT_FETCH_LIMITS, ...limits};
  const problem = urlProblem(url);
  if (problem) {
    return {ok: false, reason: problem, attempts: 0};
  }
  const start = parseAddress(url)!;
  const requests = {count: 0};
  for (let tried = 0; ; tried++) {
    // Each try starts over from the address given: a redirect's target may be short-lived.
    const outcome = await attempt(start, settings, requests);
    if (typeof outcome === 'string') {
      return {ok: true, text: outcome, attempts: requests.count};
    }
    if (!outcome.transient || tried >= settings.retries) {
      return {ok: false, reason: outcome.reason, attempts: requests.count};
    }
    await new Promise((resolve) => setTimeout(resolve, settings.retryDelayMs));
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** One try: the requests, redirects followed, and the body; the text or why not. */
async function attempt(start: URL, limits: FetchLimits, requests: {count: number}): Promise<string | FetchFailure> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  try {
    const response = await follow(start, limits.maxRedirects, controller.signal, requests);
    if ('reason' in response) {
      return response;
    }
    const refused = statusFailure(response) ?? lengthFailure(response, limits.maxBytes);
    if (refused) {
      return refused;
    }
    let body: Uint8Array | undefined;
    try {
      body = await readBody(response, limits.maxBytes);
    } catch {
      if (timedOut) {
        return {reason: `the answer did not finish within ${seconds(limits.timeoutMs)} s`, transient: true};
      }
      // undici rejects the read ('terminated', UND_ERR_SOCKET) when the connection closes before
      // Content-Length bytes or the last chunk came.
      return {reason: 'the answer was cut off (the connection closed before its end)', transient: true};
    }
    return body ? calendarText(body, response.headers.get('content-type')) : tooLarge(limits.maxBytes);
  } catch (error) {
    return timedOut ? {reason: `no answer within ${seconds(limits.timeoutMs)} s`, transient: true} : networkFailure(error);
  } finally {
    clearTimeout(timer);
    // Closes a connection whose body was left unread (a redirect, an error page, a body too large).
    controller.abort();
  }
}

/** The requests of one try, redirects followed by hand (to count and check them): the last answer. */
async function follow(start: URL, maxRedirects: number, signal: AbortSignal, requests: {count: number}): Promise<Response | FetchFailure> {
  const {first, authorization} = withoutCredentials(start);
  const seen = new Set([first.href]);
  let current = first;
  for (let redirects = 0; ; redirects++) {
    requests.count++;
    const response = await fetch(current, {
      redirect: 'manual',
      signal,
      headers: {
        Accept: 'text/calendar, */*;q=0.5',
        'User-Agent': `${PLUGIN_NAME} (remote calendar source)`,
        // Credentials go to the origin they were given for, not to wherever it redirects.
        ...(authorization && current.origin === first.origin ? {Authorization: authorization} : {}),
      },
    });
    if (!REDIRECTS.has(response.status)) {
      return response;
    }
    const next = redirectTarget(response, current);
    if ('reason' in next) {
      return next;
    }
    if (seen.has(next.href)) {
      return {reason: 'too many redirects (they go round in a loop)', transient: false};
    }
    if (redirects >= maxRedirects) {
      return {reason: `too many redirects (more than ${maxRedirects})`, transient: false};
    }
    seen.add(next.href);
    current = next;
  }
}

/** The address without its userinfo, which fetch refuses, and the Basic authorization it stands for. */
function withoutCredentials(address: URL): {first: URL; authorization?: string} {
  if (!address.username && !address.password) {
    return {first: address};
  }
  const first = new URL(address.href);
  first.username = '';
  first.password = '';
  const credentials = `${decode(address.username)}:${decode(address.password)}`;
  return {first, authorization: `Basic ${Buffer.from(credentials, 'utf8').toString('base64')}`};
}

function decode(component: string): string {
  try {
    return decodeURIComponent(component);
  } catch {
    return component;
  }
}

export function redirectTarget(response: Response, current: URL): URL | FetchFailure {
  void response.body?.cancel().catch(() => undefined);
  const location = response.headers.get('location');
  if (location === null) {
    return {reason: `HTTP ${response.status} redirects without saying where (no Location header)`, transient: false};
  }
  let next: URL;
  try {
    next = new URL(location, current);
  } catch {
    return {reason: 'it redirects to an address that is not a URL', transient: false};
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    return {reason: 'it redirects to an address that is neither http nor https', transient: false};
  }
  // The address may carry a token: it is not sent again in clear text.
  if (current.protocol === 'https:' && next.protocol === 'http:') {
    return {reason: 'it redirects from https to plain http, which would send the address unencrypted', transient: false};
  }
  return withoutCredentials(next).first;
}

function statusFailure(response: Response): FetchFailure | undefined {
  const {status} = response;
  if (status >= 200 && status < 300) {
    return undefined;
  }
  void response.body?.cancel().catch(() => undefined);
  // Node's reason phrase, not the server's: a fixed text whatever the server sends.
  const phrase = STATUS_CODES[status];
  const hint = status === 401 || status === 403 ? ' (is the address private? it may have changed)' : '';
  return {reason: `HTTP ${status}${phrase ? ` ${phrase}` : ''}${hint}`, transient: status >= 500 || status === 429};
}

function lengthFailure(response: Response, maxBytes: number): FetchFailure | undefined {
  const length = Number(response.headers.get('content-length'));
  return length > maxBytes ? tooLarge(maxBytes) : undefined;
}

function tooLarge(maxBytes: number): FetchFailure {
  return {reason: `the calendar is larger than ${size(maxBytes)}`, transient: false};
}

/** The body, or undefined as soon as it grows past maxBytes (the rest is never read). */
async function readBody(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!response.body) {
    return new Uint8Array();
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) {
      return Buffer.concat(chunks, total);
    }
    total += value.byteLength;
    if (total > maxBytes) {
      void reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
}

const HTML_PAGE =
  "the answer is an HTML page, not an iCalendar file (a login page? check that the URL is the calendar's public or secret iCal address)";

/** The body as iCalendar text. Never quoted in a reason: it may hold what the address protects. */
function calendarText(body: Uint8Array, contentType: string | null): string | FetchFailure {
  // On the bytes: a page need not be UTF-8.
  const head = Buffer.from(body.buffer, body.byteOffset, Math.min(body.byteLength, 64)).toString('latin1');
  const tagFirst = /^(?:\xEF\xBB\xBF)?\s*</.test(head);
  let text: string;
  try {
    // The BOM is dropped (ignoreBOM: false).
    text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(body);
  } catch {
    return {reason: tagFirst ? HTML_PAGE : 'the calendar is not valid UTF-8', transient: false};
  }
  if (!/^\s*BEGIN:VCALENDAR/i.test(text)) {
    const html = tagFirst || /^\s*text\/html\b/i.test(contentType ?? '');
    return {reason: html ? HTML_PAGE : 'the answer is not an iCalendar file (no BEGIN:VCALENDAR)', transient: false};
  }
  if (!/END:VCALENDAR/i.test(text)) {
    return {reason: 'the calendar is incomplete (no END:VCALENDAR)', transient: false};
  }
  return text;
}

/** Reasons for a request that got no answer. undici wraps the cause: `TypeError: fetch failed` → `cause.code`. */
export function networkFailure(error: unknown): FetchFailure {
  const codes = errorCodes(error);
  const has = (...wanted: string[]) => wanted.some((code) => codes.includes(code));
  if (has('ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_NODATA', 'EAI_FAIL')) {
    return {reason: 'the host name cannot be resolved', transient: true};
  }
  if (has('ECONNREFUSED')) {
    return {reason: 'the connection was refused', transient: true};
  }
  if (has('ECONNRESET')) {
    return {reason: 'the connection was reset', transient: true};
  }
  if (has('UND_ERR_SOCKET')) {
    return {reason: 'the connection was closed before an answer came', transient: true};
  }
  if (has('ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT')) {
    return {reason: 'the connection timed out', transient: true};
  }
  if (has('EHOSTUNREACH', 'ENETUNREACH')) {
    return {reason: 'the host cannot be reached', transient: true};
  }
  if (codes.some((code) => code.includes('CERT'))) {
    return {reason: "the server's TLS certificate is not accepted", transient: false};
  }
  if (codes.some((code) => /^ERR_(?:TLS|SSL)_/.test(code))) {
    return {reason: 'the secure (TLS) connection failed', transient: false};
  }
  if (codes.some((code) => code.startsWith('HPE_')) || has('UND_ERR_HEADERS_OVERFLOW')) {
    return {reason: 'the answer is not valid HTTP', transient: false};
  }
  // fetch refuses some ports outright (the Fetch standard's "bad ports": 1, 25, 6000…).
  if (causes(error).some((cause) => cause instanceof Error && cause.message === 'bad port')) {
    return {reason: 'fetch refuses to connect to this port (a "bad port" in the Fetch standard)', transient: false};
  }
  // Only a code, never a message: messages quote the address.
  const code = codes.find((candidate) => /^[A-Z][A-Z0-9_]*$/.test(candidate));
  return {reason: `the connection failed${code ? ` (${code})` : ''}`, transient: true};
}

/** The error, its causes, and the errors of an AggregateError (a connection tried on several addresses). */
function causes(error: unknown): unknown[] {
  const found: unknown[] = [];
  const visit = (value: unknown) => {
    if (value === undefined || value === null || found.includes(value) || found.length > 20) {
      return;
    }
    found.push(value);
    if (typeof value === 'object') {
      visit((value as {cause?: unknown}).cause);
      const {errors} = value as {errors?: unknown};
      if (Array.isArray(errors)) {
        errors.forEach(visit);
      }
    }
  };
  visit(error);
  return found;
}

function errorCodes(error: unknown): string[] {
  return causes(error)
    .map((cause) => (typeof cause === 'object' ? (cause as {code?: unknown}).code : undefined))
    .filter((code): code is string => typeof code === 'string');
}

/** 10000 → 10, 300 → 0.3, 1500 → 1.5. */
function seconds(ms: number): number {
  const s = ms / 1000;
  return s >= 10 ? Math.round(s) : Number(s.toPrecision(2));
}

/** 5 MB, 1.5 MB, 64 kB, 100 bytes. */
function size(bytes: number): string {
  const MB = 1024 * 1024;
  if (bytes >= MB) {
    return `${Number((bytes / MB).toFixed(1))} MB`;
  }
  return bytes >= 1024 ? `${Number((bytes / 1024).toFixed(1))} kB` : `${bytes} bytes`;
}
