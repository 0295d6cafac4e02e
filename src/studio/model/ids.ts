import { EVENT_ID_MAX_LENGTH } from '../../shared/ids/eventId';

/**
 * Event ids made from titles: lowercase letters, digits and hyphens, cut at a word to 50
 * characters (well under the 100 an id may have), made unique with "-2", "-3"… One rule for the
 * draft, the studio's forms and imports.
 */
export function slugFor(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= 50) return slug || 'event';
  const cut = slug.slice(0, 51);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 50).replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`… whichever is not taken; the id is added to `taken`. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base.slice(0, EVENT_ID_MAX_LENGTH - 4);
  for (let n = 2; taken.has(id); n += 1) id = `${base.slice(0, EVENT_ID_MAX_LENGTH - 4)}-${n}`;
  taken.add(id);
  return id;
}
