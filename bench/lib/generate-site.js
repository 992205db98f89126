'use strict';
/**
 * Writes the synthetic portal twice from the same seeded content:
 *   <outDir>/site-with     the plugin, meetings/ (and events/ when supported), pages using BoxOut,
 *                          BokTagList and MeetingTable
 *   <outDir>/site-without  the same docs without the plugin: component pages carry plain text instead,
 *                          no meetings, no events
 * Everything derives from the seed: the same seed writes byte-identical files.
 */

const fs = require('node:fs');
const path = require('node:path');
const {createRandom} = require('./util');

const DOMAIN_WORDS = (
  'innersource open source practice team host guest contribution review pull request repository sponsor ' +
  'maintainer trusted committer pattern culture governance compliance audit risk control bank insurer market ' +
  'infrastructure platform developer experience documentation onboarding mentoring metrics maturity model ' +
  'programme office funding chargeback reuse discovery catalogue portal license policy security scanning ' +
  'pipeline release quality warranty ownership backlog roadmap community forum meeting working group regulator ' +
  'segregation duties approval change management incident service level agreement transparency visibility ' +
  'collaboration incentive recognition career path champion ambassador training workshop playbook template ' +
  'readme contributing guide issue label triage labelled good first issue cross division silo legacy mainframe ' +
  'cloud migration api contract testing coverage dependency upgrade vulnerability disclosure standard architecture ' +
  'decision record rfc proposal vote consensus escalation'
).split(/\s+/);

// The most frequent words of English prose come first, as in any text.
const FUNCTION_WORDS = 'the of and to a in is for that with on as by it be are this from or at an we our can not their when which who how more other each all new one'.split(' ');
const VOCABULARY_SIZE = 4000;
const ONSETS = ['b', 'c', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z', 'br', 'ch', 'cl', 'dr', 'fl', 'gr', 'pl', 'pr', 'sh', 'st', 'tr', 'th'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou'];
const CODAS = ['', '', '', 'n', 'r', 's', 't', 'l', 'm', 'nd', 'st', 'x'];

/**
 * A vocabulary of VOCABULARY_SIZE words drawn with a Zipf distribution (weight 1/rank), so that,
 * as in real docs, a few words are on every page and most words on few: a search for a title's
 * words then matches some pages, not all. Function words take the top ranks, the domain words
 * are spread over ranks 40 to 2,000 (log-spaced), deterministic pseudo-words fill the rest.
 */
function makeVocabulary(seed) {
  const rng = createRandom(seed ^ 0x5eed);
  const taken = new Set([...FUNCTION_WORDS, ...DOMAIN_WORDS]);
  const ranked = [...FUNCTION_WORDS];
  const unique = [...new Set(DOMAIN_WORDS)].filter((w) => !FUNCTION_WORDS.includes(w));
  const domain = rng.sample(unique, unique.length);
  const domainRank = (i) => Math.round(Math.exp(Math.log(40) + ((Math.log(2000) - Math.log(40)) * i) / (domain.length - 1)));
  let d = 0;
  while (ranked.length < VOCABULARY_SIZE) {
    if (d < domain.length && ranked.length + 1 >= domainRank(d)) {
      ranked.push(domain[d++]);
      continue;
    }
    const syllables = rng.int(2, 3);
    let word = '';
    for (let k = 0; k < syllables; k++) word += rng.pick(ONSETS) + rng.pick(VOWELS) + (k === syllables - 1 ? rng.pick(CODAS) : '');
    if (taken.has(word)) continue;
    taken.add(word);
    ranked.push(word);
  }
  const cumulative = [];
  let total = 0;
  for (let r = 1; r <= ranked.length; r++) cumulative.push((total += 1 / r));
  return {words: ranked, cumulative, total, distinct: ranked.length, domainWords: d};
}

