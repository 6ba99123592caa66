/**
 * Readable layout for the Turtle and TriG that n3's Writer produces, applied
 * to its output chunk by chunk (so it works while streaming):
 * - a blank line between subject blocks (and between graph blocks in TriG);
 * - the lines of a nested blank node `[ … ]` (or of a list holding one)
 *   indented one level (4 spaces) deeper than the line that opened it, and
 *   the closing bracket aligned with that line. n3 indents them by a fixed 2
 *   spaces whatever the depth.
 *
 * It relies on two properties of n3's Writer (pinned version): a new subject
 * begins a chunk with the `.\n` that ends the previous one (a new graph with
 * `\n}\n`), and a literal is always written on one line (newlines escaped as
 * `\n`), so line breaks are structural. Brackets inside `"…"` literals and
 * `<…>` IRIs are not counted.
 */
export class TurtleLayout {
  /** Per open bracket: the indentation of the line that opened it. */
  private readonly open: number[] = [];
  private lineIndent = 0;
  private inString = false;
  private inIri = false;
  private escaped = false;

  /** The chunk, laid out; call it on every chunk in order. */
  chunk(text: string): string {
    const blankLine = (text.startsWith('.\n') && text.length > 2) || (text.startsWith('\n}\n') && text.length > 3);
    const head = blankLine ? (text.startsWith('.') ? '.\n\n' : '\n}\n\n') : '';
    const rest = blankLine ? text.slice(head.length - 1) : text;
    if (blankLine) this.lineIndent = 0;
    let out = head;
    let i = 0;
    while (i < rest.length) {
      const c = rest[i];
      if (c === '\n' && !this.inString) {
        // Replace the line's own indentation with the one its bracket depth calls for.
        let j = i + 1;
        while (rest[j] === ' ') j++;
        if (this.open.length > 0 && j < rest.length) {
          const closing = rest[j] === ']' || rest[j] === ')';
          const base = this.open[this.open.length - 1];
          this.lineIndent = closing ? base : base + 4;
          out += `\n${' '.repeat(this.lineIndent)}`;
          i = j;
          continue;
        }
        this.lineIndent = j - i - 1;
        out += c;
        i++;
        continue;
      }
      this.scan(c);
      out += c;
      i++;
    }
    return out;
  }

  private scan(c: string): void {
    if (this.inString) {
      if (this.escaped) this.escaped = false;
      else if (c === '\\') this.escaped = true;
      else if (c === '"') this.inString = false;
    } else if (this.inIri) {
      if (c === '>') this.inIri = false;
    } else if (c === '"') this.inString = true;
    else if (c === '<') this.inIri = true;
    else if (c === '[' || c === '(') this.open.push(this.lineIndent);
    else if (c === ']' || c === ')') this.open.pop();
  }
}
