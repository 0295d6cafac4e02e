/**
 * Social card images (1200×630 PNG) drawn at build time, with no browser: satori lays the card out
 * to SVG and resvg rasterises it. Fonts come from npm packages, so the build needs no network; a
 * card whose words are in another script (Arabic, Hebrew, Chinese, emoji…) gets the fonts that
 * draw them (`cardFonts.ts`), and only such a card.
 */
import { createElement as h, type ReactNode } from 'react';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import type { Figure, Story, TimelineEvent } from '../../src/shared/schema/schema.ts';
import type { KindTable } from '../../src/shared/schema/kinds.ts';
import { formatValue } from '../../src/shared/format/figures.ts';
import { formatDate } from '../../src/shared/time/calendar.ts';
import { datedText } from '../../src/shared/format/datedText.ts';
import { sourceName } from '../../src/shared/format/source.ts';
import { clip } from '../../src/app/meta/pageMeta.ts';
import { keyQuote } from './keyQuote.ts';
import { BASE_FONTS, emojiFontsFor, fallbackFontsFor } from './cardFonts.ts';
import { pageInterfaceFor } from '../../src/shared/i18n/pageCatalogues.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;


/** Colours of the light theme, so a card looks like the page it previews. */
const INK = '#16181d';
const MUTED = '#4a505a';
const PAPER = '#ffffff';
const row = (style: Record<string, unknown>, ...children: ReactNode[]) => h('div', { style: { display: 'flex', ...style } }, ...children);
const column = (style: Record<string, unknown>, ...children: ReactNode[]) => row({ flexDirection: 'column', ...style }, ...children);

/** A key figure as a card shows it: the amount large ("nearly 240", digits in the story's language), its words below. */
export interface CardFigure {
  amount: string;
  words: string;
}

/** A figure of a story in `lang`, as a card shows it. */
export function cardFigure(figure: Figure, lang?: string): CardFigure {
  return { amount: [figure.qualifier, formatValue(figure.value, lang)].filter(Boolean).join(' '), words: `${figure.unit} ${figure.label}` };
}

function figureBlock(figure: CardFigure) {
  return column(
    { marginRight: 56 },
    row({ fontSize: 64, fontWeight: 700, lineHeight: 1.05, color: INK }, figure.amount),
    row({ fontSize: 26, color: MUTED, maxWidth: 420 }, figure.words),
  );
}

export interface CardContent {
  eyebrow: string;
  title: string;
  date: string;
  figures: readonly CardFigure[];
  quote: string;
  /** Whose article it is: "Source: Example Wire, 10 July 2018", or the article's headline when the story names no publisher. */
  source: string;
  accent: string;
}

function card(content: CardContent) {
  return row(
    { width: CARD_WIDTH, height: CARD_HEIGHT, background: PAPER, fontFamily: 'Noto Sans' },
    row({ width: 24, height: CARD_HEIGHT, background: content.accent }),
    column(
      { flex: 1, padding: '48px 64px 40px 56px', justifyContent: 'space-between' },
      column(
        {},
        row({ fontSize: 24, fontWeight: 700, letterSpacing: 3, color: MUTED, textTransform: 'uppercase' }, content.eyebrow),
        row({ fontSize: content.title.length > 60 ? 48 : 56, fontWeight: 700, lineHeight: 1.1, color: INK, marginTop: 16 }, content.title),
        row({ fontSize: 28, color: MUTED, marginTop: 14 }, content.date),
      ),
      content.figures.length > 0 ? row({ marginTop: 8 }, ...content.figures.slice(0, 2).map(figureBlock)) : row({}),
      column(
        {},
        row({ fontFamily: 'Noto Serif', fontSize: 27, lineHeight: 1.35, color: INK, borderLeft: `6px solid ${content.accent}`, paddingLeft: 20 }, content.quote),
        row({ fontSize: 22, color: MUTED, marginTop: 14 }, content.source),
      ),
    ),
  );
}

