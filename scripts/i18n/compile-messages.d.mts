/** Where the ICU catalogs live. */
export declare const MESSAGES_DIR: string;
/** Where their compiled functions go. */
export declare const COMPILED_DIR: string;
/** The language every other falls back to. */
export declare const SOURCE_LANGUAGE: string;
/** The pseudo-locale built from English. */
export declare const PSEUDO_LANGUAGE: string;
/** One language's catalog as read from disk. */
export interface SourceCatalog {
  language: string;
  messages: Record<string, string>;
}
/** The catalogs on disk, English first. */
export declare function readCatalogs(): SourceCatalog[];
/** One message's syntax tree; throws naming the language, the key and the complaint. */
export declare function parseMessage(language: string, key: string, text: string): unknown[];
/** The placeholders a message uses, with the TypeScript type each needs. */
export declare function placeholders(elements: unknown[]): Map<string, string>;
/** Every compiled file: name → TypeScript source. */
export declare function compileAll(catalogs?: SourceCatalog[]): Record<string, string>;
