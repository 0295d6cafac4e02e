/**
 * A CSV file as spreadsheets export it (RFC 4180): fields separated by commas, a field in double
 * quotes may hold commas, line breaks and doubled quotes (""), lines end in CRLF or LF, and a
 * byte-order mark is dropped. Blank lines are left out.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  const endRow = () => {
    row.push(field);
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    field = '';
  };
  for (; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
    } else field += c;
  }
  if (quoted) throw new Error('the file ends inside a quoted field: a closing double quote (") is missing');
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