/** The seeded random source with `word()`: one word of the vocabulary, by its Zipf weight. */
function withVocabulary(rng, vocabulary) {
  const {words: ranked, cumulative, total} = vocabulary;
  const content = cumulative[FUNCTION_WORDS.length - 1];
  // A title word: never a function word (titles and tags like "Of the" would be odd).
  const pick = (from) => {
    const x = from + rng.next() * (total - from);
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return ranked[lo];
  };
  return {...rng, word: () => pick(0), contentWord: () => pick(content)};
}

const TAG_SEED_LABELS = [
  'InnerSource', 'Getting started', 'Patterns', 'Maturity', 'Governance', 'Culture', 'Metrics', 'Tooling',
  'Security', 'Compliance', 'Onboarding', 'Mentoring', 'Funding', 'Documentation', 'Community', 'Leadership',
  'Case study', 'Regulation', 'Licensing', 'Reuse',
];

const ZONES = [
  'Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'Europe/Berlin', 'America/Los_Angeles',
  'Asia/Tokyo', 'America/Sao_Paulo', 'Pacific/Auckland', 'Asia/Kathmandu', 'Africa/Johannesburg', 'Pacific/Chatham',
  'America/Chicago', 'Asia/Singapore', 'Europe/Paris', 'America/Toronto', 'Asia/Hong_Kong', 'Europe/Zurich',
  'Australia/Adelaide', 'America/Mexico_City', 'Asia/Tehran', 'Etc/UTC',
];
const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
/** Fixed reference day for choosing cancelled and moved dates, so the files do not depend on the run date. */
const REFERENCE_DAY = new Date('2026-10-01T00:00:00Z');
const DAY_MS = 86_400_000;

const pad = (n, width = 2) => String(n).padStart(width, '0');
const isoDate = (date) => date.toISOString().slice(0, 10);
const addDays = (ymd, days) => isoDate(new Date(Date.parse(`${ymd}T00:00:00Z`) + days * DAY_MS));
const weekdayOf = (ymd) => new Date(`${ymd}T00:00:00Z`).getUTCDay();
/** YAML/JSON double-quoted string: valid in both. */
const q = (text) => JSON.stringify(text);
const capitalize = (w) => w.charAt(0).toUpperCase() + w.slice(1);
const slugify = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function nthWeekday(year, month, weekday, n) {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return isoDate(new Date(Date.UTC(year, month - 1, 1 + ((weekday - first + 7) % 7) + 7 * (n - 1))));
}
function lastWeekday(year, month, weekday) {
  const last = new Date(Date.UTC(year, month, 0));
  const back = (last.getUTCDay() - weekday + 7) % 7;
  return isoDate(new Date(last.getTime() - back * DAY_MS));
}

function words(rng, min, max) {
  const n = rng.int(min, max);
  return Array.from({length: n}, () => rng.word());
}
const titleWords = (rng, min, max) => Array.from({length: rng.int(min, max)}, () => rng.contentWord());
const sentence = (rng, min = 8, max = 20) => {
  const w = words(rng, min, max);
  return `${capitalize(w.join(' '))}.`;
};
const paragraph = (rng) => Array.from({length: rng.int(3, 6)}, () => sentence(rng)).join(' ');

// ---------------------------------------------------------------- content model

function makeTags(rng, count) {
  const labels = TAG_SEED_LABELS.slice(0, count);
  const used = new Set(labels.map((l) => l.toLowerCase()));
  while (labels.length < count) {
    const label = capitalize(titleWords(rng, 1, 2).join(' '));
    if (used.has(label.toLowerCase()) || used.has(slugify(label))) continue;
    used.add(label.toLowerCase());
    labels.push(label);
  }
  return labels.map((label) => ({key: slugify(label), label, description: sentence(rng, 5, 12)}));
}

/**
 * Docs: `count` in 10 sections. The first ones are component pages: one topic page per tag
 * (BokTagList), a few meeting pages (MeetingTable) and a few card pages (BoxOut).
 */
