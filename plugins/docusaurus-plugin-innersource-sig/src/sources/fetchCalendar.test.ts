import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {DEFAULT_FETCH_LIMITS, expandUrl, fetchCalendar, fetchedUrl, networkFailure, publicHost, redirectTarget, urlProblem, type FetchLimits} from './fetchCalendar';

// Every address carries secrets (path, query, userinfo, Location) marked s3cr3t: no reason may show them.
const SECRET = /s3cr3t|token|127\.0\.0\.1/i;
const FAST: Partial<FetchLimits> = {timeoutMs: 300, retryDelayMs: 0};
const MB = 1024 * 1024;
const CALENDAR = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nEND:VCALENDAR\r\n';
const PASSWORD = 's3cr3t-PASS';

/** Requests seen, by route. */
const hits = new Map<string, number>();
let seenHeaders: http.IncomingHttpHeaders = {};
let otherAuthorization: string | undefined;
/** Bytes the 50 MB route had written when its connection closed. */
let hugeWritten: Promise<number> | undefined;

function calendar(res: http.ServerResponse, body: string | Buffer = CALENDAR, type = 'text/calendar; charset=utf-8') {
  res.writeHead(200, {'Content-Type': type});
  res.end(body);
}

function redirect(res: http.ServerResponse, location: string, status = 302) {
  res.writeHead(status, {Location: location});
  res.end('moved');
}

