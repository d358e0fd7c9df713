/**
 * Errors and findings are data: a code, where it is, and the values it names. The Danish sentence
 * is made from them in src/core/da, so tests assert codes and a pane can put an error on its field.
 *
 * A family of issues is declared once, as a map from each code to its values; `IssueOf` is then the
 * closed union of its issues, and `TextsOf` the shape of its Danish texts: a code without a text
 * does not compile.
 */
export type IssueOf<V> = { [C in keyof V]: { code: C } & V[C] }[keyof V];

export type TextsOf<V> = { [C in keyof V]: (issue: { code: C } & V[C]) => string };

/** The sentence for one issue, by its code. */
export function textOf<V>(texts: TextsOf<V>, issue: IssueOf<V>): string {
  return (texts[issue.code] as (i: IssueOf<V>) => string)(issue);
}