function makeDocs(rng, count, tags, meetingIds) {
  const sections = 10;
  const topicPages = Math.min(tags.length, Math.floor(count / 10));
  const meetingPages = meetingIds.length ? Math.min(10, Math.floor(count / 50)) : 0;
  const cardPages = Math.min(10, Math.floor(count / 50));
  const docs = [];
  const titles = new Set();
  for (let i = 0; i < count; i++) {
    let kind = 'plain';
    if (i < topicPages) kind = 'topic';
    else if (i < topicPages + meetingPages) kind = 'meeting';
    else if (i < topicPages + meetingPages + cardPages) kind = 'card';
    const section = kind === 'plain' ? `section-${pad(1 + (i % sections))}` : 'topics';
    let title = kind === 'topic' ? `${tags[i].label} in practice` : capitalize(titleWords(rng, 2, 6).join(' '));
    if (titles.has(title.toLowerCase())) title = `${title} ${i}`;
    titles.add(title.toLowerCase());
    const file = `doc-${pad(i, 4)}-${slugify(title).slice(0, 40).replace(/-$/, '')}`;
    const docTags = kind === 'topic' ? [tags[i], ...rng.sample(tags.filter((t) => t !== tags[i]), rng.int(0, 2))] : rng.sample(tags, rng.int(1, 4));
    const frontMatter = {title};
    if (rng.chance(0.7)) frontMatter.description = sentence(rng, 8, 22);
    if (rng.chance(0.2)) frontMatter.sidebar_label = capitalize(titleWords(rng, 1, 3).join(' '));
    if (rng.chance(0.5)) frontMatter.sidebar_position = rng.int(1, 200);
    frontMatter.tags = docTags.map((t) => t.key);
    if (rng.chance(0.3)) {
      frontMatter.list_image = `/img/list/${rng.int(1, 12)}.svg`;
      if (rng.chance(0.5)) frontMatter.list_image_alt = capitalize(titleWords(rng, 2, 5).join(' '));
    }
    if (rng.chance(0.3)) frontMatter.keywords = titleWords(rng, 2, 5);
    if (rng.chance(0.1)) frontMatter.hide_table_of_contents = true;
    if (rng.chance(0.1)) frontMatter.toc_max_heading_level = 3;

    const body = [];
    const sections_ = rng.int(1, 3);
    body.push(paragraph(rng));
    for (let s = 0; s < sections_; s++) {
      body.push(`## ${capitalize(titleWords(rng, 2, 5).join(' '))}`);
      body.push(paragraph(rng));
      if (rng.chance(0.3)) body.push(Array.from({length: rng.int(2, 5)}, () => `- ${sentence(rng, 4, 10)}`).join('\n'));
      if (rng.chance(0.15)) body.push(['```yaml', `owner: ${rng.word()}`, `reviewers: [${words(rng, 1, 3).join(', ')}]`, '```'].join('\n'));
      if (rng.chance(0.5)) body.push(paragraph(rng));
    }
    docs.push({index: i, kind, section, file, title, frontMatter, body, tags: docTags, links: []});
  }
  // Links to earlier plain docs, checked by the build in both variants.
  for (const doc of docs) {
    if (doc.index < 5) continue;
    for (let k = rng.int(0, 2); k > 0; k--) doc.links.push(docs[rng.int(0, doc.index - 1)]);
  }
  // What each component page shows.
  docs.forEach((doc, i) => {
    if (doc.kind === 'topic') doc.topicTag = tags[i];
    if (doc.kind === 'meeting') doc.meetings = rng.sample(meetingIds, rng.int(1, 3));
    if (doc.kind === 'card') doc.cardText = sentence(rng, 6, 12);
  });
  return docs;
}

