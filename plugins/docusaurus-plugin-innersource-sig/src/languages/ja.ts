import type {Language, Names, Ordinal, Schedule} from './types';

const ORDINALS: Record<Ordinal, string> = {
  1: '第1', 2: '第2', 3: '第3', 4: '第4', 5: '第5',
  [-1]: '最終', [-2]: '最後から2番目の', [-3]: '最後から3番目の',
};

/** "毎月", "隔月", "3か月ごとの": put before the day it qualifies. */
function every(interval: number, unit: string, counted: string): string {
  if (interval === 1) return `毎${unit}`;
  if (interval === 2) return `隔${unit}`;
  return `${interval}${counted}ごとの`;
}

/** Two weekdays join with "と" (月曜日と木曜日); more with Intl's "、". */
const weekdays = (days: string[], names: Names) => (days.length === 2 ? days.join('と') : names.list(days));

function sentence(schedule: Schedule, names: Names): string {
  switch (schedule.kind) {
    case 'once':
      return `${names.dateWithWeekday(schedule.date)}のみ`;
    case 'daily':
      return schedule.interval > 2 ? `${schedule.interval}日ごと` : every(schedule.interval, '日', '日');
    case 'weekdays':
      return `平日（${names.weekday('MO')}～${names.weekday('FR')}）`;
    case 'weekly':
      return `${every(schedule.interval, '週', '週間')}${weekdays(schedule.days.map(names.weekday), names)}`;
    case 'monthlyWeekday':
      return `${every(schedule.interval, '月', 'か月')}${ORDINALS[schedule.ordinal]}${names.weekday(schedule.weekday)}`;
    case 'monthlyDay':
      return `${every(schedule.interval, '月', 'か月')}${schedule.day === -1 ? '末日' : `${schedule.day}日`}`;
    case 'yearly':
      return `${every(schedule.interval, '年', '年')}${names.dayOfMonth(schedule.month, schedule.day)}`;
  }
}

const ja: Language = {
  sentence,
  until: (day: string, names: Names): string => `（${names.date(day)}まで）`,
  times: (count: number): string => `（全${count}回）`,
  calendarNames: (site) => ({meetings: `${site} ミーティング`, events: `${site} イベント`}),
  calendar: {
    agenda: '議題：{url}',
    notes: '議事録：{url}',
    recordings: '録画：{url}',
    join: '参加用リンク：{url}',
    registration: '参加登録：{url}',
    recording: '録画：{url}',
    feed: '中止・変更をすべて反映したカレンダー：{url}',
  },
  agenda: {
    title: '{series}（{date}）',
    date: (day, names) => names.dateWithWeekday(day),
    when: '日程',
    join: '参加用リンク',
    calendar: 'カレンダー',
    previousMinutes: '前回の議事録',
    agenda: '議題',
    zoneTime: '{time}（{zone}）',
    movedFrom: (day, names) => `${names.dateWithWeekday(day)}から日時が変更されました。`,
    addToCalendar: 'カレンダーに追加：{url}',
    seriesPage: 'このシリーズのすべてのミーティング：{url}',
    addTopics: '議題の追加は、このIssueへのコメントでお願いします。',
  },
};

export default ja;
