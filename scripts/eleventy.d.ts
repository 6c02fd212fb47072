// The slice of Eleventy's API this project calls; Eleventy ships no TypeScript types.
declare module "@11ty/eleventy" {
  export interface EleventyOptions {
    quietMode?: boolean;
    configPath?: string;
    pathPrefix?: string;
    config?: (config: { addGlobalData(name: string, value: unknown): void }) => void;
  }
  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    write(): Promise<unknown>;
  }
  export const HtmlBasePlugin: unknown;
}
