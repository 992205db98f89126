import {AGENDA_URLS, agendaHeadings, agendaIn, agendaLines} from './__tests__/agenda';
import {scheduleTable} from './__tests__/cases';

describe('Japanese schedules', () => {
  scheduleTable('ja', [
    '毎週火曜日',
    '毎週日曜日',
    '隔週水曜日',
    '3週間ごとの火曜日',
    '5週間ごとの金曜日',
    '毎週月曜日と木曜日',
    '隔週月曜日、水曜日、金曜日',
    '平日（月曜日～金曜日）',
    '毎月第2火曜日',
    '毎月第2火曜日',
    '毎月第1水曜日',
    '毎月第3日曜日',
    '毎月第4土曜日',
    '毎月最終木曜日',
    '毎月最終金曜日',
    '毎月最後から2番目の月曜日',
    '隔月第2火曜日',
    '3か月ごとの第2火曜日',
    '毎月13日',
    '毎月1日',
    '毎月末日',
    '隔月13日',
    '毎年2月13日',
    '毎年3月1日',
    '隔年2月13日',
    '毎日',
    '隔日',
    '3日ごと',
    '21日ごと',
    '毎週火曜日（全6回）',
    '毎月第2火曜日（全3回）',
    '毎週火曜日（2024年12月10日まで）',
    '毎週火曜日（2024年7月2日まで）',
    '毎月第2火曜日（2025年1月1日まで）',
    '2024年2月13日火曜日のみ',
    '2024年3月1日金曜日のみ',
  ]);
});

describe('Japanese agenda issue', () => {
  const agenda = agendaIn('ja');

  test('title: the series and the day of the meeting', () => {
    expect(agenda.title).toBe('InnerSource SIG monthly call（2026年4月1日水曜日）');
  });

  test('headings, moved meeting, times, links and the default agenda', () => {
    expect(agendaHeadings(agenda)).toEqual(['日程', '参加用リンク', 'カレンダー', '前回の議事録', '議題']);
    expect(agendaLines(agenda)).toEqual(expect.arrayContaining([
      '2026年4月14日火曜日から日時が変更されました。',
      '- 2026年4月1日(水) 15:00～16:00（UTC）',
      `- カレンダーに追加：<${AGENDA_URLS.ics}>`,
      `- このシリーズのすべてのミーティング：<${AGENDA_URLS.seriesPage}>`,
      `[2026年3月10日(火) 15:00](${AGENDA_URLS.minutes})`,
      '議題の追加は、このIssueへのコメントでお願いします。',
    ]));
  });
});
