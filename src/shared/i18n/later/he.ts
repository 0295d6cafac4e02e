/** The words no first view needs (see `enLater`), in the language of `../he.ts`. */
import type { LaterMessages } from '../messages';
import { CHECKS, EVENTS, TIMELINES, counted } from '../he';

export const heLater: LaterMessages = {
  // ——— the embed dialog (loaded with it)
  embedTitle: 'הטמעת ציר הזמן הזה',
  embedWhatBefore: 'הדביקו את אחד הקודים האלה ב-HTML של הדף שלכם. ההטמעה נפתחת על ',
  embedWhatAfter: ', אינה שולחת בקשות לשום אתר אחר ואינה שומרת קובצי Cookie.',
  colourScheme: 'ערכת צבעים',
  schemeReader: 'לפי הגדרת הקורא',
  schemeLight: 'בהירה',
  schemeDark: 'כהה',
  snippetScript: 'סקריפט (מומלץ)',
  snippetScriptName: 'קוד הסקריפט',
  snippetScriptHint: 'מתאים את גודלו לתוכן ושומר קישורים לאירועים בכתובת הדף שלכם.',
  snippetPym: 'pym.js',
  snippetPymName: 'קוד pym.js',
  snippetPymHint: 'לדפים שכבר טוענים את pym.js: הוא קובע את גודל ה-iframe באותו אופן.',
  snippetIframe: 'iframe פשוט',
  snippetIframeName: 'קוד ה-iframe',
  snippetIframeHint: 'בדף שאינו מתיר סקריפטים: גובה קבוע, עם גלילה פנימית כשציר הזמן גבוה יותר.',
  previewWidth: 'רוחב התצוגה המקדימה',
  widthPixels: ({ count }, f) => `${f.number(count)} פיקסלים`,
  widthFull: 'רוחב מלא',
  preview: ({ title }) => `תצוגה מקדימה: ${title}`,

  // ——— loading failed (a page without its data inline)
  retry: 'ניסיון חוזר',
  retrying: 'מנסה שוב…',
  failedShown: 'לא ניתן להציג את ציר הזמן.',
  failedLoaded: 'לא ניתן לטעון את ציר הזמן.',
  failedNetwork: ({ url, detail }) => `הבקשה אל ${url} לא הגיעה לשרת (${detail}). כדאי לבדוק את החיבור ולנסות שוב.`,
  failedHttp: ({ status, url }) => `השרת השיב ${status} עבור ${url}.`,
  failedDamaged: 'קובץ ציר הזמן פגום.',
  failedNotJson: ({ url, detail }) => `${url} אינו JSON תקין (${detail}).`,
  failedInvalid: 'בקובץ ציר הזמן יש שגיאות, ולכן הוא אינו מוצג.',
  failedChecks: ({ url, count }, f) => `${url} נכשל ב${counted(count, f, CHECKS)}:`,

  // ——— the site's index of stories (in the site's language)
  indexHeading: 'צירי זמן',
  indexIntro: 'כל ציר זמן בנוי מכתבה חדשותית אחת: כל אירוע, תאריך ונתון בו מקושר למילות הכתבה שמציינות אותו.',
  indexCount: ({ count }, f) => counted(count, f, TIMELINES),
  indexEvents: ({ count }, f) => ` · ${counted(count, f, EVENTS)}`,
  indexFrom: 'על פי הכתבה',
  indexFooter: 'Sourceline: צירי זמן שבהם כל אירוע, תאריך ונתון מקושר למילות הכתבה שמציינות אותו.',

  // ——— what answers the reader: a copied link, a mark's card, a list of events at one time
  linkCopyManually: 'לא ניתן היה להעתיק את הקישור. הוא מסומן: אפשר להעתיק אותו ב-Ctrl+C (או ⌘C במק).',
  linkCopied: 'הקישור הועתק',
  linkShared: 'הקישור שותף',
  sameTime: ({ count }, f) => `${counted(count, f, EVENTS)} באותו זמן`,
  andMore: ({ count }, f) => `ועוד ${counted(count, f, EVENTS)} ברשימת כל האירועים למטה.`,

  // ——— a link the app could not use as it was (the reader's value goes between `before` and `after`);
  // fetched before the app starts whenever the link holds something the reader may need telling
  noticeEventUnknownBefore: 'הקישור הזה מפנה לאירוע, "',
  noticeEventUnknownAfter: '", שאינו בציר הזמן הזה: ייתכן שהוסר, או שהקישור הוקלד בטעות. ציר הזמן מוצג במלואו.',
  noticeEventMalformedBefore: 'הקישור הזה מפנה לאירוע בשם "',
  noticeEventMalformedAfter: '", שאינו אירוע בציר הזמן הזה. ציר הזמן מוצג במלואו.',
  noticeViewBefore: 'התצוגה שבקישור הזה, "',
  noticeViewClampedAfter: ({ shown }) => `", חורגת ממה שציר הזמן מציג (מחוץ לסיפור, או קרובה יותר ממה שאפשר להתקרב), ולכן מוצג ${shown}.`,
  noticeViewNearest: ({ from, to }) => `הטווח הקרוב ביותר האפשרי, מ-${from} עד ${to}`,
  noticeViewWhole: 'הסיפור כולו',
  noticeViewUnreadAfter: '", לא נקראה, ולכן מוצג הסיפור כולו.',
  noticeEmbedBefore: 'הגדרת ההטמעה שבקישור הזה, "',
  noticeEmbedAfter: '", אינה מוכרת לדף הזה (יש להשתמש ב-1 או ב-0); המערכת התעלמה ממנה.',
  noticeThemeBefore: 'ערכת הנושא שבקישור הזה, "',
  noticeThemeAfter: '", אינה מוכרת לדף הזה (יש להשתמש ב-light או ב-dark); המערכת התעלמה ממנה.',

  // ——— the embed dialog's Copy buttons, and a mark's card (each loaded with them)
  copy: 'העתקה',
  copied: 'הועתק',
  copyManually: 'הקוד מסומן: אפשר להעתיק אותו ב-Ctrl+C (או ⌘C במק).',
  cardInferred: ' · תאריך משוער',
  dayOnly: 'הכתבה מציינת את היום, לא את השעה: הפס מכסה את היום כולו.',

  // ——— the embed's folds and credit (fetched with the embed's chunk, before it starts)
  embedFiguresFold: 'כל הנתונים שבכתבה',
  embedListFold: 'כל האירועים, כרשימה',
  creditBy: 'ציר זמן מאת Sourceline',
  creditFrom: ', על פי ',
  creditEnd: ': כל נתון מקושר למילים שמציינות אותו.',
  openFullTimeline: 'פתיחת ציר הזמן המלא',
};
