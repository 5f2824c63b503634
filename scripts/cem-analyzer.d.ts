/** The analyzer's command line as a function (it ships types for `create` only). */
declare module '@custom-elements-manifest/analyzer/cli.js' {
  /** Runs `cem <argv…>` in `cwd`; returns the manifest, and writes it unless `noWrite`. */
  export function cli(options: { argv: string[]; cwd: string; noWrite?: boolean }): Promise<unknown>;
}