/** The card's credit: the publisher and date when the story gives them, else the article's headline. */
export function cardSource(story: Story): string {
  const { messages: t, pages } = pageInterfaceFor(story.lang);
  const published = story.source?.published ? `${t.comma}${formatDate(story.source.published, story)}` : '';
  return clip(pages.cardSource({ source: `${sourceName(story)}${published}` }), 90);
}

/** The words of an event's card: title, date (saying when it is inferred), key figures, a quote; its accent is its lane's colour (a card is light). */
export function eventCardContent(event: TimelineEvent, story: Story, kinds: KindTable): CardContent {
  const { messages: t, pages } = pageInterfaceFor(story.lang);
  return {
    eyebrow: pages.cardKind({ kind: kinds.label(event.kind) }),
    title: event.title,
    date: datedText(event, story, t),
    figures: event.figures.slice(0, 2).map((figure) => cardFigure(figure, story.lang)),
    quote: t.quoted({ text: clip(keyQuote(event), event.figures.length > 0 ? 130 : 200) }),
    source: cardSource(story),
    accent: kinds.lane(event.kind).color.light,
  };
}

/** The words of the story's card. */
export function storyCardContent(story: Story, eventCount: number): CardContent {
  const { messages: t, pages } = pageInterfaceFor(story.lang);
  return {
    eyebrow: pages.cardTimeline,
    title: story.title,
    date: pages.cardEvents({ count: eventCount }),
    figures: [],
    quote: t.quoted({ text: clip(story.headlines.at(-1) ?? story.title, 200) }),
    source: cardSource(story),
    accent: '#0b5cad',
  };
}

/** The words of the index's card: the site's timelines by title. */
export function indexCardContent(titles: readonly string[]): CardContent {
  // The index is the site's: its words are in the site's language.
  const { pages } = pageInterfaceFor(undefined);
  return {
    eyebrow: pages.indexCardEyebrow,
    title: pages.indexCardTitle({ count: titles.length }),
    date: titles.map((title) => clip(title, 80)).join(' · '),
    figures: [],
    quote: '',
    source: pages.indexCardSource,
    accent: '#0b5cad',
  };
}

/** Every word a card shows, to find the fonts it needs. */
function cardText(content: CardContent): string {
  return [content.eyebrow, content.title, content.date, content.quote, ...content.figures.slice(0, 2).flatMap((f) => [f.amount, f.words])].join(' ');
}

const EMOJI_BOX = 100;

/**
 * One emoji as an SVG picture, drawn by satori with the emoji font that has it; satori sizes it to
 * the text around it. Empty (satori then leaves the place blank) for an emoji no font has.
 */
async function emojiPicture(emoji: string): Promise<string> {
  const fonts = emojiFontsFor(emoji);
  if (fonts.length === 0) return '';
  const svg = await satori(
    h('div', { style: { display: 'flex', width: EMOJI_BOX, height: EMOJI_BOX, alignItems: 'center', justifyContent: 'center', fontSize: EMOJI_BOX * 0.92, lineHeight: 1, color: INK } }, emoji),
    { width: EMOJI_BOX, height: EMOJI_BOX, fonts },
  );
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/** The card as SVG. The same array of fonts for every Latin card, so satori keeps what it made of them. */
export async function cardSvg(content: CardContent): Promise<string> {
  const extra = fallbackFontsFor(cardText(content));
  return satori(card(content), {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: extra.length > 0 ? [...BASE_FONTS, ...extra] : BASE_FONTS,
    // Asked only for words no font given has: emoji become pictures, anything else stays as it is.
    loadAdditionalAsset: async (code, segment) => (code === 'emoji' ? emojiPicture(segment) : []),
  });
}

/** Draws a card to PNG bytes. */
export async function renderCard(content: CardContent): Promise<Buffer> {
  return new Resvg(await cardSvg(content), { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
}