/** One meeting series as YAML, valid for parseMeetingFile (checked by the caller). */
function meetingYaml(rng, i) {
  const zone = ZONES[i % ZONES.length];
  const time = `${pad(rng.int(7, 18))}:${rng.pick(['00', '15', '30', '45'])}`;
  const month = rng.int(1, 9);
  const wd = rng.int(1, 5); // Monday..Friday
  const WD = WEEKDAY_CODES[wd];
  let start;
  let repeat;
  const kind = i % 10;
  switch (kind) {
    case 0: {
      const n = rng.int(1, 4);
      start = nthWeekday(2026, month, wd, n);
      repeat = `FREQ=MONTHLY;BYDAY=${n}${WD}`;
      break;
    }
    case 1:
      start = lastWeekday(2026, month, wd);
      repeat = `FREQ=MONTHLY;BYDAY=-1${WD}`;
      break;
    case 2:
      start = nthWeekday(2026, month, wd, 1);
      repeat = `FREQ=WEEKLY;BYDAY=${WD}`;
      break;
    case 3:
      start = nthWeekday(2026, month, wd, 2);
      repeat = `FREQ=WEEKLY;INTERVAL=2;BYDAY=${WD};UNTIL=20281231`;
      break;
    case 4:
      start = nthWeekday(2026, month, wd, 1);
      repeat = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR';
      break;
    case 5:
      start = `2026-${pad(month)}-15`;
      repeat = 'FREQ=MONTHLY;BYMONTHDAY=15';
      break;
    case 6:
      start = nthWeekday(2026, month, 3, 1);
      repeat = 'FREQ=MONTHLY;INTERVAL=3;BYDAY=1WE';
      break;
    case 7:
      start = `2026-${pad(month)}-0${rng.int(1, 9)}`;
      repeat = `FREQ=DAILY;INTERVAL=3;COUNT=${rng.int(150, 300)}`;
      break;
    case 8:
      start = nthWeekday(2026, 6, 4, 2);
      repeat = 'FREQ=YEARLY;BYMONTH=6;BYDAY=2TH';
      break;
    default:
      // One-off, in the future of the reference day.
      start = addDays('2027-01-04', rng.int(0, 300));
      repeat = undefined;
  }
  const lines = [];
  if (rng.chance(0.8)) lines.push(`id: series-${pad(i, 3)}`);
  lines.push(`title: ${q(`${capitalize(titleWords(rng, 2, 4).join(' '))} call ${i}`)}`);
  if (rng.chance(0.7)) {
    lines.push('description: |');
    for (let l = rng.int(1, 3); l > 0; l--) lines.push(`  ${sentence(rng, 6, 14)}`);
  }
  lines.push(`timezone: ${zone}`, `start: ${start}T${time}`);
  if (!repeat || rng.chance(0.3)) {
    const [h, m] = time.split(':').map(Number);
    const endMinutes = h * 60 + m + rng.pick([30, 45, 60, 90]);
    lines.push(`end: "${pad(Math.floor(endMinutes / 60))}:${pad(endMinutes % 60)}"`);
  } else {
    lines.push(`duration: ${rng.pick([30, 45, 60, 90, 120])}`);
  }
  if (repeat) lines.push(`repeat: ${repeat}`);
  if (rng.chance(0.9)) lines.push(`join: https://meet.example.org/${slugify(zone)}-${i}`);
  if (rng.chance(0.6)) lines.push(`agenda: https://github.com/example-foundation/sig/issues?q=label%3Aseries-${i}`);
  if (rng.chance(0.5)) lines.push('organizer: {name: InnerSource SIG, email: sig@example.org}');
  if (rng.chance(0.1)) lines.push(`ics: legacy-event-${i}`);
  return {file: `series-${pad(i, 3)}.yml`, lines, repeat, time};
}

/**
 * Meeting files plus their lock file. Cancelled and moved dates are real occurrences after the
 * reference day, found with the plugin's own occurrence code.
 */
