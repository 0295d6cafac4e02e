/**
 * الواجهة بالعربية. المصطلحات: الخط الزمني (timeline)، حدث / أحداث (event)، مقطع (الكلمات المقتبسة
 * من المقال)، المقال، رقم / أرقام (figure)، تكبير / تصغير (zoom)، تضمين (embed). علامات التنصيص « ».
 * Counts take the noun's form for each of Arabic's six plural categories: "حدث واحد", "حدثان",
 * "٣ أحداث", "١١ حدثًا", "١٠٠ حدث".
 */
import type { Formats, Messages, PageMessages } from './messages';

/** The forms of a counted noun: `n` stands for the number where the form writes one. */
export interface Noun {
  zero: string;
  one: string;
  two: string;
  few: (n: string) => string;
  many: (n: string) => string;
  other: (n: string) => string;
}

export const counted = (count: number, f: Formats, noun: Noun) => {
  const n = f.number(count);
  return f.plural(count, { zero: noun.zero, one: noun.one, two: noun.two, few: noun.few(n), many: noun.many(n), other: noun.other(n) });
};

export const EVENTS: Noun = { zero: 'لا أحداث', one: 'حدث واحد', two: 'حدثان', few: (n) => `${n} أحداث`, many: (n) => `${n} حدثًا`, other: (n) => `${n} حدث` };
/** After a preposition: "في حدثين". */
const EVENTS_GEN: Noun = { ...EVENTS, two: 'حدثين' };
export const PARAGRAPHS: Noun = { zero: 'لا فقرات', one: 'فقرة واحدة', two: 'فقرتين', few: (n) => `${n} فقرات`, many: (n) => `${n} فقرة`, other: (n) => `${n} فقرة` };
export const CHECKS: Noun = { zero: 'لا فحوص', one: 'فحص واحد', two: 'فحصين', few: (n) => `${n} فحوص`, many: (n) => `${n} فحصًا`, other: (n) => `${n} فحص` };
export const TIMELINES: Noun = {
  zero: 'لا خطوط زمنية',
  one: 'خط زمني واحد',
  two: 'خطان زمنيان',
  few: (n) => `${n} خطوط زمنية`,
  many: (n) => `${n} خطًا زمنيًا`,
  other: (n) => `${n} خط زمني`,
};

