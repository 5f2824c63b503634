/**
 * The README's API tables, generated from the Custom Elements Manifest: the manifest is what `cem analyze` reads
 * from the elements' decorators and JSDoc (custom-elements-manifest.config.mjs), so the README says what the
 * code says. `npm run docs:api` (scripts/docs-api.mjs) rewrites the tables between the API markers;
 * tests/unit/api-doc.test.ts fails when they disagree with the manifest.
 */
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

export const API_START = '<!-- api:start -->';
export const API_END = '<!-- api:end -->';

interface Described {
  readonly name: string;
  readonly description?: string;
}
interface Member extends Described {
  readonly kind: 'field' | 'method';
  readonly privacy?: string;
  readonly static?: boolean;
  readonly readonly?: boolean;
  readonly type?: { readonly text: string };
  readonly default?: string;
  readonly attribute?: string;
  readonly parameters?: readonly Described[];
}
interface Attribute extends Described {
  readonly fieldName?: string;
  readonly type?: { readonly text: string };
  readonly default?: string;
}
interface ElementDeclaration extends Described {
  readonly customElement?: boolean;
  readonly tagName?: string;
  readonly summary?: string;
  readonly attributes?: readonly Attribute[];
  readonly members?: readonly Member[];
  readonly events?: readonly Described[];
  readonly cssParts?: readonly Described[];
  readonly cssProperties?: readonly Described[];
}
/** The parts of a Custom Elements Manifest the tables use. */
export interface Manifest {
  readonly modules: readonly { readonly declarations?: readonly ElementDeclaration[] }[];
}

/** Analyses the elements in-process, as `npm run build` does, without writing dist/custom-elements.json. */
export async function analyzeElements(root: string): Promise<Manifest> {
  const argv = ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'];
  return (await cli({ argv, cwd: root, noWrite: true })) as Manifest;
}

/** Table cell text: one line, pipes escaped. */
const cell = (text = '') => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text: string) => `\`${text}\``;
/** A default as written in the source, unless it names a constant (the description says what it is). */
const defaultValue = (text?: string) => (text && !/^[A-Za-z_$][\w$.]*$/.test(text) ? code(text) : '');

function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  if (rows.length === 0) return [];
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`), ''];
}

/** The tables of one element: attributes and properties, methods and read-only properties, events, CSS. */
function elementTables(element: ElementDeclaration): string[] {
  const publicMembers = (element.members ?? []).filter(
    (member) => !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('_') && !member.name.startsWith('#'),
  );
  const settable = publicMembers.filter((member) => member.kind === 'field' && !member.readonly);
  const attributes = element.attributes ?? [];
  const settableRows = [
    ...attributes.map((attribute) => {
      const field = settable.find((member) => member.name === attribute.fieldName);
      const type = attribute.type?.text ?? field?.type?.text ?? '';
      return [code(attribute.name), attribute.fieldName ? code(attribute.fieldName) : '', type ? code(type) : '', defaultValue(attribute.default), attribute.description ?? field?.description ?? ''];
    }),
    ...settable
      .filter((member) => !attributes.some((attribute) => attribute.fieldName === member.name))
      .map((member) => ['', code(member.name), member.type ? code(member.type.text) : '', defaultValue(member.default), member.description ?? '']),
  ];
  const readOnlyAndMethods = publicMembers
    .filter((member) => member.kind === 'method' || member.readonly)
    .map((member) =>
      member.kind === 'method'
        ? [code(`${member.name}(${(member.parameters ?? []).map((p) => p.name).join(', ')})`), member.description ?? '']
        : [code(member.name), `${member.type ? `${code(member.type.text)}. ` : ''}${member.description ?? ''}`],
    );
  return [
    `### \`<${element.tagName}>\``,
    '',
    ...(element.summary ? [cell(element.summary), ''] : []),
    ...table(['attribute', 'property', 'type', 'default', ''], settableRows),
    ...table(['method / read-only property', ''], readOnlyAndMethods),
    ...table(['event', ''], (element.events ?? []).map((event) => [code(event.name), event.description ?? ''])),
    ...table(['CSS part', ''], (element.cssParts ?? []).map((part) => [code(part.name), part.description ?? ''])),
    ...table(['CSS custom property', ''], (element.cssProperties ?? []).map((property) => [code(property.name), property.description ?? ''])),
  ];
}

/** Every element of the manifest, in the order the analyser found them, as Markdown tables. */
export function renderApiTables(manifest: Manifest): string {
  const elements = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((decl) => decl.customElement && decl.tagName);
  if (elements.length === 0) throw new Error('The manifest describes no custom element');
  const lines = [
    '<!-- Generated by `npm run docs:api` from the Custom Elements Manifest (the elements\' JSDoc). Do not edit by hand. -->',
    '',
    ...elements.flatMap(elementTables),
  ];
  return lines.join('\n').trimEnd();
}

/** The text between the API markers of `readme`; throws when the markers are missing. */
export function apiSection(readme: string): string {
  const start = readme.indexOf(API_START);
  const end = readme.indexOf(API_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${API_START} … ${API_END} section`);
  return readme.slice(start + API_START.length, end).trim();
}

/** `readme` with the text between the API markers replaced by `tables`. */
export function withApiSection(readme: string, tables: string): string {
  apiSection(readme);
  const start = readme.indexOf(API_START) + API_START.length;
  return `${readme.slice(0, start)}\n${tables}\n${readme.slice(readme.indexOf(API_END))}`;
}
