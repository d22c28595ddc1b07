// The package ships CommonJS without types. This declares the two classes lib/text/zawgyi.ts uses, as
// its README describes them (node_modules/myanmar-tools/README.md). Imported as a default import:
// Node's ESM loader cannot see its exports by name.
declare module "myanmar-tools" {
  namespace myanmarTools {
    class ZawgyiDetector {
      /** Builds the Markov model from data inside the package: do it once. */
      constructor();
      /**
       * The probability that the text is Zawgyi rather than Unicode, between 0 and 1; -Infinity when
       * it holds no Myanmar-script character at all.
       */
      getZawgyiProbability(text: string): number;
    }
    class ZawgyiConverter {
      zawgyiToUnicode(text: string): string;
      unicodeToZawgyi(text: string): string;
    }
  }
  export = myanmarTools;
}
