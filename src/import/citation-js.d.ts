// The part of citation-js the importer uses; the packages ship no types.
declare module '@citation-js/core' {
  export const plugins: {
    input: {
      /** One parsing step: BibTeX text to raw entries, raw entries to CSL-JSON items. */
      chainLink(input: unknown): unknown;
    };
  };
}
declare module '@citation-js/plugin-bibtex';
