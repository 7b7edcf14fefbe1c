/** Tokens of a QuickBooks Online query and a cursor over them. */

export class QueryError extends Error {}

export interface Token {
  text: string;
  /** True for a single-quoted string literal, whose text has the quotes and escapes removed. */
  quoted: boolean;
  /** 0-based offset in the query text. */
  position: number;
}

const TOKEN =
  /\s*(?:'((?:[^'\\]|\\.)*)'|(<=|>=|!=|<>|[=<>(),*])|([A-Za-z_][\w.]*)|(\d+(?:\.\d+)?))/y;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const position = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match) throw new QueryError(`Unexpected character at column ${position + 1}`);
    const [, quoted, symbol, word, number] = match;
    if (quoted !== undefined) {
      tokens.push({ text: quoted.replace(/\\(.)/g, '$1'), quoted: true, position });
    } else {
      tokens.push({ text: symbol ?? word ?? number ?? '', quoted: false, position });
    }
  }
  return tokens;
}

export class TokenReader {
  private index = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly text: string,
  ) {}

  peek(): Token | undefined {
    return this.tokens[this.index];
  }

  peekKeyword(keyword: string): boolean {
    const token = this.peek();
    return token !== undefined && !token.quoted && token.text.toUpperCase() === keyword;
  }

  next(): Token {
    const token = this.tokens[this.index];
    if (!token) throw new QueryError(`Query ended early: "${this.text}"`);
    this.index += 1;
    return token;
  }

  expect(symbol: string): void {
    const token = this.next();
    if (token.quoted || token.text !== symbol) throw this.unexpected(token);
  }

  expectKeyword(keyword: string): void {
    if (!this.peekKeyword(keyword)) throw this.unexpected(this.next());
    this.index += 1;
  }

  expectEnd(): void {
    const token = this.peek();
    if (token) throw this.unexpected(token);
  }

  nextValue(): string {
    const token = this.next();
    if (!token.quoted && !/^\d+(\.\d+)?$/.test(token.text)) throw this.unexpected(token);
    return token.text;
  }

  nextInteger(min: number, max: number): number {
    const token = this.next();
    const value = Number(token.text);
    if (token.quoted || !Number.isInteger(value) || value < min || value > max) {
      throw new QueryError(`Expected a whole number from ${min} to ${max}, got "${token.text}"`);
    }
    return value;
  }

  unexpected(token: Token): QueryError {
    return new QueryError(`Encountered "${token.text}" at column ${token.position + 1}`);
  }
}
