import type { ValidationSpec } from "../sheet/format-specs";

/** A tab's cells built top to bottom, one row at a time: values, notes, number formats and validations of one rectangle. */
export class SheetBlocks {
  private readonly values: unknown[][] = [];
  private readonly notes: string[][] = [];
  private readonly formats: string[][] = [];
  private readonly validations: (ValidationSpec | null)[][] = [];

  constructor(private readonly width: number) {}

  /** Adds an empty row and returns its 1-based number. */
  row(): number {
    this.values.push(Array(this.width).fill(""));
    this.notes.push(Array(this.width).fill(""));
    this.formats.push(Array(this.width).fill("General"));
    this.validations.push(Array(this.width).fill(null));
    return this.values.length;
  }

  /** Adds a row holding `cells` from column A on, and returns its number. */
  line(cells: readonly unknown[]): number {
    const row = this.row();
    cells.forEach((v, i) => {
      this.put(row, i + 1, v);
    });
    return row;
  }

  /** Adds a block's title row (column A) with its note. */
  title(label: string, note?: string): number {
    const row = this.line([label]);
    if (note) this.note(row, 1, note);
    return row;
  }

  /** Adds `count` empty rows (kept free, e.g. for a formula's spilled result). */
  skip(count: number): void {
    for (let i = 0; i < count; i++) this.row();
  }

  /** Sets a cell's value (1-based). */
  readonly put = (row: number, column: number, value: unknown): void => {
    const line = this.values[row - 1];
    if (line && column >= 1 && column <= this.width) line[column - 1] = value;
  };

  /** Sets a cell's note. */
  note(row: number, column: number, text: string): void {
    const line = this.notes[row - 1];
    if (line) line[column - 1] = text;
  }

  /** Sets a cell's number format. */
  format(row: number, column: number, pattern: string): void {
    const line = this.formats[row - 1];
    if (line) line[column - 1] = pattern;
  }

  /** Sets a cell's data validation. */
  validate(row: number, column: number, rule: ValidationSpec): void {
    const line = this.validations[row - 1];
    if (line) line[column - 1] = rule;
  }

  /** The finished rectangle, every property the same size. */
  grid(): {
    values: unknown[][];
    notes: string[][];
    numberFormats: string[][];
    validations: (ValidationSpec | null)[][];
  } {
    return {
      values: this.values,
      notes: this.notes,
      numberFormats: this.formats,
      validations: this.validations,
    };
  }
}
