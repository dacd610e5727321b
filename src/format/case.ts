/** A text with its first letter in capitals, where its script has them ("pinterest" reads "Pinterest"). */
export function capitalized(text: string): string {
  const size = (text.codePointAt(0) ?? 0) > 0xffff ? 2 : 1;
  return text.slice(0, size).toUpperCase() + text.slice(size);
}

/** A heading from a key: words split at spaces, `_`, `-` and camelCase, each capitalized ("academic_service" reads "Academic Service"). */
export function headingOf(key: string): string {
  return key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map(capitalized)
    .join(' ');
}
