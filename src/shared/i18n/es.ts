/**
 * La interfaz en español. Términos: cronología (timeline), hecho (event), fragmento (las palabras
 * citadas del artículo), artículo, cifra (figure), acercar / alejar (zoom), insertar (embed).
 * Comillas angulares « », como recomienda la RAE.
 */
import type { Formats, Messages, PageMessages } from './messages';

/** "3 hechos": a count and its noun, in the form Spanish gives it ("de" for a million). */
export const counted = (count: number, f: Formats, one: string, other: string, many = `de ${other}`) =>
  `${f.number(count)} ${f.plural(count, { one, many, other })}`;

export const es: Messages = {
  brand: 'Sourceline',
  quoted: ({ text }) => `«${text}»`,
  pageTitle: ({ title }) => `${title} · Sourceline`,
  dateInferredSuffix: ' (fecha deducida)',
  dateInferred: ({ date }) => `${date} (fecha deducida)`,
  inferredBadge: 'deducida',
  opensInNewTab: '(se abre en una pestaña nueva)',
  comma: ', ',
  titleAndDate: ({ title, date }) => `${title}, ${date}`,
  close: 'Cerrar',

  loadingTimeline: 'Cargando la cronología…',

  // ——— a link the app could not use as it was (the reader's value goes between `before` and `after`)
  dismiss: 'Descartar',

  skipToTimeline: 'Ir a la cronología',
  skipToEvents: 'Ir a la lista de todos los hechos',
  allTimelines: 'Todas las cronologías',
  otherHeadlines: 'Los otros titulares del artículo',
  articleDate: 'Fecha del artículo:',
  timesOfDay: ({ zone }) => `Las horas se indican en ${zone}.`,
  cityTime: ({ city }) => `hora de ${city}`,
  theArticle: ({ headline }) => `el artículo «${headline}»`,
  byline: ({ name }) => `de ${name}`,
  missingPublisher: 'el medio',
  missingDate: 'la fecha de publicación',
  notGiven: ({ missing, count }, f) => ` (no ${f.plural(count, { one: 'consta', many: 'constan', other: 'constan' })} ${f.list(missing)})`,

  embedHeading: ({ title }) => `Cronología: ${title}`,

  embedButton: 'Insertar',
  loadingEmbedCode: 'Cargando el código para insertar…',
  embedWholeStory: 'la historia completa',
  embedZoomed: ({ state }) => `${state}, con el zoom actual`,


  timeline: 'Cronología',
  timelineRange: ({ range }) => `Cronología, ${range}`,
  showing: ({ range }) => `Se muestra: ${range}`,
  zoom: 'Zoom',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  reset: 'Ver todo',
  lanes: 'Categorías',
  marksGroup: 'Hechos a la vista. Las flechas pasan de un hecho a otro, Intro selecciona, + y − cambian el zoom.',
  noEventsHere: 'No hay hechos en este tramo. Ir al más cercano',
  overview: 'Parte de la historia a la vista',
  caption: ({ source }) => `Fuente: ${source}. Cada marca es un hecho que recoge; las fechas marcadas como deducidas se infieren de sus palabras.`,
  howTo:
    'Cambie el zoom con Ctrl o ⌘ y la rueda del ratón, pellizcando, con doble clic, con los botones o con las teclas + y −; arrastre para desplazarse. Las flechas pasan de un hecho a otro, Inicio y Fin van al primero y al último, Intro selecciona.',
  axisBreak: ({ from, to, length }) => `del ${from} al ${to} (${length})`,
  axisBreaks: ({ breaks }, f) => `El eje se acorta donde no ocurre nada durante mucho tiempo: ${f.list(breaks)}.`,
  markLabel: ({ date, words, kind }) => `${date}: ${words.join(', ')}. ${kind}`,
  clusterOn: ({ count, lane, day }, f) => `${counted(count, f, 'hecho', 'hechos')} en «${lane}» el ${day}.`,
  clusterFromTo: ({ count, lane, from, to }, f) => `${counted(count, f, 'hecho', 'hechos')} en «${lane}» del ${from} al ${to}.`,
  clusterZoom: 'Actívelo para acercarse a ellos',
  clusterList: 'Actívelo para verlos en una lista',


  selected: ({ title, date }) => `Seleccionado: ${title}, ${date}`,




  // ——— the site's index of stories (in the site's language)

  // ——— a long story's regions while they are set out (a story of 1,000 events or more: its first view says them)
  partUnavailable: 'No se pudo cargar esta parte de la página. Vuelva a cargar la página para intentarlo de nuevo.',
};

/** The words only the build writes (see `enPages`). */
export const esPages: PageMessages = {
  storyDescription: ({ source }) => `Una cronología de ${source}, con cada hecho y cada cifra enlazados a las palabras del propio artículo.`,
  storyImageAlt: ({ title, count }, f) => `${title}: una cronología de ${counted(count, f, 'hecho', 'hechos')}`,
  cardTimeline: 'Sourceline · Cronología',
  cardKind: ({ kind }) => `Sourceline · ${kind}`,
  cardEvents: ({ count }, f) => `${counted(count, f, 'hecho', 'hechos')}, cada uno enlazado a las palabras del artículo`,
  cardSource: ({ source }) => `Fuente: ${source}`,
  jsonLdEvents: ({ title }) => `Hechos de «${title}»`,
  jsonLdInferred: ({ note }) => `Fecha deducida: ${note}`,
  notFoundTitle: 'Página no encontrada · Sourceline',
  notFound: 'Página no encontrada',
  notFoundStory: ({ title, home }) => `No hay ninguna página en esta dirección. La cronología de «${title}» está en ${home}.`,
  notFoundSite: ({ home }) => `No hay ninguna página en esta dirección. Las cronologías están en ${home}.`,
  indexTitle: 'Cronologías · Sourceline',
  indexDescription: ({ count, titles }, f) =>
    `${counted(count, f, 'cronología hecha', 'cronologías hechas')} a partir de artículos periodísticos, con cada hecho y cada cifra enlazados a las palabras del propio artículo: ${titles}.`,
  indexImageAlt: ({ count }, f) => `Sourceline: ${counted(count, f, 'cronología', 'cronologías')}`,
  indexCardTitle: ({ count }, f) => `${counted(count, f, 'cronología', 'cronologías')}, cada cifra enlazada a sus palabras`,
  indexCardEyebrow: 'Sourceline · Cronologías',
  indexCardSource: 'Cada una a partir de un artículo periodístico, con cada hecho y cada cifra enlazados a las palabras que los recogen',
  movedTitle: 'Esta página se ha trasladado',
  movedTo: ({ title }) => `«${title}» está ahora en `,
};