export const ar: Messages = {
  brand: 'Sourceline',
  quoted: ({ text }) => `«${text}»`,
  pageTitle: ({ title }) => `${title} · Sourceline`,
  dateInferredSuffix: ' (تاريخ مستنتج)',
  dateInferred: ({ date }) => `${date} (تاريخ مستنتج)`,
  inferredBadge: 'مستنتج',
  opensInNewTab: '(يُفتح في علامة تبويب جديدة)',
  comma: '، ',
  titleAndDate: ({ title, date }) => `${title}، ${date}`,
  close: 'إغلاق',

  loadingTimeline: 'جارٍ تحميل الخط الزمني…',

  // ——— a link the app could not use as it was (the reader's value goes between `before` and `after`)
  dismiss: 'تجاهل',

  skipToTimeline: 'انتقل إلى الخط الزمني',
  skipToEvents: 'انتقل إلى قائمة الأحداث كلها',
  allTimelines: 'كل الخطوط الزمنية',
  otherHeadlines: 'عناوين المقال الأخرى',
  articleDate: 'تاريخ المقال:',
  timesOfDay: ({ zone }) => `الأوقات بتوقيت ${zone}.`,
  cityTime: ({ city }) => `توقيت ${city}`,
  theArticle: ({ headline }) => `مقال «${headline}»`,
  byline: ({ name }) => `بقلم ${name}`,
  missingPublisher: 'الناشر',
  missingDate: 'تاريخ النشر',
  // A verb before its subject stays singular: "لم يُذكر الناشر وتاريخ النشر".
  notGiven: ({ missing }, f) => ` (لم يُذكر ${f.list(missing)})`,

  embedHeading: ({ title }) => `الخط الزمني: ${title}`,

  embedButton: 'تضمين',
  loadingEmbedCode: 'جارٍ تحميل رمز التضمين…',
  embedWholeStory: 'القصة كاملة',
  embedZoomed: ({ state }) => `${state}، بالتكبير الحالي`,


  timeline: 'الخط الزمني',
  timelineRange: ({ range }) => `الخط الزمني، ${range}`,
  showing: ({ range }) => `المعروض: ${range}`,
  zoom: 'التكبير',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  reset: 'عرض الكل',
  lanes: 'الفئات',
  marksGroup: 'الأحداث المعروضة. تنقّل بين الأحداث بمفاتيح الأسهم، واختر بمفتاح الإدخال، وكبّر أو صغّر بمفتاحي + و−.',
  noEventsHere: 'لا أحداث في هذه الفترة. انتقل إلى أقربها',
  overview: 'الجزء المعروض من القصة',
  caption: ({ source }) => `المصدر: ${source}. كل علامة حدث يرويه؛ والتواريخ الموسومة بـ«مستنتج» مستخلصة من كلماته.`,
  howTo:
    'كبّر أو صغّر بمفتاح Ctrl أو ⌘ مع عجلة التمرير، أو بالقرص بإصبعين، أو بالنقر المزدوج، أو بالأزرار، أو بمفتاحي + و−؛ واسحب للتنقل. تنقّل بين الأحداث بمفاتيح الأسهم، وانتقل إلى الأول والأخير بمفتاحي Home وEnd، واختر بمفتاح الإدخال.',
  axisBreak: ({ from, to, length }) => `من ${from} إلى ${to} (${length})`,
  axisBreaks: ({ breaks }, f) => `اختُصر المحور حيث لا يقع شيء لمدة طويلة: ${f.list(breaks)}.`,
  markLabel: ({ date, words, kind }) => `${date}: ${words.join('، ')}. ${kind}`,
  clusterOn: ({ count, lane, day }, f) => `${counted(count, f, EVENTS)} في «${lane}» يوم ${day}.`,
  clusterFromTo: ({ count, lane, from, to }, f) => `${counted(count, f, EVENTS)} في «${lane}» من ${from} إلى ${to}.`,
  clusterZoom: 'فعّلها للتكبير عليها',
  clusterList: 'فعّلها لعرضها في قائمة',


  selected: ({ title, date }) => `تم اختيار: ${title}، ${date}`,




  // ——— the site's index of stories (in the site's language)

  // ——— a long story's regions while they are set out (a story of 1,000 events or more: its first view says them)
  partUnavailable: 'تعذّر تحميل هذا الجزء من الصفحة. أعد تحميل الصفحة للمحاولة مرة أخرى.',
};

/** The words only the build writes (see `enPages`). */
export const arPages: PageMessages = {
  storyDescription: ({ source }) => `خط زمني لـ${source}، كل حدث وكل رقم فيه مرتبط بكلمات المقال نفسها.`,
  storyImageAlt: ({ title, count }, f) => `${title}: خط زمني من ${counted(count, f, EVENTS_GEN)}`,
  cardTimeline: 'Sourceline · خط زمني',
  cardKind: ({ kind }) => `Sourceline · ${kind}`,
  cardEvents: ({ count }, f) => `${counted(count, f, EVENTS)}، كلٌّ منها مرتبط بكلمات المقال نفسها`,
  cardSource: ({ source }) => `المصدر: ${source}`,
  jsonLdEvents: ({ title }) => `أحداث «${title}»`,
  jsonLdInferred: ({ note }) => `تاريخ مستنتج: ${note}`,
  notFoundTitle: 'الصفحة غير موجودة · Sourceline',
  notFound: 'الصفحة غير موجودة',
  notFoundStory: ({ title, home }) => `لا توجد صفحة على هذا العنوان. الخط الزمني «${title}» موجود على ${home}.`,
  notFoundSite: ({ home }) => `لا توجد صفحة على هذا العنوان. الخطوط الزمنية موجودة على ${home}.`,
  indexTitle: 'الخطوط الزمنية · Sourceline',
  indexDescription: ({ count, titles }, f) => `${counted(count, f, TIMELINES)} مأخوذة من مقالات إخبارية، كل حدث وكل رقم فيها مرتبط بكلمات المقال نفسها: ${titles}.`,
  indexImageAlt: ({ count }, f) => `Sourceline: ${counted(count, f, TIMELINES)}`,
  indexCardTitle: ({ count }, f) => `${counted(count, f, TIMELINES)}، كل رقم فيها مرتبط بكلماته`,
  indexCardEyebrow: 'Sourceline · خطوط زمنية',
  indexCardSource: 'كلٌّ منها مأخوذ من مقال إخباري واحد، وكل حدث وكل رقم فيه مرتبط بالكلمات التي تذكره',
  movedTitle: 'نُقلت هذه الصفحة',
  movedTo: ({ title }) => `«${title}» موجود الآن على `,
};
