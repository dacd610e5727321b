/** A text with its first letter in capitals, where its script has them ("pinterest" reads "Pinterest"). */
export function capitalized(text: string): string {
  const size = (text.codePointAt(0) ?? 0) > 0xffff ? 2 : 1;
  return text.slice(0, size).toUpperCase() + text.slice(size);
}
