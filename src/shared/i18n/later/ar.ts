/** The words no first view needs (see `enLater`), in the language of `../ar.ts`. */
import type { LaterMessages } from '../messages';
import { CHECKS, EVENTS, PARAGRAPHS, TIMELINES, counted, type Noun } from '../ar';

const PASSAGES: Noun = { zero: 'لا مقاطع', one: 'مقطع واحد', two: 'مقطعان', few: (n) => `${n} مقاطع`, many: (n) => `${n} مقطعًا`, other: (n) => `${n} مقطع` };

export const arLater: LaterMessages = {
  // ——— the embed dialog (loaded with it)
  embedTitle: 'تضمين هذا الخط الزمني',
  embedWhatBefore: 'الصق أحد هذه الرموز في HTML صفحتك. يُفتح الخط الزمني المضمَّن على ',
  embedWhatAfter: '، ولا يرسل أي طلب إلى موقع آخر ولا يضع ملفات تعريف ارتباط.',
  colourScheme: 'نظام الألوان',
  schemeReader: 'حسب إعداد القارئ',
  schemeLight: 'فاتح',
  schemeDark: 'داكن',
  snippetScript: 'سكربت (مستحسن)',
  snippetScriptName: 'رمز السكربت',
  snippetScriptHint: 'يضبط حجمه على محتواه ويحفظ روابط الأحداث في عنوان صفحتك.',
  snippetPym: 'pym.js',
  snippetPymName: 'رمز pym.js',
  snippetPymHint: 'للصفحات التي تحمّل pym.js أصلًا: يضبط حجم الإطار بالطريقة نفسها.',
  snippetIframe: 'إطار iframe بسيط',
  snippetIframeName: 'رمز الإطار',
  snippetIframeHint: 'حيث لا تسمح الصفحة بأي سكربت: ارتفاع ثابت، مع تمرير داخلي إن كان الخط الزمني أطول.',
  previewWidth: 'عرض المعاينة',
  widthPixels: ({ count }, f) => `${f.number(count)} بكسل`,
  widthFull: 'العرض الكامل',
  preview: ({ title }) => `معاينة: ${title}`,

  // ——— loading failed (a page without its data inline)
  retry: 'إعادة المحاولة',
  retrying: 'جارٍ إعادة المحاولة…',
  failedShown: 'تعذّر عرض الخط الزمني.',
  failedLoaded: 'تعذّر تحميل الخط الزمني.',
  failedNetwork: ({ url, detail }) => `لم يصل طلب ${url} إلى الخادم (${detail}). تحقّق من اتصالك وحاول مرة أخرى.`,
  failedHttp: ({ status, url }) => `ردّ الخادم بـ ${status} على ${url}.`,
  failedDamaged: 'ملف الخط الزمني تالف.',
  failedNotJson: ({ url, detail }) => `${url} ليس ملف JSON صالحًا (${detail}).`,
  failedInvalid: 'في ملف الخط الزمني أخطاء، لذا لا يُعرض.',
  failedChecks: ({ url, count }, f) => `أخفق ${url} في ${counted(count, f, CHECKS)}:`,

  // ——— the site's index of stories (in the site's language)
  indexHeading: 'الخطوط الزمنية',
  indexIntro: 'كل خط زمني مأخوذ من مقال إخباري واحد: كل حدث وتاريخ ورقم فيه مرتبط بكلمات المقال التي تذكره.',
  indexCount: ({ count }, f) => counted(count, f, TIMELINES),
  indexEvents: ({ count }, f) => ` · ${counted(count, f, EVENTS)}`,
  indexFrom: 'عن مقال',
  indexFooter: 'Sourceline: خطوط زمنية يرتبط فيها كل حدث وتاريخ ورقم بكلمات المقال التي تذكره.',

  // ——— what answers the reader: a copied link, a mark's card, a list of events at one time
  linkCopyManually: 'تعذّر نسخ الرابط تلقائيًا. إنه محدَّد: انسخه بـ Ctrl+C (أو ⌘C على ماك).',
  linkCopied: 'تم نسخ الرابط',
  linkShared: 'تمت مشاركة الرابط',
  sameTime: ({ count }, f) => `${counted(count, f, EVENTS)} في الوقت نفسه`,
  andMore: ({ count }, f) =>
    `و${counted(count, f, EVENTS)} ${f.plural(count, { zero: 'أخرى', one: 'آخر', two: 'آخران', few: 'أخرى', many: 'آخر', other: 'آخر' })} في قائمة الأحداث كلها أدناه.`,

  // ——— a link the app could not use as it was (the reader's value goes between `before` and `after`);
  // fetched before the app starts whenever the link holds something the reader may need telling
  noticeEventUnknownBefore: 'يشير هذا الرابط إلى حدث، «',
  noticeEventUnknownAfter: '»، غير موجود في هذا الخط الزمني: ربما حُذف، أو كُتب الرابط خطأً. يُعرض الخط الزمني كاملًا.',
  noticeEventMalformedBefore: 'يشير هذا الرابط إلى حدث باسم «',
  noticeEventMalformedAfter: '»، وهو ليس حدثًا في هذا الخط الزمني. يُعرض الخط الزمني كاملًا.',
  noticeViewBefore: 'نطاق العرض في هذا الرابط، «',
  noticeViewClampedAfter: ({ shown }) => `»، يتجاوز ما يعرضه الخط الزمني (خارج القصة، أو تكبير أكثر مما يسمح به)، لذا يُعرض ${shown}.`,
  noticeViewNearest: ({ from, to }) => `أقرب نطاق ممكن، من ${from} إلى ${to}`,
  noticeViewWhole: 'القصة كاملة',
  noticeViewUnreadAfter: '»، تعذّرت قراءته، لذا تُعرض القصة كاملة.',
  noticeEmbedBefore: 'إعداد التضمين في هذا الرابط، «',
  noticeEmbedAfter: '»، غير معروف لهذه الصفحة (استخدم 1 أو 0)؛ تم تجاهله.',
  noticeThemeBefore: 'مظهر هذا الرابط، «',
  noticeThemeAfter: '»، غير معروف لهذه الصفحة (استخدم light أو dark)؛ تم تجاهله.',

  // ——— the embed dialog's Copy buttons, and a mark's card (each loaded with them)
  copy: 'نسخ',
  copied: 'تم النسخ',
  copyManually: 'الرمز محدَّد: انسخه بـ Ctrl+C (أو ⌘C على ماك).',
  cardInferred: ' · تاريخ مستنتج',
  dayOnly: 'يذكر المقال اليوم لا الساعة: يغطي الشريط اليوم كله.',

  // ——— the embed's folds and credit (fetched with the embed's chunk, before it starts)
  embedFiguresFold: 'كل الأرقام الواردة في المقال',
  embedListFold: 'كل الأحداث في قائمة',
  creditBy: 'خط زمني من Sourceline',
  creditFrom: '، عن ',
  creditEnd: ': كل رقم مرتبط بالكلمات التي تذكره.',
  openFullTimeline: 'افتح الخط الزمني كاملًا',

  // ——— the regions below the chart (loaded with them: src/app/reading)
  footerSource: 'المصدر: مقال «',
  footerSourceEnd: '»',
  footerLicense: '، يُعاد نشره بموجب ',
  footerEnd: '. كل رقم مرتبط بالكلمات التي تذكره.',
  copyLink: 'نسخ الرابط',
  stepperLabel: 'الأحداث واحدًا تلو الآخر',
  stepCount: ({ count }, f) => counted(count, f, EVENTS),
  stepWhere: ({ index, count }, f) => `الحدث ${f.number(index)} من ${f.number(count)}`,
  stepEvent: '',
  selectedEvent: 'الحدث المختار',
  detailPrompt: 'اختر حدثًا في الخط الزمني أو في القائمة، أو مقطعًا مظلَّلًا في المقال، لترى تاريخه وأرقامه وكلمات المقال نفسها عنه.',
  inArticleWords: 'بكلمات المقال',
  inTheArticle: 'في المقال:',
  showInArticle: 'اعرضه في المقال',
  quotePosition: ({ index, count }, f) => `المقطع ${f.number(index)} من ${f.number(count)}`,
  backToEvent: 'العودة إلى الحدث',
  backToFigures: 'العودة إلى الأرقام',
  theArticleHeading: 'المقال',
  showArticle: 'اعرض المقال',
  hideArticle: 'أخفِ المقال',
  eventDetailLink: 'تفاصيل الحدث',
  articleHint: 'الكلمات المظلَّلة تقتبسها الأحداث: اختر واحدة لترى حدثها.',
  passageQuotedBy: ({ count }, f) =>
    `${counted(count, f, EVENTS)} ${f.plural(count, { zero: 'تقتبس', one: 'يقتبس', two: 'يقتبسان', few: 'تقتبس', many: 'تقتبس', other: 'تقتبس' })} هذا المقطع`,
  eventsQuoting: 'الأحداث التي تقتبس هذا المقطع',
  figuresHeading: 'الأرقام الواردة في المقال',
  figuresIntro: 'اختر رقمًا لترى حدثه والكلمات التي تذكره.',
  barsNote: 'مقياس واحد يبدأ من الصفر لكل الأشرطة؛ وعلى كل شريط رقمه وما يعدّه.',
  ofTheWhole: ({ whole }) => `من أصل ${whole}`,
  listHeading: 'كل الأحداث حسب التاريخ',
  listFigures: ({ figures }) => `الأرقام: ${figures}`,
  preparingFigures: 'جارٍ إعداد الأرقام…',
  settingOutArticle: ({ done, count }, f) => `جارٍ عرض المقال: ${f.number(done)} من ${counted(count, f, PARAGRAPHS)} حتى الآن…`,
  listingEvents: ({ done, count }, f) => `جارٍ سرد الأحداث: ${f.number(done)} من ${f.number(count)} حتى الآن…`,
  share: 'مشاركة…',
  previous: 'السابق',
  next: 'التالي',
  first: 'الأول',
  figures: 'الأرقام',
  highlighted: 'المظلَّل:',
  passages: ({ count }, f) => `(${counted(count, f, PASSAGES)}).`,
};