function makeMeetings(rng, count, meetingsLib) {
  const files = [];
  const parsed = [];
  for (let i = 0; i < count; i++) {
    const spec = meetingYaml(rng, i);
    const base = meetingsLib.parseMeetingFile(`meetings/${spec.file}`, `${spec.lines.join('\n')}\n`);
    if (spec.repeat) {
      const upcoming = meetingsLib.meetingOccurrences(base, REFERENCE_DAY, new Date(REFERENCE_DAY.getTime() + 400 * DAY_MS));
      const dates = upcoming.map((o) => o.localStart.slice(0, 10));
      if (dates.length >= 6 && rng.chance(0.7)) {
        const cancelled = rng.chance(0.5) ? [dates[1], dates[4]] : [dates[1]];
        spec.lines.push(`cancelled: [${cancelled.join(', ')}]`);
        if (rng.chance(0.6)) {
          spec.lines.push('moved:', `  - from: ${dates[3]}`, `    start: ${addDays(dates[3], 1)}T${spec.time}`);
          if (rng.chance(0.5)) spec.lines.push('    duration: 90');
        }
      }
    }
    const text = `${spec.lines.join('\n')}\n`;
    parsed.push(meetingsLib.parseMeetingFile(`meetings/${spec.file}`, text));
    files.push({file: spec.file, text});
  }
  meetingsLib.validateMeetingSet(parsed);
  const lock = Object.fromEntries(parsed.map((m) => [m.id, meetingsLib.nextLockEntry(m, undefined, REFERENCE_DAY)]));
  return {files, ids: parsed.map((m) => m.id), lockText: meetingsLib.serializeLock(lock)};
}

/**
 * Event pages in the plugin's format (events/*.md and .mdx): past and upcoming, one or several
 * days, 0–3 sessions in the event's zone, some redirect-only events.
 */
function makeEvents(rng, count) {
  const EVENT_TAGS = ['summit', 'online', 'community-call', 'workshop', 'meetup', 'metrics', 'governance', 'in-person'];
  const files = [];
  const slugs = new Set();
  for (let i = 0; i < count; i++) {
    const zone = rng.pick(ZONES);
    const date = addDays('2024-01-08', rng.int(0, 5 * 365));
    const days = rng.chance(0.3) ? rng.int(1, 2) : 0;
    const end = addDays(date, days);
    const kind = rng.pick(['Summit', 'Community call', 'Workshop', 'Meetup', 'Office hours']);
    const title = `${kind}: ${capitalize(titleWords(rng, 2, 4).join(' '))} ${date.slice(0, 4)}`;
    let slug = slugify(title);
    if (slugs.has(slug)) slug = `${slug}-${i}`;
    slugs.add(slug);
    const upcoming = date >= '2026-10-01';
    const redirect = rng.chance(0.06);
    const fm = [`title: ${q(title)}`, `date: ${date}`];
    if (days) fm.push(`end: ${end}`);
    fm.push(`timezone: ${zone}`);
    if (rng.chance(0.8)) fm.push(`description: ${q(sentence(rng, 8, 20))}`);
    if (rng.chance(0.7)) fm.push(`location: ${q(rng.chance(0.5) ? 'Online' : `${capitalize(rng.word())} Hall, ${rng.pick(['London', 'New York', 'Sydney', 'Frankfurt', 'Singapore'])}`)}`);
    if (rng.chance(0.5)) {
      fm.push(`image: /img/list/${rng.int(1, 12)}.svg`);
      if (rng.chance(0.5)) fm.push(`imageAlt: ${q(capitalize(titleWords(rng, 2, 5).join(' ')))}`);
    }
    fm.push(`tags: [${rng.sample(EVENT_TAGS, rng.int(1, 3)).join(', ')}]`);
    if (redirect) {
      fm.push(`redirect: https://events.example.org/${slug}`);
    } else {
      if (upcoming && rng.chance(0.6)) fm.push(`registration: https://tickets.example.org/${slug}`);
      if (!upcoming && rng.chance(0.5)) fm.push(`recording: https://video.example.org/${slug}`);
      const sessionCount = rng.int(0, 3);
      if (sessionCount) {
        fm.push('sessions:');
        for (let k = 0; k < sessionCount; k++) {
          const day = addDays(date, Math.min(days, Math.floor((k * (days + 1)) / sessionCount)));
          const startHour = 9 + k * 2 + (day === date ? 0 : 0);
          fm.push(`  - title: ${q(`Part ${k + 1}: ${capitalize(titleWords(rng, 1, 3).join(' '))}`)}`);
          fm.push(`    start: ${day}T${pad(startHour)}:${rng.pick(['00', '30'])}`);
          fm.push(`    end: ${day}T${pad(startHour + 1)}:${rng.pick(['30', '45'])}`);
        }
      }
    }
    const mdx = rng.chance(0.3);
    const body = [paragraph(rng)];
    if (mdx) body.push(`<BoxOut title="What to expect" headingLevel={3}>\n\n${sentence(rng, 8, 16)}\n\n</BoxOut>`);
    if (rng.chance(0.5)) body.push(`## Agenda`, paragraph(rng));
    files.push({file: `${slug}.${mdx ? 'mdx' : 'md'}`, text: `---\n${fm.join('\n')}\n---\n\n${body.join('\n\n')}\n`});
  }
  return files;
}

