// One indentation-aware writer. Visitors call line()/block() and never count
// spaces or braces themselves; prettier does the final layout.

export class CodeWriter {
  private readonly out: string[] = [];
  private depth = 0;

  line(text = ""): void {
    this.out.push(text === "" ? "" : "  ".repeat(this.depth) + text);
  }

  /** Appends text to the last written line (for trailing comments). */
  append(text: string): void {
    if (this.out.length === 0) this.out.push("");
    this.out[this.out.length - 1] += text;
  }

  blank(): void {
    if (this.out.length > 0 && this.out[this.out.length - 1] !== "") this.out.push("");
  }

  /** `header {`, the body indented, then `}` + optional tail (e.g. ` else {`). */
  block(header: string, body: () => void, close = "}"): void {
    this.line(`${header} {`);
    this.indent(body);
    this.line(close);
  }

  indent(body: () => void): void {
    this.depth++;
    try {
      body();
    } finally {
      this.depth--;
    }
  }

  /** Number of lines written so far (used to detect empty blocks). */
  get length(): number {
    return this.out.length;
  }

  /** Writes lines produced by another writer, indented at the current depth. */
  lines(lines: string[]): void {
    for (const l of lines) this.out.push(l === "" ? "" : "  ".repeat(this.depth) + l);
  }

  /** The raw lines written so far. */
  takeLines(): string[] {
    return this.out.slice();
  }

  toString(): string {
    return this.out.join("\n") + "\n";
  }
}
