/**
 * The text of `npm run data`'s input files, from their bytes. The article must be UTF-8: `readFileSync(path, 'utf8')`
 * would turn any other encoding's bytes into U+FFFD without a word ("café" in Latin-1 becomes
 * "caf\uFFFD"), the quotes would then be checked against text the article does not hold, and
 * `seedSha256`, which is the hash of the text, would no longer be the hash of the file. Decoding
 * with a fatal decoder refuses such a file instead, and says where its first bad byte is. The
 * authoring file is read the same way: a title or note in Latin-1 would otherwise be published
 * with U+FFFD in place of its letters, and nothing would say so.
 */

/** Where the first byte that is not part of a valid UTF-8 sequence is, or -1 when there is none. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    // Length of the sequence, and the range its second byte must fall in (RFC 3629: no overlong
    // forms, no surrogates, nothing past U+10FFFF).
    let length = 0;
    let low = 0x80;
    let high = 0xbf;
    if (b <= 0x7f) length = 1;
    else if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k += 1) {
      const next = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (next === undefined || next < min || next > max) return i;
    }
    i += length;
  }
  return -1;
}

/** An input file that is not UTF-8: its message says which file, where, and what to do. */
export class SeedEncodingError extends Error {}

/**
 * The text of a seed file's bytes, exactly: decoding keeps a byte-order mark, so encoding the text
 * again gives the same bytes and the text's hash is the file's. Throws `SeedEncodingError` for bytes
 * that are not UTF-8, naming the line and byte of the first bad one; `what` names the file in the
 * advice ("the article", "the authoring file").
 */
export function decodeSeed(bytes: Uint8Array, name: string, what = 'the article'): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = Math.max(0, firstInvalidUtf8(bytes));
    let line = 1;
    for (let i = 0; i < at; i += 1) if (bytes[i] === 0x0a) line += 1;
    const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new SeedEncodingError(
      `${name} is not UTF-8 text: byte ${at} (line ${line}) is 0x${byte}, which UTF-8 does not allow there. Save ${what} as UTF-8 (it may be Latin-1 or Windows-1252) and run this again; nothing was written.`,
    );
  }
}
