import type {Language, Names, Ordinal, Schedule} from './types';

const ORDINALS: Record<Ordinal, string> = {
  1: '第一个', 2: '第二个', 3: '第三个', 4: '第四个', 5: '第五个',
  [-1]: '最后一个', [-2]: '倒数第二个', [-3]: '倒数第三个',
};

/** "每月", "每两个月的", "每3个月的": put before the day it qualifies. */
function every(interval: number, unit: string, counted: string): string {
  if (interval === 1) return `每${unit}`;
  return `每${interval === 2 ? '两' : interval}${counted}的`;
}

function sentence(schedule: Schedule, names: Names): string {
  switch (schedule.kind) {
    case 'once':
      return `仅一次：${names.dateWithWeekday(schedule.date)}`;
    case 'daily':
      if (schedule.interval === 1) return '每天';
      return schedule.interval === 2 ? '每隔一天' : `每${schedule.interval}天`;
    case 'weekdays':
      return `每个工作日（${names.weekday('MO')}至${names.weekday('FR')}）`;
    case 'weekly': {
      const weeks = schedule.interval === 2 ? '隔周' : every(schedule.interval, '周', '周');
      return `${weeks}${names.list(schedule.days.map(names.weekday))}`;
    }
    case 'monthlyWeekday':
      return `${every(schedule.interval, '月', '个月')}${ORDINALS[schedule.ordinal]}${names.weekday(schedule.weekday)}`;
    case 'monthlyDay':
      return `${every(schedule.interval, '月', '个月')}${schedule.day === -1 ? '最后一天' : `${schedule.day}日`}`;
    case 'yearly':
      return `${every(schedule.interval, '年', '年')}${names.dayOfMonth(schedule.month, schedule.day)}`;
  }
}

const zh: Language = {
  sentence,
  until: (day: string, names: Names): string => `，直到${names.date(day)}`,
  times: (count: number): string => `，共${count}次`,
  calendarNames: (site) => ({meetings: `${site} 会议`, events: `${site} 活动`}),
  calendar: {
    agenda: '议程：{url}',
    notes: '会议纪要：{url}',
    recordings: '录像：{url}',
    join: '加入会议：{url}',
    registration: '报名：{url}',
    recording: '录像：{url}',
    feed: '包含所有取消和变更的日历订阅：{url}',
  },
  agenda: {
    title: '{series}（{date}）',
    date: (day, names) => names.dateWithWeekday(day),
    when: '时间',
    join: '加入会议',
    calendar: '日历',
    previousMinutes: '上次会议纪要',
    agenda: '议程',
    zoneTime: '{time}（{zone}）',
    movedFrom: (day, names) => `改期，原定于${names.dateWithWeekday(day)}。`,
    addToCalendar: '添加到日历：{url}',
    seriesPage: '该系列的所有会议：{url}',
    addTopics: '如需添加议题，请在此 issue 下留言。',
  },
};

export default zh;
