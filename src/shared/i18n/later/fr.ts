/** The words no first view needs (see `enLater`), in the language of `../fr.ts`. */
import type { LaterMessages } from '../messages';
import { counted } from '../fr';

export const frLater: LaterMessages = {
  // ——— the embed dialog (loaded with it)
  embedTitle: 'Intégrer cette chronologie',
  embedWhatBefore: 'Collez l’un de ces codes dans le HTML de votre page. L’intégration s’ouvre sur ',
  embedWhatAfter: ', n’envoie aucune requête à un autre site et ne dépose aucun cookie.',
  colourScheme: 'Couleurs',
  schemeReader: 'Selon le réglage du lecteur',
  schemeLight: 'Clair',
  schemeDark: 'Sombre',
  snippetScript: 'Script (recommandé)',
  snippetScriptName: 'le code du script',
  snippetScriptHint: 'S’ajuste à son contenu et garde les liens vers les événements dans l’adresse de votre page.',
  snippetPym: 'pym.js',
  snippetPymName: 'le code pym.js',
  snippetPymHint: 'Pour les pages qui chargent déjà pym.js\u00a0: il dimensionne l’iframe de la même façon.',
  snippetIframe: 'Iframe simple',
  snippetIframeName: 'le code de l’iframe',
  snippetIframeHint: 'Là où une page n’admet aucun script\u00a0: une hauteur fixe, avec défilement interne si la chronologie est plus haute.',
  previewWidth: 'Largeur de l’aperçu',
  widthPixels: ({ count }, f) => `${f.number(count)} px`,
  widthFull: 'Pleine largeur',
  preview: ({ title }) => `Aperçu\u00a0: ${title}`,

  // ——— loading failed (a page without its data inline)
  retry: 'Réessayer',
  retrying: 'Nouvel essai…',
  failedShown: 'La chronologie ne peut pas être affichée.',
  failedLoaded: 'La chronologie n’a pas pu être chargée.',
  failedNetwork: ({ url, detail }) => `La requête vers ${url} n’a pas atteint le serveur (${detail}). Vérifiez votre connexion et réessayez.`,
  failedHttp: ({ status, url }) => `Le serveur a répondu ${status} pour ${url}.`,
  failedDamaged: 'Le fichier de la chronologie est endommagé.',
  failedNotJson: ({ url, detail }) => `${url} n’est pas un JSON valide (${detail}).`,
  failedInvalid: 'Le fichier de la chronologie contient des erreurs\u00a0: il n’est pas affiché.',
  failedChecks: ({ url, count }, f) => `${url} échoue à ${counted(count, f, 'vérification', 'vérifications')}\u00a0:`,

  // ——— the site's index of stories (in the site's language)
  indexHeading: 'Chronologies',
  indexIntro: 'Chaque chronologie est tirée d’un article de presse\u00a0: chaque événement, chaque date et chaque chiffre renvoie aux mots de l’article qui l’énoncent.',
  indexCount: ({ count }, f) => counted(count, f, 'chronologie', 'chronologies'),
  indexEvents: ({ count }, f) => ` · ${counted(count, f, 'événement', 'événements')}`,
  indexFrom: 'D’après l’article',
  indexFooter: 'Sourceline\u00a0: des chronologies où chaque événement, chaque date et chaque chiffre renvoie aux mots de l’article qui l’énoncent.',

  // ——— what answers the reader: a copied link, a mark's card, a list of events at one time
  linkCopyManually: 'Le lien n’a pas pu être copié pour vous. Il est sélectionné\u00a0: copiez-le avec Ctrl+C (⌘C sur Mac).',
  linkCopied: 'Lien copié',
  linkShared: 'Lien partagé',
  sameTime: ({ count }, f) => `${counted(count, f, 'événement', 'événements')} au même moment`,
  andMore: ({ count }, f) => `et ${f.number(count)} ${f.plural(count, { one: 'autre', many: 'd’autres', other: 'autres' })}, dans la liste de tous les événements ci-dessous.`,

  // ——— a link the app could not use as it was (the reader's value goes between `before` and `after`);
  // fetched before the app starts whenever the link holds something the reader may need telling
  noticeEventUnknownBefore: 'Ce lien désigne un événement, «\u00a0',
  noticeEventUnknownAfter: '\u00a0», qui ne figure pas dans cette chronologie\u00a0: il a pu être retiré, ou le lien être mal saisi. La chronologie entière est affichée.',
  noticeEventMalformedBefore: 'Ce lien désigne un événement par «\u00a0',
  noticeEventMalformedAfter: '\u00a0», qui n’est pas un événement de cette chronologie. La chronologie entière est affichée.',
  noticeViewBefore: 'La vue demandée par ce lien, «\u00a0',
  noticeViewClampedAfter: ({ shown }) => `\u00a0», dépasse ce que la chronologie montre (hors du récit, ou plus près qu’elle ne zoome)\u00a0: elle affiche donc ${shown}.`,
  noticeViewNearest: ({ from, to }) => `la vue la plus proche possible, du ${from} au ${to}`,
  noticeViewWhole: 'le récit entier',
  noticeViewUnreadAfter: '\u00a0», est illisible\u00a0: le récit entier est affiché.',
  noticeEmbedBefore: 'Le réglage d’intégration de ce lien, «\u00a0',
  noticeEmbedAfter: '\u00a0», est inconnu de cette page (utilisez 1 ou 0)\u00a0: il a été ignoré.',
  noticeThemeBefore: 'Le thème demandé par ce lien, «\u00a0',
  noticeThemeAfter: '\u00a0», est inconnu de cette page (utilisez light ou dark)\u00a0: il a été ignoré.',

  // ——— the embed dialog's Copy buttons, and a mark's card (each loaded with them)
  copy: 'Copier',
  copied: 'Copié',
  copyManually: 'Le code est sélectionné\u00a0: copiez-le avec Ctrl+C (⌘C sur Mac).',
  cardInferred: ' · date déduite',
  dayOnly: 'L’article donne le jour, pas l’heure\u00a0: la barre couvre toute la journée.',

  // ——— the embed's folds and credit (fetched with the embed's chunk, before it starts)
  embedFiguresFold: 'Tous les chiffres de l’article',
  embedListFold: 'Tous les événements, en liste',
  creditBy: 'Chronologie par Sourceline',
  creditFrom: ', d’après ',
  creditEnd: '\u00a0: chaque chiffre renvoie aux mots qui l’énoncent.',
  openFullTimeline: 'Ouvrir la chronologie complète',
};