// ---------------------------------------------------------------- writers

function frontMatterText(fm) {
  const lines = ['---'];
  for (const [key, value] of Object.entries(fm)) {
    if (Array.isArray(value)) lines.push(`${key}: [${value.map(q).join(', ')}]`);
    else if (typeof value === 'string') lines.push(`${key}: ${q(value)}`);
    else lines.push(`${key}: ${value}`);
  }
  lines.push('---', '');
  return lines.join('\n');
}

function docText(doc, docs, withPlugin) {
  const fromDir = doc.section;
  const parts = [...doc.body];
  if (doc.links.length) {
    parts.push(`See also ${doc.links.map((l) => `[${l.title.replace(/[[\]]/g, '')}](${path.posix.relative(fromDir, `${l.section}/${l.file}.${l.kind === 'plain' ? 'md' : 'mdx'}`)})`).join(' and ')}.`);
  }
  if (doc.kind === 'topic') {
    parts.push(`## Documents about ${doc.topicTag.label}`);
    parts.push(withPlugin ? `<BokTagList tag="${doc.topicTag.label}" />` : `Documents with this tag are listed on [the tag page](/docs/tags/${doc.topicTag.key}).`);
  }
  if (doc.kind === 'meeting') {
    parts.push('## When we meet');
    parts.push(withPlugin ? `<MeetingTable meetings={${JSON.stringify(doc.meetings)}} />` : 'Our calls are announced on the mailing list.');
  }
  if (doc.kind === 'card') {
    parts.push('## Next steps');
    parts.push(
      withPlugin
        ? `<BoxOut title="Read next" link="/docs/${doc.links[0] ? `${doc.links[0].section}/${doc.links[0].file}` : 'tags'}" linkText="Continue">\n\n${doc.cardText}\n\n</BoxOut>`
        : `Read next: [continue](/docs/${doc.links[0] ? `${doc.links[0].section}/${doc.links[0].file}` : 'tags'}).`,
    );
  }
  return frontMatterText(doc.frontMatter) + parts.join('\n\n') + '\n';
}

