/**
 * L'interface en français. Termes : chronologie (timeline), événement, passage (les mots cités de
 * l'article), article, chiffre (figure), zoomer, intégrer (embed). Guillemets « » et espaces
 * insécables avant : ; ? ! comme le veut la typographie française.
 */
import type { Formats, Messages, PageMessages } from './messages';

/** "3 événements": a count and its noun, in the form French gives it (one for 0 and 1; "d'" for a million). */
export const counted = (count: number, f: Formats, one: string, other: string, many = `d’${other}`) =>
  `${f.number(count)} ${f.plural(count, { one, many, other })}`;

export const fr: Messages = {
  brand: 'Sourceline',
  quoted: ({ text }) => `«\u00a0${text}\u00a0»`,
  pageTitle: ({ title }) => `${title} · Sourceline`,
  dateInferredSuffix: ' (date déduite)',
  dateInferred: ({ date }) => `${date} (date déduite)`,
  inferredBadge: 'déduite',
  opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  comma: ', ',
  titleAndDate: ({ title, date }) => `${title}, ${date}`,
  close: 'Fermer',

  loadingTimeline: 'Chargement de la chronologie…',

  // ——— a link the app could not use as it was (the reader's value goes between `before` and `after`)
  dismiss: 'Masquer',

  skipToTimeline: 'Aller à la chronologie',
  skipToEvents: 'Aller à la liste de tous les événements',
  allTimelines: 'Toutes les chronologies',
  otherHeadlines: 'Les autres titres de l’article',
  articleDate: 'Date de l’article\u00a0:',
  timesOfDay: ({ zone }) => `Heures indiquées\u00a0: ${zone}.`,
  cityTime: ({ city }) => `heure de ${city}`,
  theArticle: ({ headline }) => `l’article «\u00a0${headline}\u00a0»`,
  byline: ({ name }) => `par ${name}`,
  missingPublisher: 'l’éditeur',
  missingDate: 'la date de publication',
  notGiven: ({ missing, count }, f) => ` (${f.list(missing)} ${f.plural(count, { one: 'n’est pas indiqué', many: 'ne sont pas indiqués', other: 'ne sont pas indiqués' })})`,

  embedHeading: ({ title }) => `Chronologie\u00a0: ${title}`,

  embedButton: 'Intégrer',
  loadingEmbedCode: 'Chargement du code d’intégration…',
  embedWholeStory: 'le récit entier',
  embedZoomed: ({ state }) => `${state}, avec le zoom actuel`,


  timeline: 'Chronologie',
  timelineRange: ({ range }) => `Chronologie, ${range}`,
  showing: ({ range }) => `Affiché\u00a0: ${range}`,
  zoom: 'Zoom',
  zoomIn: 'Zoomer',
  zoomOut: 'Dézoomer',
  reset: 'Tout afficher',
  lanes: 'Catégories',
  marksGroup: 'Événements affichés. Les flèches passent d’un événement à l’autre, Entrée sélectionne, + et − zooment.',
  noEventsHere: 'Aucun événement sur cette période. Aller au plus proche',
  overview: 'Partie du récit affichée',
  caption: ({ source }) => `Source\u00a0: ${source}. Chaque repère est un événement qu’il rapporte\u00a0; les dates marquées «\u00a0déduite\u00a0» sont tirées de ses mots.`,
  howTo:
    'Zoomez avec Ctrl ou ⌘ et la molette, en pinçant, d’un double-clic, avec les boutons ou les touches + et −\u00a0; faites glisser pour vous déplacer. Les flèches passent d’un événement à l’autre, Début et Fin vont au premier et au dernier, Entrée sélectionne.',
  axisBreak: ({ from, to, length }) => `du ${from} au ${to} (${length})`,
  axisBreaks: ({ breaks }, f) => `L’axe est raccourci là où rien ne se passe pendant longtemps\u00a0: ${f.list(breaks)}.`,
  markLabel: ({ date, words, kind }) => `${date}\u00a0: ${words.join(', ')}. ${kind}`,
  clusterOn: ({ count, lane, day }, f) => `${counted(count, f, 'événement', 'événements')} dans «\u00a0${lane}\u00a0» le ${day}.`,
  clusterFromTo: ({ count, lane, from, to }, f) => `${counted(count, f, 'événement', 'événements')} dans «\u00a0${lane}\u00a0» du ${from} au ${to}.`,
  clusterZoom: 'Activer pour zoomer dessus',
  clusterList: 'Activer pour les lister',


  selected: ({ title, date }) => `Sélectionné\u00a0: ${title}, ${date}`,




  // ——— the site's index of stories (in the site's language)

  // ——— a long story's regions while they are set out (a story of 1,000 events or more: its first view says them)
  partUnavailable: 'Cette partie de la page n’a pas pu être chargée. Rechargez la page pour réessayer.',
};

/** The words only the build writes (see `enPages`). */
export const frPages: PageMessages = {
  storyDescription: ({ source }) => `Une chronologie de ${source}, chaque événement et chaque chiffre renvoyant aux mots mêmes de l’article.`,
  storyImageAlt: ({ title, count }, f) => `${title}\u00a0: une chronologie de ${counted(count, f, 'événement', 'événements')}`,
  cardTimeline: 'Sourceline · Chronologie',
  cardKind: ({ kind }) => `Sourceline · ${kind}`,
  cardEvents: ({ count }, f) => `${counted(count, f, 'événement', 'événements')}, chacun relié aux mots de l’article`,
  cardSource: ({ source }) => `Source\u00a0: ${source}`,
  jsonLdEvents: ({ title }) => `Événements de «\u00a0${title}\u00a0»`,
  jsonLdInferred: ({ note }) => `Date déduite\u00a0: ${note}`,
  notFoundTitle: 'Page introuvable · Sourceline',
  notFound: 'Page introuvable',
  notFoundStory: ({ title, home }) => `Il n’y a pas de page à cette adresse. La chronologie «\u00a0${title}\u00a0» se trouve à l’adresse ${home}.`,
  notFoundSite: ({ home }) => `Il n’y a pas de page à cette adresse. Les chronologies se trouvent à l’adresse ${home}.`,
  indexTitle: 'Chronologies · Sourceline',
  indexDescription: ({ count, titles }, f) =>
    `${counted(count, f, 'chronologie tirée', 'chronologies tirées')} d’articles de presse, chaque événement et chaque chiffre renvoyant aux mots mêmes de l’article\u00a0: ${titles}.`,
  indexImageAlt: ({ count }, f) => `Sourceline\u00a0: ${counted(count, f, 'chronologie', 'chronologies')}`,
  indexCardTitle: ({ count }, f) => `${counted(count, f, 'chronologie', 'chronologies')}, chaque chiffre relié à ses mots`,
  indexCardEyebrow: 'Sourceline · Chronologies',
  indexCardSource: 'Chacune tirée d’un article de presse, chaque événement et chaque chiffre relié aux mots qui l’énoncent',
  movedTitle: 'Cette page a déménagé',
  movedTo: ({ title }) => `«\u00a0${title}\u00a0» se trouve désormais à l’adresse `,
};