const routes: Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => void> = {
  calendar: (req, res) => {
    seenHeaders = req.headers;
    calendar(res);
  },
  bom: (_req, res) => calendar(res, `\uFEFF${CALENDAR}`),
  'not-found': (_req, res) => res.writeHead(404).end('no s3cr3t-BODY here'),
  forbidden: (_req, res) => res.writeHead(403, 's3cr3t-STATUS').end(),
  'server-error': (_req, res) => res.writeHead(500).end(),
  'rate-limited': (_req, res) => res.writeHead(429).end(),
  // Accepts, then never answers.
  silent: () => undefined,
  // Answers, then never ends the body.
  'no-end': (_req, res) => {
    res.writeHead(200, {'Content-Type': 'text/calendar'});
    res.write('BEGIN:VCALENDAR\r\n');
  },
  loop: (_req, res) => redirect(res, 'loop-b?token=s3cr3t-LOCATION'),
  'loop-b': (_req, res) => redirect(res, 'loop?token=s3cr3t-TOKEN'),
  // Relative redirects, ../ and bare, to the calendar.
  chain: (_req, res) => redirect(res, '../s3cr3t-PATH/chain-2?token=s3cr3t-LOCATION', 301),
  'chain-2': (_req, res) => redirect(res, 'calendar?token=s3cr3t-LOCATION', 307),
  'to-ftp': (_req, res) => redirect(res, 'ftp://files.example/s3cr3t-LOCATION.ics'),
  'no-location': (_req, res) => res.writeHead(302).end(),
  // Content-Length promises more than comes before the connection closes.
  truncated: (_req, res) => {
    res.writeHead(200, {'Content-Type': 'text/calendar', 'Content-Length': '1000'});
    res.write('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n');
    setTimeout(() => res.socket?.destroy(), 20);
  },
  login: (_req, res) => calendar(res, '<!doctype html><html><body><form>s3cr3t-BODY</form></body></html>', 'text/html; charset=utf-8'),
  'html-typed': (_req, res) => calendar(res, 'Please sign in, s3cr3t-BODY', 'text/html'),
  // An HTML page in Latin-1, served without a type: not UTF-8 either.
  'latin1-page': (_req, res) => calendar(res, Buffer.from('\n<html><body>Connexion \xe9chou\xe9e</body></html>', 'latin1'), 'application/octet-stream'),
  'plain-text': (_req, res) => calendar(res, 'hello s3cr3t-BODY', 'text/plain'),
  'no-end-marker': (_req, res) => calendar(res, 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'),
  'bad-utf8': (_req, res) => calendar(res, Buffer.concat([Buffer.from('BEGIN:VCALENDAR\r\nX-NAME:'), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from('\r\nEND:VCALENDAR\r\n')])),
  // Says 6 MB upfront, then sends almost nothing: refused on the header, not after a timeout.
  'long-declared': (_req, res) => {
    res.writeHead(200, {'Content-Type': 'text/calendar', 'Content-Length': String(6 * MB)});
    res.write('BEGIN:VCALENDAR\r\n');
  },
  // 50 MB, chunked, written as fast as the client reads.
  huge: (_req, res) => {
    res.writeHead(200, {'Content-Type': 'text/calendar'});
    const chunk = Buffer.alloc(64 * 1024, 'X');
    chunk.write('BEGIN:VCALENDAR\r\nX-PAD:');
    let written = 0;
    hugeWritten = new Promise((resolve) => res.on('close', () => resolve(written)));
    const pump = () => {
      while (written < 50 * MB && !res.destroyed) {
        written += chunk.length;
        if (!res.write(chunk)) {
          res.once('drain', pump);
          return;
        }
      }
      res.end();
    };
    pump();
  },
  auth: (req, res) => {
    if (req.headers.authorization === `Basic ${Buffer.from(`user:${PASSWORD}`).toString('base64')}`) {
      calendar(res);
    } else {
      res.writeHead(401).end();
    }
  },
  'auth-elsewhere': (_req, res) => redirect(res, `${otherBase}/calendar`),
};

let server: http.Server;
let other: http.Server;
let base: string;
let otherBase: string;

function route(req: http.IncomingMessage): string {
  const name = new URL(req.url ?? '/', 'http://localhost').pathname.split('/').at(-1) ?? '';
  // hop-0, hop-1…: an endless chain of distinct redirects.
  return name.startsWith('hop-') ? 'hop' : name;
}

async function listen(handler: http.RequestListener): Promise<[http.Server, string]> {
  const started = http.createServer(handler);
  await new Promise<void>((resolve) => started.listen(0, '127.0.0.1', resolve));
  return [started, `http://127.0.0.1:${(started.address() as AddressInfo).port}`];
}

beforeAll(async () => {
  [server, base] = await listen((req, res) => {
    const name = route(req);
    hits.set(name, (hits.get(name) ?? 0) + 1);
    if (name === 'hop') {
      const n = Number(new URL(req.url!, base).pathname.split('-').at(-1));
      redirect(res, `hop-${n + 1}?token=s3cr3t-LOCATION`);
    } else {
      (routes[name] ?? ((_req, response) => response.writeHead(404).end()))(req, res);
    }
  });
  [other, otherBase] = await listen((req, res) => {
    otherAuthorization = req.headers.authorization;
    calendar(res);
  });
});

afterAll(async () => {
  for (const started of [server, other]) {
    started.closeAllConnections();
    await new Promise((resolve) => started.close(resolve));
  }
});

beforeEach(() => hits.clear());

function address(name: string): string {
  return `${base}/s3cr3t-PATH/${name}?token=s3cr3t-TOKEN`;
}

async function failure(name: string, limits: Partial<FetchLimits> = {}): Promise<{reason: string; attempts: number}> {
  const result = await fetchCalendar(address(name), {...FAST, ...limits});
  if (result.ok) {
    throw new Error(`${name} was fetched`);
  }
  expect(result.reason).not.toMatch(SECRET);
  return {reason: result.reason, attempts: result.attempts};
}

describe('fetchCalendar', () => {
  it('answers the calendar, asking for one by name', async () => {
    await expect(fetchCalendar(address('calendar'), FAST)).resolves.toEqual({ok: true, text: CALENDAR, attempts: 1});
    expect(seenHeaders.accept).toBe('text/calendar, */*;q=0.5');
    expect(seenHeaders['user-agent']).toContain('docusaurus-plugin-innersource-sig');
  });

  it('drops a UTF-8 BOM', async () => {
    await expect(fetchCalendar(address('bom'), FAST)).resolves.toEqual({ok: true, text: CALENDAR, attempts: 1});
  });

  it('follows relative redirects to the calendar', async () => {
    await expect(fetchCalendar(address('chain'), FAST)).resolves.toEqual({ok: true, text: CALENDAR, attempts: 3});
  });

  it('sends userinfo as Basic credentials, and not to another origin', async () => {
    const withUser = address('auth').replace('http://', `http://user:${PASSWORD}@`);
    await expect(fetchCalendar(withUser, FAST)).resolves.toMatchObject({ok: true, text: CALENDAR});
    await expect(fetchCalendar(address('auth-elsewhere').replace('http://', `http://user:${PASSWORD}@`), FAST)).resolves.toMatchObject({ok: true});
    expect(otherAuthorization).toBeUndefined();
  });

  it('reports HTTP 404 without retrying', async () => {
    await expect(failure('not-found')).resolves.toEqual({reason: 'HTTP 404 Not Found', attempts: 1});
    expect(hits.get('not-found')).toBe(1);
  });

  it('hints that a 403 address may have changed, with its standard phrase, not the server\'s', async () => {
    const {reason} = await failure('forbidden');
    expect(reason).toBe('HTTP 403 Forbidden (is the address private? it may have changed)');
  });

  it.each([
    ['server-error', /^HTTP 500 Internal Server Error$/],
    ['rate-limited', /^HTTP 429 Too Many Requests$/],
  ])('retries %s once', async (name, reason) => {
    await expect(failure(name)).resolves.toEqual({reason: expect.stringMatching(reason), attempts: 2});
    expect(hits.get(name)).toBe(2);
  });

  it('retries no more than asked', async () => {
    await expect(failure('server-error', {retries: 0})).resolves.toMatchObject({attempts: 1});
    expect(hits.get('server-error')).toBe(1);
  });

  it('gives up on a server that never answers, after one retry', async () => {
    const started = Date.now();
    await expect(failure('silent')).resolves.toEqual({reason: 'no answer within 0.3 s', attempts: 2});
    expect(hits.get('silent')).toBe(2);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('gives up on a body that never ends', async () => {
    await expect(failure('no-end')).resolves.toEqual({reason: 'the answer did not finish within 0.3 s', attempts: 2});
  });

  it('reports a body cut off before its Content-Length', async () => {
    await expect(failure('truncated')).resolves.toEqual({reason: expect.stringMatching(/^the answer was cut off/), attempts: 2});
  });

  it('stops a redirect loop', async () => {
    await expect(failure('loop')).resolves.toEqual({reason: 'too many redirects (they go round in a loop)', attempts: 2});
    expect([hits.get('loop'), hits.get('loop-b')]).toEqual([1, 1]);
  });

  it('follows no more than maxRedirects', async () => {
    await expect(failure('hop-0')).resolves.toEqual({reason: 'too many redirects (more than 5)', attempts: 6});
    await expect(failure('hop-0', {maxRedirects: 2})).resolves.toEqual({reason: 'too many redirects (more than 2)', attempts: 3});
  });

  it('refuses a redirect from https to plain http, where the address (and its token) would travel unencrypted', () => {
    const redirect = (location: string) => new Response(null, {status: 302, headers: {Location: location}});
    expect(redirectTarget(redirect('http://calendar.example.org/feed.ics?token=s3cr3t'), new URL('https://calendar.example.org/a.ics'))).toEqual({
      reason: 'it redirects from https to plain http, which would send the address unencrypted',
      transient: false,
    });
    expect(redirectTarget(redirect('https://other.example.org/b.ics'), new URL('https://calendar.example.org/a.ics'))).toEqual(new URL('https://other.example.org/b.ics'));
    expect(redirectTarget(redirect('https://calendar.example.org/b.ics'), new URL('http://calendar.example.org/a.ics'))).toEqual(new URL('https://calendar.example.org/b.ics'));
  });

  it('refuses a redirect to another scheme, or to nowhere', async () => {
    await expect(failure('to-ftp')).resolves.toMatchObject({reason: 'it redirects to an address that is neither http nor https', attempts: 1});
    await expect(failure('no-location')).resolves.toMatchObject({reason: expect.stringMatching(/no Location header/)});
  });

  it.each([
    ['login', /^the answer is an HTML page, not an iCalendar file \(a login page\?/],
    ['html-typed', /^the answer is an HTML page/],
    ['latin1-page', /^the answer is an HTML page/],
    ['plain-text', /^the answer is not an iCalendar file \(no BEGIN:VCALENDAR\)$/],
    ['no-end-marker', /no END:VCALENDAR/],
    ['bad-utf8', /^the calendar is not valid UTF-8$/],
  ])('rejects the %s body without quoting it, nor retrying', async (name, reason) => {
    await expect(failure(name)).resolves.toEqual({reason: expect.stringMatching(reason), attempts: 1});
  });

  it('refuses a body whose Content-Length is over the limit before reading it', async () => {
    await expect(failure('long-declared', {timeoutMs: 5000})).resolves.toEqual({reason: 'the calendar is larger than 5 MB', attempts: 1});
  });

  it('stops reading a 50 MB body at the limit', async () => {
    const started = Date.now();
    await expect(failure('huge', {timeoutMs: 5000})).resolves.toEqual({reason: 'the calendar is larger than 5 MB', attempts: 1});
    expect(Date.now() - started).toBeLessThan(4000);
    // The client closed the connection: the server wrote a fraction of the 50 MB.
    await expect(hugeWritten).resolves.toBeLessThan(25 * MB);
  });

  it('names the limit it was given', async () => {
    await expect(failure('calendar', {maxBytes: 40})).resolves.toMatchObject({reason: 'the calendar is larger than 40 bytes'});
    await expect(failure('huge', {maxBytes: 1.5 * MB, timeoutMs: 5000})).resolves.toMatchObject({reason: 'the calendar is larger than 1.5 MB'});
  });

  it('reports a refused connection, after one retry', async () => {
    const [closed, closedBase] = await listen(() => undefined);
    await new Promise((resolve) => closed.close(resolve));
    const result = await fetchCalendar(`${closedBase}/s3cr3t-PATH/calendar?token=s3cr3t-TOKEN`, FAST);
    expect(result).toEqual({ok: false, reason: 'the connection was refused', attempts: 2});
  });

  it('fetches nothing from an address it cannot fetch', async () => {
    await expect(fetchCalendar('ftp://files.example/s3cr3t-PATH.ics')).resolves.toEqual({
      ok: false,
      reason: 'the address is not an http, https or webcal URL (it uses ftp:)',
      attempts: 0,
    });
  });

  it('defaults to 10 s, 5 MB, one retry, 5 redirects', () => {
    expect(DEFAULT_FETCH_LIMITS).toEqual({timeoutMs: 10_000, maxBytes: 5 * MB, retries: 1, maxRedirects: 5, retryDelayMs: 500});
  });
});

describe('networkFailure', () => {
  // What undici rejects with: `TypeError: fetch failed`, the system error as its cause.
  const failed = (cause: unknown) => new TypeError('fetch failed', {cause});
  const systemError = (code: string) => Object.assign(new Error(`getaddrinfo ${code} calendar.s3cr3t.example`), {code});

  it.each([
    ['ENOTFOUND', 'the host name cannot be resolved', true],
    ['EAI_AGAIN', 'the host name cannot be resolved', true],
    ['ECONNRESET', 'the connection was reset', true],
    ['ECONNREFUSED', 'the connection was refused', true],
    ['CERT_HAS_EXPIRED', "the server's TLS certificate is not accepted", false],
    ['EPIPE', 'the connection failed (EPIPE)', true],
  ])('reads %s from the cause', (code, reason, transient) => {
    expect(networkFailure(failed(systemError(code)))).toEqual({reason, transient});
  });

  it('reads the errors of an AggregateError (several addresses tried)', () => {
    const aggregate = new AggregateError([systemError('ECONNREFUSED'), systemError('ECONNREFUSED')], 'connect failed');
    expect(networkFailure(failed(aggregate))).toEqual({reason: 'the connection was refused', transient: true});
  });

  it('never repeats a message', () => {
    expect(networkFailure(failed(new Error('Request cannot be constructed from https://u:s3cr3t@x/')))).toEqual({reason: 'the connection failed', transient: true});
  });
});

describe('expandUrl', () => {
  const env = {SIG_CALENDAR_URL: 'https://calendar.example/s3cr3t/basic.ics', HOST: 'calendar.example', TOKEN: 's3cr3t', EMPTY: ''};

  it('leaves an address without variables as it is', () => {
    expect(expandUrl('https://calendar.example/a$b.ics', env)).toEqual({url: 'https://calendar.example/a$b.ics', fromEnv: false});
  });

  it('expands variables, saying the address came from the environment', () => {
    expect(expandUrl('${SIG_CALENDAR_URL}', env)).toEqual({url: env.SIG_CALENDAR_URL, fromEnv: true});
    expect(expandUrl('https://${HOST}/cal.ics?token=${TOKEN}&again=${TOKEN}', env)).toEqual({
      url: 'https://calendar.example/cal.ics?token=s3cr3t&again=s3cr3t',
      fromEnv: true,
    });
  });

  it('names a variable that is not set or empty, never a value', () => {
    expect(expandUrl('${SIG_CALENDAR_URL}', {})).toEqual({problem: 'uses ${SIG_CALENDAR_URL}, which is not set'});
    expect(expandUrl('https://${HOST}/${EMPTY}', env)).toEqual({problem: 'uses ${EMPTY}, which is empty'});
    expect(expandUrl('https://${HOST}/${A}/${B}/${A}', env)).toEqual({problem: 'uses ${A} and ${B}, which are not set or empty'});
  });

  it('refuses a ${ that is not a reference', () => {
    expect(expandUrl('https://${HOST/cal.ics', env)).toEqual({problem: expect.stringMatching(/not a variable reference/)});
    expect(expandUrl('https://${1HOST}/cal.ics', env)).toHaveProperty('problem');
  });
});

describe('publicHost', () => {
  it.each([
    ['https://calendar.example/s3cr3t/basic.ics?token=s3cr3t', 'calendar.example'],
    ['https://calendar.example:443/x', 'calendar.example'],
    ['http://127.0.0.1:8080/x', '127.0.0.1:8080'],
    ['https://user:s3cr3t@Calendar.Example:8443/x', 'calendar.example:8443'],
    ['webcal://calendar.example/x.ics', 'calendar.example'],
    ['not a url s3cr3t', 'an address that is not a URL'],
  ])('%s → %s', (url, host) => {
    expect(publicHost(url)).toBe(host);
  });
});

describe('urlProblem', () => {
  it.each(['https://calendar.example/x.ics', 'http://calendar.example/x.ics', 'webcal://calendar.example/x.ics', 'WEBCAL://calendar.example/x.ics'])('accepts %s', (url) => {
    expect(urlProblem(url)).toBeUndefined();
  });

  it('fetches webcal:// as https://', () => {
    expect(fetchedUrl('webcal://calendar.example/x.ics?a=1')).toBe('https://calendar.example/x.ics?a=1');
    expect(fetchedUrl('http://calendar.example/x.ics')).toBe('http://calendar.example/x.ics');
  });

  it('names a well-known other scheme', () => {
    expect(urlProblem('ftp://files.example/s3cr3t.ics')).toBe('the address is not an http, https or webcal URL (it uses ftp:)');
  });

  it('does not name a scheme that may be part of a token', () => {
    expect(urlProblem('s3cr3t:abc')).toBe('the address is not an http, https or webcal URL (it uses another scheme)');
  });

  it('refuses what is not a URL, without quoting it', () => {
    expect(urlProblem('calendar.example/s3cr3t.ics')).toMatch(/^the address is not a URL/);
    expect(urlProblem('calendar.example/s3cr3t.ics')).not.toMatch(SECRET);
  });
});