function homePage(tags, meetingIds, withPlugin) {
  const intro = 'InnerSource brings **open source practices** inside your organisation: visible code, guest contributions and shared ownership.';
  const cards = [
    {title: 'What is it?', image: '/img/card1.svg', link: '/docs/tags', linkText: 'Find out more', body: intro},
    {title: 'Get involved', image: '/img/card2.svg', link: withPlugin && meetingIds.length ? '/meetings' : '/docs/tags', linkText: 'All meetings', body: 'Join a call, bring a question, or share your story.', meetings: meetingIds.slice(0, 2)},
    {title: 'Start learning', image: '/img/card3.svg', link: '/docs/tags', linkText: 'First steps', body: 'New to InnerSource? Pick a pilot project, find a sponsor, agree on measures.'},
    {title: 'Share your story', image: '/img/card4.svg', link: '/docs/tags', linkText: 'Case studies', body: 'Tell other members what worked for you and what did not.'},
  ];
  const lines = [
    '---',
    'title: Synthetic SIG',
    'description: A synthetic InnerSource SIG portal for benchmarking the plugin.',
    'hide_table_of_contents: true',
    '---',
    '',
    '# InnerSource Special Interest Group',
    '',
  ];
  cards.forEach((card, i) => {
    if (withPlugin) {
      lines.push(`<BoxOut image="${card.image}" title="${card.title}" className="boxout${i + 1}" link="${card.link}" linkText="${card.linkText}">`, '', card.body, '');
      if (card.meetings?.length) lines.push(`<MeetingTable meetings={${JSON.stringify(card.meetings)}} compact />`, '');
      lines.push('</BoxOut>', '');
    } else {
      lines.push(`## ${card.title}`, '', card.body, '', `[${card.linkText}](${card.link})`, '');
    }
  });
  lines.push('## Body of knowledge', '');
  lines.push(withPlugin ? `<BokTagList tag="${tags[0].label}" limit="12" />` : `See [all tags](/docs/tags).`, '');
  lines.push('## Patterns', '');
  lines.push(withPlugin ? `<BokTagList tag="${tags[Math.min(2, tags.length - 1)].label}" limit="8" />` : `See [all tags](/docs/tags).`, '');
  return lines.join('\n');
}

function siteConfig(withPlugin, hasMeetings, locales, search) {
  const navItems = [
    "{type: 'docSidebar', sidebarId: 'bok', position: 'left', label: 'Body of knowledge'}",
    ...(withPlugin && hasMeetings ? ["{to: '/meetings', label: 'Meetings', position: 'left'}"] : []),
    "{to: '/docs/tags', label: 'Tags', position: 'left'}",
  ];
  return `// Generated by bench/run.js: synthetic SIG portal (${withPlugin ? 'with' : 'without'} the plugin).
/** @type {import('@docusaurus/types').Config} */
module.exports = {
  title: 'Synthetic SIG',
  tagline: 'Benchmark site',
  favicon: 'img/card1.svg',
  url: 'https://bench.example.org',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {format: 'detect', hooks: {onBrokenMarkdownLinks: 'throw'}},
  future: {v4: true, faster: true},
  i18n: {defaultLocale: '${locales[0]}', locales: ${JSON.stringify(locales)}},
  presets: [['classic', {
    docs: {sidebarPath: require.resolve('./sidebars.js'), tags: 'tags.yml', onInlineTags: 'throw'},
    blog: false,
  }]],
  plugins: [${withPlugin ? "['docusaurus-plugin-innersource-sig', {onUnknownTag: 'throw', calendarName: 'Synthetic SIG meetings'}]" : ''}],
  themes: [${withPlugin && search ? "'docusaurus-plugin-innersource-sig/search'" : ''}],
  themeConfig: {
    navbar: {title: 'Synthetic SIG', items: [${navItems.join(', ')}]},
    footer: {style: 'dark', copyright: 'Synthetic content for benchmarks.'},
  },
};
`;
}

const svg = (i) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64"><rect width="64" height="64" rx="8" fill="hsl(${(i * 37) % 360} 60% 45%)"/><circle cx="32" cy="32" r="${10 + i}" fill="#fff" opacity=".6"/></svg>\n`;

function write(file, text) {
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, text);
}

/**
 * Generates both sites. Returns a summary (counts, ids, the docs' front matter for the
 * comparison in figure 2).
 */
