/**
 * הממשק בעברית. מונחים: ציר זמן (timeline), אירוע (event), קטע (המילים המצוטטות מהכתבה), כתבה
 * (article), נתון (figure), התקרבות / התרחקות (zoom), הטמעה (embed). Counts take Hebrew's forms:
 * "אירוע אחד", "שני אירועים", "3 אירועים".
 */
import type { Formats, Messages, PageMessages } from './messages';

/** The forms of a counted noun: `n` stands for the number where the form writes one. */
export interface Noun {
  one: string;
  two: string;
  other: (n: string) => string;
}

export const counted = (count: number, f: Formats, noun: Noun) => f.plural(count, { one: noun.one, two: noun.two, other: noun.other(f.number(count)) });

export const EVENTS: Noun = { one: 'אירוע אחד', two: 'שני אירועים', other: (n) => `${n} אירועים` };
export const PARAGRAPHS: Noun = { one: 'פסקה אחת', two: 'שתי פסקאות', other: (n) => `${n} פסקאות` };
export const CHECKS: Noun = { one: 'בדיקה אחת', two: 'שתי בדיקות', other: (n) => `${n} בדיקות` };
export const TIMELINES: Noun = { one: 'ציר זמן אחד', two: 'שני צירי זמן', other: (n) => `${n} צירי זמן` };

export const he: Messages = {
  brand: 'Sourceline',
  quoted: ({ text }) => `"${text}"`,
  pageTitle: ({ title }) => `${title} · Sourceline`,
  dateInferredSuffix: ' (תאריך משוער)',
  dateInferred: ({ date }) => `${date} (תאריך משוער)`,
  inferredBadge: 'משוער',
  opensInNewTab: '(נפתח בכרטיסייה חדשה)',
  comma: ', ',
  titleAndDate: ({ title, date }) => `${title}, ${date}`,
  close: 'סגירה',

  loadingTimeline: 'ציר הזמן נטען…',

  // ——— a link the app could not use as it was (the reader's value goes between `before` and `after`)
  dismiss: 'הסתרה',

  skipToTimeline: 'דילוג לציר הזמן',
  skipToEvents: 'דילוג לרשימת כל האירועים',
  allTimelines: 'כל צירי הזמן',
  otherHeadlines: 'הכותרות האחרות של הכתבה',
  articleDate: 'תאריך הכתבה:',
  timesOfDay: ({ zone }) => `השעות לפי ${zone}.`,
  cityTime: ({ city }) => `שעון ${city}`,
  theArticle: ({ headline }) => `הכתבה "${headline}"`,
  byline: ({ name }) => `מאת ${name}`,
  missingPublisher: 'המפרסם',
  missingDate: 'תאריך הפרסום',
  notGiven: ({ missing, count }, f) => ` (${f.list(missing)} ${f.plural(count, { one: 'אינו מצוין', two: 'אינם מצוינים', other: 'אינם מצוינים' })})`,

  embedHeading: ({ title }) => `ציר זמן: ${title}`,

  embedButton: 'הטמעה',
  loadingEmbedCode: 'קוד ההטמעה נטען…',
  embedWholeStory: 'הסיפור כולו',
  embedZoomed: ({ state }) => `${state}, בתקריב הנוכחי`,


  timeline: 'ציר זמן',
  timelineRange: ({ range }) => `ציר זמן, ${range}`,
  showing: ({ range }) => `מוצג: ${range}`,
  zoom: 'תקריב',
  zoomIn: 'התקרבות',
  zoomOut: 'התרחקות',
  reset: 'הצגת הכול',
  lanes: 'קטגוריות',
  marksGroup: 'האירועים המוצגים. מקשי החיצים עוברים בין אירועים, Enter בוחר, + ו־− משנים את התקריב.',
  noEventsHere: 'אין אירועים בקטע הזה. מעבר לקרוב ביותר',
  overview: 'החלק המוצג מהסיפור',
  caption: ({ source }) => `מקור: ${source}. כל סימון הוא אירוע שהיא מדווחת עליו; תאריכים המסומנים "משוער" הוסקו מדבריה.`,
  howTo:
    'אפשר להתקרב ולהתרחק עם Ctrl או ⌘ וגלגלת העכבר, בצביטה, בלחיצה כפולה, בכפתורים או במקשים + ו־−; גוררים כדי לנוע. מקשי החיצים עוברים מאירוע לאירוע, Home ו-End עוברים לראשון ולאחרון, Enter בוחר.',
  axisBreak: ({ from, to, length }) => `מ-${from} עד ${to} (${length})`,
  axisBreaks: ({ breaks }, f) => `הציר מקוצר במקומות שבהם לא קורה דבר זמן רב: ${f.list(breaks)}.`,
  markLabel: ({ date, words, kind }) => `${date}: ${words.join(', ')}. ${kind}`,
  clusterOn: ({ count, lane, day }, f) => `${counted(count, f, EVENTS)} ב"${lane}" ב-${day}.`,
  clusterFromTo: ({ count, lane, from, to }, f) => `${counted(count, f, EVENTS)} ב"${lane}" מ-${from} עד ${to}.`,
  clusterZoom: 'הפעלה תקרב אליהם',
  clusterList: 'הפעלה תציג אותם ברשימה',


  selected: ({ title, date }) => `נבחר: ${title}, ${date}`,




  // ——— the site's index of stories (in the site's language)

  // ——— a long story's regions while they are set out (a story of 1,000 events or more: its first view says them)
  partUnavailable: 'לא ניתן היה לטעון את החלק הזה של הדף. טענו את הדף מחדש כדי לנסות שוב.',
};

