/** The words no first view needs (see `enLater`), in the language of `../es.ts`. */
import type { LaterMessages } from '../messages';
import { counted } from '../es';

export const esLater: LaterMessages = {
  // ——— the embed dialog (loaded with it)
  embedTitle: 'Insertar esta cronología',
  embedWhatBefore: 'Pegue uno de estos códigos en el HTML de su página. La cronología insertada se abre en ',
  embedWhatAfter: ', no hace peticiones a ningún otro sitio y no instala cookies.',
  colourScheme: 'Colores',
  schemeReader: 'Según el ajuste del lector',
  schemeLight: 'Claro',
  schemeDark: 'Oscuro',
  snippetScript: 'Script (recomendado)',
  snippetScriptName: 'el código del script',
  snippetScriptHint: 'Se ajusta a su contenido y mantiene los enlaces a los hechos en la dirección de su página.',
  snippetPym: 'pym.js',
  snippetPymName: 'el código de pym.js',
  snippetPymHint: 'Para páginas que ya cargan pym.js: dimensiona el iframe de la misma manera.',
  snippetIframe: 'Iframe simple',
  snippetIframeName: 'el código del iframe',
  snippetIframeHint: 'Donde una página no admite scripts: una altura fija, con desplazamiento interno si la cronología es más alta.',
  previewWidth: 'Ancho de la vista previa',
  widthPixels: ({ count }, f) => `${f.number(count)} px`,
  widthFull: 'Ancho completo',
  preview: ({ title }) => `Vista previa: ${title}`,

  // ——— loading failed (a page without its data inline)
  retry: 'Reintentar',
  retrying: 'Reintentando…',
  failedShown: 'No se puede mostrar la cronología.',
  failedLoaded: 'No se pudo cargar la cronología.',
  failedNetwork: ({ url, detail }) => `La petición a ${url} no llegó al servidor (${detail}). Compruebe su conexión y vuelva a intentarlo.`,
  failedHttp: ({ status, url }) => `El servidor respondió ${status} para ${url}.`,
  failedDamaged: 'El archivo de la cronología está dañado.',
  failedNotJson: ({ url, detail }) => `${url} no es un JSON válido (${detail}).`,
  failedInvalid: 'El archivo de la cronología tiene errores, así que no se muestra.',
  failedChecks: ({ url, count }, f) => `${url} no supera ${counted(count, f, 'comprobación', 'comprobaciones')}:`,

  // ——— the site's index of stories (in the site's language)
  indexHeading: 'Cronologías',
  indexIntro: 'Cada cronología parte de un artículo periodístico: cada hecho, fecha y cifra enlaza con las palabras del artículo que lo recogen.',
  indexCount: ({ count }, f) => counted(count, f, 'cronología', 'cronologías'),
  indexEvents: ({ count }, f) => ` · ${counted(count, f, 'hecho', 'hechos')}`,
  indexFrom: 'A partir del artículo',
  indexFooter: 'Sourceline: cronologías en las que cada hecho, fecha y cifra enlaza con las palabras del artículo que lo recogen.',

  // ——— what answers the reader: a copied link, a mark's card, a list of events at one time
  linkCopyManually: 'No se pudo copiar el enlace. Está seleccionado: cópielo con Ctrl+C (⌘C en Mac).',
  linkCopied: 'Enlace copiado',
  linkShared: 'Enlace compartido',
  sameTime: ({ count }, f) => `${counted(count, f, 'hecho', 'hechos')} a la misma hora`,
  andMore: ({ count }, f) => `y ${f.number(count)} ${f.plural(count, { one: 'más', many: 'más', other: 'más' })}, en la lista de todos los hechos más abajo.`,

  // ——— a link the app could not use as it was (the reader's value goes between `before` and `after`);
  // fetched before the app starts whenever the link holds something the reader may need telling
  noticeEventUnknownBefore: 'Este enlace nombra un hecho, «',
  noticeEventUnknownAfter: '», que no está en esta cronología: puede que se haya retirado o que el enlace esté mal escrito. Se muestra la cronología completa.',
  noticeEventMalformedBefore: 'Este enlace nombra un hecho como «',
  noticeEventMalformedAfter: '», que no es un hecho de esta cronología. Se muestra la cronología completa.',
  noticeViewBefore: 'La vista de este enlace, «',
  noticeViewClampedAfter: ({ shown }) => `», va más allá de lo que muestra la cronología (fuera de la historia, o más cerca de lo que permite el zoom), así que muestra ${shown}.`,
  noticeViewNearest: ({ from, to }) => `la vista más próxima posible, del ${from} al ${to}`,
  noticeViewWhole: 'la historia completa',
  noticeViewUnreadAfter: '», no se pudo leer, así que se muestra la historia completa.',
  noticeEmbedBefore: 'El ajuste de inserción de este enlace, «',
  noticeEmbedAfter: '», no es uno que esta página conozca (use 1 o 0); se ha ignorado.',
  noticeThemeBefore: 'El tema de este enlace, «',
  noticeThemeAfter: '», no es uno que esta página conozca (use light o dark); se ha ignorado.',

  // ——— the embed dialog's Copy buttons, and a mark's card (each loaded with them)
  copy: 'Copiar',
  copied: 'Copiado',
  copyManually: 'El código está seleccionado: cópielo con Ctrl+C (⌘C en Mac).',
  cardInferred: ' · fecha deducida',
  dayOnly: 'El artículo da el día, no la hora: la barra abarca el día entero.',

  // ——— the embed's folds and credit (fetched with the embed's chunk, before it starts)
  embedFiguresFold: 'Todas las cifras del artículo',
  embedListFold: 'Todos los hechos, en una lista',
  creditBy: 'Cronología de Sourceline',
  creditFrom: ', a partir de ',
  creditEnd: ': cada cifra enlaza con las palabras que la recogen.',
  openFullTimeline: 'Abrir la cronología completa',
};