function generateSites({outDir, seed, docCount, tagCount, seriesCount, eventCount, meetingsLib, events, locales = ['en'], search = false}) {
  const vocabulary = makeVocabulary(seed);
  const rng = withVocabulary(createRandom(seed), vocabulary);
  const tags = makeTags(rng, tagCount);
  const meetings = seriesCount > 0 ? makeMeetings(rng, seriesCount, meetingsLib) : {files: [], ids: [], lockText: ''};
  const docs = makeDocs(rng, docCount, tags, meetings.ids);
  const eventFiles = events?.supported ? makeEvents(rng, eventCount) : [];

  const sites = {};
  for (const withPlugin of [true, false]) {
    const siteDir = path.join(outDir, withPlugin ? 'site-with' : 'site-without');
    fs.rmSync(siteDir, {recursive: true, force: true});
    write(path.join(siteDir, 'docusaurus.config.js'), siteConfig(withPlugin, meetings.ids.length > 0, locales, search));
    write(path.join(siteDir, 'sidebars.js'), "module.exports = {bok: [{type: 'autogenerated', dirName: '.'}]};\n");
    write(
      path.join(siteDir, 'docs', 'tags.yml'),
      tags.map((t) => `${t.key}:\n  label: ${q(t.label)}\n  permalink: /${t.key}\n  description: ${q(t.description)}\n`).join(''),
    );
    const sectionNames = [...new Set(docs.map((d) => d.section))].sort();
    sectionNames.forEach((section, i) =>
      write(path.join(siteDir, 'docs', section, '_category_.json'), `${JSON.stringify({label: capitalize(section.replace('-', ' ')), position: i + 1})}\n`),
    );
    for (const doc of docs) {
      const usesComponent = doc.kind !== 'plain';
      const ext = usesComponent ? 'mdx' : 'md';
      const text = docText(doc, docs, withPlugin);
      write(path.join(siteDir, 'docs', doc.section, `${doc.file}.${ext}`), text);
    }
    write(path.join(siteDir, 'src', 'pages', 'index.mdx'), homePage(tags, meetings.ids, withPlugin));
    for (let i = 1; i <= 12; i++) write(path.join(siteDir, 'static', 'img', 'list', `${i}.svg`), svg(i));
    for (let i = 1; i <= 4; i++) write(path.join(siteDir, 'static', 'img', `card${i}.svg`), svg(i * 3));
    if (withPlugin) {
      for (const m of meetings.files) write(path.join(siteDir, 'meetings', m.file), m.text);
      if (meetings.lockText) write(path.join(siteDir, 'meetings', 'calendar.lock.json'), meetings.lockText);
      for (const e of eventFiles) write(path.join(siteDir, 'events', e.file), e.text);
    }
    sites[withPlugin ? 'with' : 'without'] = siteDir;
  }
  return {
    sites,
    tags,
    docs,
    meetingFiles: meetings.files,
    meetingIds: meetings.ids,
    eventCount: eventFiles.length,
    eventFiles,
    vocabulary: {distinct: vocabulary.distinct, domainWords: vocabulary.domainWords, functionWords: FUNCTION_WORDS.length},
    componentPages: {
      topic: docs.filter((d) => d.kind === 'topic').length,
      meeting: docs.filter((d) => d.kind === 'meeting').length,
      card: docs.filter((d) => d.kind === 'card').length,
    },
  };
}

/**
 * Equal page sets: writes one plain Markdown page into the site without the plugin for each
 * route (e.g. '/events/2026/') that only the plugin's site has, at the same path, so that both
 * builds render the same number of pages. Returns the files written.
 */
function padWithPlainPages(siteDir, routes, seed) {
  const rng = withVocabulary(createRandom(seed ^ 0x9ad), makeVocabulary(seed));
  const dir = path.join(siteDir, 'src', 'pages');
  return routes.map((route, i) => {
    const file = path.join(dir, ...route.split('/').filter(Boolean), 'index.md');
    const title = capitalize(titleWords(rng, 2, 5).join(' '));
    write(file, `---\ntitle: ${q(`${title} ${i}`)}\n---\n\n# ${title}\n\n${paragraph(rng)}\n\n${paragraph(rng)}\n`);
    return file;
  });
}

module.exports = {generateSites, padWithPlainPages, REFERENCE_DAY};
