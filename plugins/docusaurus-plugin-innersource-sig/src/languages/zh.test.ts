import {AGENDA_URLS, agendaHeadings, agendaIn, agendaLines} from './__tests__/agenda';
import {scheduleTable} from './__tests__/cases';

describe('Simplified Chinese schedules', () => {
  scheduleTable('zh-Hans', [
    '每周星期二',
    '每周星期日',
    '隔周星期三',
    '每3周的星期二',
    '每5周的星期五',
    '每周星期一和星期四',
    '隔周星期一、星期三和星期五',
    '每个工作日（星期一至星期五）',
    '每月第二个星期二',
    '每月第二个星期二',
    '每月第一个星期三',
    '每月第三个星期日',
    '每月第四个星期六',
    '每月最后一个星期四',
    '每月最后一个星期五',
    '每月倒数第二个星期一',
    '每两个月的第二个星期二',
    '每3个月的第二个星期二',
    '每月13日',
    '每月1日',
    '每月最后一天',
    '每两个月的13日',
    '每年2月13日',
    '每年3月1日',
    '每两年的2月13日',
    '每天',
    '每隔一天',
    '每3天',
    '每21天',
    '每周星期二，共6次',
    '每月第二个星期二，共3次',
    '每周星期二，直到2024年12月10日',
    '每周星期二，直到2024年7月2日',
    '每月第二个星期二，直到2025年1月1日',
    '仅一次：2024年2月13日星期二',
    '仅一次：2024年3月1日星期五',
  ]);
});

describe('Chinese agenda issue', () => {
  const agenda = agendaIn('zh-Hans');

  test('title: the series and the day of the meeting', () => {
    expect(agenda.title).toBe('InnerSource SIG monthly call（2026年4月1日星期三）');
  });

  test('headings, moved meeting, times, links and the default agenda', () => {
    expect(agendaHeadings(agenda)).toEqual(['时间', '加入会议', '日历', '上次会议纪要', '议程']);
    expect(agendaLines(agenda)).toEqual(expect.arrayContaining([
      '改期，原定于2026年4月14日星期二。',
      '- 2026年4月1日周三 15:00–16:00（UTC）',
      `- 添加到日历：<${AGENDA_URLS.ics}>`,
      `- 该系列的所有会议：<${AGENDA_URLS.seriesPage}>`,
      `[2026年3月10日周二 15:00](${AGENDA_URLS.minutes})`,
      '如需添加议题，请在此 issue 下留言。',
    ]));
  });
});