/** The words only the build writes (see `enPages`). */
export const hePages: PageMessages = {
  storyDescription: ({ source }) => `ציר זמן של ${source}, וכל אירוע וכל נתון בו מקושרים למילות הכתבה עצמה.`,
  storyImageAlt: ({ title, count }, f) => `${title}: ציר זמן של ${counted(count, f, EVENTS)}`,
  cardTimeline: 'Sourceline · ציר זמן',
  cardKind: ({ kind }) => `Sourceline · ${kind}`,
  cardEvents: ({ count }, f) => `${counted(count, f, EVENTS)}, כל אחד מקושר למילות הכתבה עצמה`,
  cardSource: ({ source }) => `מקור: ${source}`,
  jsonLdEvents: ({ title }) => `אירועים ב"${title}"`,
  jsonLdInferred: ({ note }) => `תאריך משוער: ${note}`,
  notFoundTitle: 'הדף לא נמצא · Sourceline',
  notFound: 'הדף לא נמצא',
  notFoundStory: ({ title, home }) => `אין דף בכתובת הזאת. ציר הזמן "${title}" נמצא בכתובת ${home}.`,
  notFoundSite: ({ home }) => `אין דף בכתובת הזאת. צירי הזמן נמצאים בכתובת ${home}.`,
  indexTitle: 'צירי זמן · Sourceline',
  indexDescription: ({ count, titles }, f) => `${counted(count, f, TIMELINES)} שנבנו מכתבות חדשותיות, וכל אירוע וכל נתון בהם מקושרים למילות הכתבה עצמה: ${titles}.`,
  indexImageAlt: ({ count }, f) => `Sourceline: ${counted(count, f, TIMELINES)}`,
  indexCardTitle: ({ count }, f) => `${counted(count, f, TIMELINES)}, כל נתון מקושר למילים שלו`,
  indexCardEyebrow: 'Sourceline · צירי זמן',
  indexCardSource: 'כל אחד בנוי מכתבה חדשותית אחת, וכל אירוע וכל נתון בו מקושרים למילים שמציינות אותם',
  movedTitle: 'הדף הזה עבר',
  movedTo: ({ title }) => `"${title}" נמצא עכשיו בכתובת `,
};
