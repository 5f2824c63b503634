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

/** One line of text: the analyser keeps the JSDoc's line breaks. */
const oneLine = (text = '') => text.replace(/\s*\n\s*/g, ' ').trim();
/** Markdown table cell text: one line, pipes escaped. */
const cell = (text = '') => oneLine(text).replace(/\|/g, '\\|');
const code = (text: string) => `\`${text}\``;
/** A default as written in the source, unless it names a constant (the description says what it is). */
const shownDefault = (text?: string) => (text && !/^[A-Za-z_$][\w$.]*$/.test(text) ? text : undefined);

/** A settable input: an attribute, its property, or both. Descriptions are Markdown inline text (`code`). */
interface SettableRow {
  readonly attribute?: string;
  readonly property?: string;
  readonly type?: string;
  readonly default?: string;
  readonly description: string;
}
/** A named thing (method, read-only property, event, CSS part or custom property) and what it is. */
interface NamedRow {
  readonly name: string;
  readonly description: string;
}
/** One element's public API, as both the README and embed.html show it. */
interface ElementApi {
  readonly tagName: string;
  readonly summary?: string;
  readonly settable: readonly SettableRow[];
  readonly methodsAndReadOnly: readonly NamedRow[];
  readonly events: readonly NamedRow[];
  readonly cssParts: readonly NamedRow[];
  readonly cssProperties: readonly NamedRow[];
}

/** What the tables show of one element declaration: its public, non-static members and everything else it documents. */
function elementApi(element: ElementDeclaration & { readonly tagName: string }): ElementApi {
  const publicMembers = (element.members ?? []).filter(
    (member) => !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('_') && !member.name.startsWith('#'),
  );
  const settable = publicMembers.filter((member) => member.kind === 'field' && !member.readonly);
  const attributes = element.attributes ?? [];
  const named = (items: readonly Described[] = []) => items.map(({ name, description = '' }) => ({ name, description }));
  return {
    tagName: element.tagName,
    summary: element.summary,
    settable: [
      ...attributes.map((attribute): SettableRow => {
        const field = settable.find((member) => member.name === attribute.fieldName);
        return {
          attribute: attribute.name,
          property: attribute.fieldName,
          type: attribute.type?.text ?? field?.type?.text,
          default: shownDefault(attribute.default),
          description: attribute.description ?? field?.description ?? '',
        };
      }),
      ...settable
        .filter((member) => !attributes.some((attribute) => attribute.fieldName === member.name))
        .map((member): SettableRow => ({ property: member.name, type: member.type?.text, default: shownDefault(member.default), description: member.description ?? '' })),
    ],
    methodsAndReadOnly: publicMembers
      .filter((member) => member.kind === 'method' || member.readonly)
      .map((member) =>
        member.kind === 'method'
          ? { name: `${member.name}(${(member.parameters ?? []).map((p) => p.name).join(', ')})`, description: member.description ?? '' }
          : { name: member.name, description: `${member.type ? `${code(member.type.text)}. ` : ''}${member.description ?? ''}` },
      ),
    events: named(element.events),
    cssParts: named(element.cssParts),
    cssProperties: named(element.cssProperties),
  };
}

/**
 * The custom elements of the manifest, by tag name: the analyser reads files in whatever order its file search
 * returns them, which differs between machines and runs.
 */
function elementApis(manifest: Manifest): ElementApi[] {
  const elements = manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((decl): decl is ElementDeclaration & { readonly tagName: string } => Boolean(decl.customElement && decl.tagName))
    .sort((a, b) => (a.tagName < b.tagName ? -1 : a.tagName > b.tagName ? 1 : 0));
  if (elements.length === 0) throw new Error('The manifest describes no custom element');
  return elements.map(elementApi);
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  if (rows.length === 0) return [];
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`), ''];
}

/** The Markdown tables of one element: attributes and properties, methods and read-only properties, events, CSS. */
function markdownTables(api: ElementApi): string[] {
  const maybeCode = (text?: string) => (text ? code(text) : '');
  const namedRows = (rows: readonly NamedRow[]) => rows.map((row) => [code(row.name), row.description]);
  return [
    `### \`<${api.tagName}>\``,
    '',
    ...(api.summary ? [cell(api.summary), ''] : []),
    ...table(
      ['attribute', 'property', 'type', 'default', ''],
      api.settable.map((row) => [maybeCode(row.attribute), maybeCode(row.property), maybeCode(row.type), maybeCode(row.default), row.description]),
    ),
    ...table(['method / read-only property', ''], namedRows(api.methodsAndReadOnly)),
    ...table(['event', ''], namedRows(api.events)),
    ...table(['CSS part', ''], namedRows(api.cssParts)),
    ...table(['CSS custom property', ''], namedRows(api.cssProperties)),
  ];
}

/** Every element of the manifest, in the order the analyser found them, as Markdown tables. */
export function renderApiTables(manifest: Manifest): string {
  const lines = [
    '<!-- Generated by `npm run docs:api` from the Custom Elements Manifest (the elements\' JSDoc). Do not edit by hand. -->',
    '',
    ...elementApis(manifest).flatMap(markdownTables),
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

/*
 * embed.html: the same tables as accessible HTML (caption, column and row headers), each element's between
 * `<!-- api:start <tag> -->` and `<!-- api:end <tag> -->`, so the guide's prose can sit around them.
 */

/** The marker comments of `tagName`'s tables in embed.html. */
export const htmlApiMarkers = (tagName: string) => ({ start: `<!-- api:start ${tagName} -->`, end: `<!-- api:end ${tagName} -->` });

/** Text as HTML element content: every generated string lands between tags, never in an attribute value. */
export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const htmlCode = (text: string) => `<code>${escapeHtml(text)}</code>`;
/** Markdown inline text from the JSDoc (one line, `code` spans) as HTML. */
const inlineHtml = (text = '') => oneLine(text).split(/`([^`]*)`/).map((part, i) => (i % 2 ? htmlCode(part) : escapeHtml(part))).join('');

interface HtmlColumn {
  readonly head: string;
  /** HTML of the column's cell in each row; the first column's cells are the row headers. */
  readonly cells: readonly string[];
}

/** A table whose first column heads its rows; columns empty in every row are left out. Nothing when there are no rows. */
function htmlTable(caption: string, columns: readonly HtmlColumn[]): string[] {
  const [rowHeads, ...rest] = columns;
  if (!rowHeads || rowHeads.cells.length === 0) return [];
  const shown = [rowHeads, ...rest.filter((column) => column.cells.some((html) => html !== ''))];
  return [
    '<div class="table-wrap">',
    '  <table>',
    `    <caption>${caption}</caption>`,
    `    <thead><tr>${shown.map((column) => `<th scope="col">${column.head}</th>`).join('')}</tr></thead>`,
    '    <tbody>',
    ...rowHeads.cells.map(
      (_, row) => `      <tr>${shown.map((column, i) => (i === 0 ? `<th scope="row">${column.cells[row]}</th>` : `<td>${column.cells[row]}</td>`)).join('')}</tr>`,
    ),
    '    </tbody>',
    '  </table>',
    '</div>',
  ];
}

/** The HTML tables of one element; CSS parts and custom properties side by side (`table-pair`) when it has both. */
function htmlTables(api: ElementApi): string[] {
  const of = `of ${htmlCode(`<${api.tagName}>`)}`;
  const named = (caption: string, head: string, rows: readonly NamedRow[]) =>
    htmlTable(`${caption} ${of}`, [
      { head, cells: rows.map((row) => htmlCode(row.name)) },
      { head: 'description', cells: rows.map((row) => inlineHtml(row.description)) },
    ]);
  const inputName = ({ attribute, property }: SettableRow) =>
    attribute && property
      ? attribute === property ? htmlCode(attribute) : `${htmlCode(attribute)} / ${htmlCode(property)}`
      : attribute ? `${htmlCode(attribute)} (attribute only)` : `${htmlCode(property ?? '')} (property only)`;
  const maybeCode = (text?: string) => (text ? htmlCode(text) : '');
  const css = [...named('CSS parts', 'part', api.cssParts), ...named('CSS custom properties', 'property', api.cssProperties)];
  const indent = (lines: string[]) => lines.map((line) => `  ${line}`);
  return [
    ...htmlTable(`Attributes and properties ${of}`, [
      { head: 'attribute / property', cells: api.settable.map(inputName) },
      { head: 'type', cells: api.settable.map((row) => maybeCode(row.type)) },
      { head: 'default', cells: api.settable.map((row) => maybeCode(row.default)) },
      { head: 'description', cells: api.settable.map((row) => inlineHtml(row.description)) },
    ]),
    ...named('Methods and read-only properties', 'method / read-only property', api.methodsAndReadOnly),
    ...named('Events', 'event', api.events),
    ...(api.cssParts.length > 0 && api.cssProperties.length > 0 ? ['<div class="table-pair">', ...indent(css), '</div>'] : css),
  ];
}

/**
 * `page` (embed.html) with each element's tables rewritten between its markers, indented like the start marker.
 * Throws when an element of the manifest has no markers, or markers name an element the manifest lacks.
 */
export function withHtmlApiTables(page: string, manifest: Manifest): string {
  const apis = elementApis(manifest);
  for (const [, tagName] of page.matchAll(/<!-- api:start (\S+) -->/g)) {
    if (!apis.some((api) => api.tagName === tagName)) throw new Error(`embed.html has API markers for <${tagName}>, which the manifest does not describe`);
  }
  return apis.reduce((html, api) => {
    const { start, end } = htmlApiMarkers(api.tagName);
    const from = html.indexOf(start);
    const to = html.indexOf(end);
    if (from < 0 || to < from) throw new Error(`embed.html has no ${start} … ${end} section`);
    const indent = /[ \t]*$/.exec(html.slice(0, from))![0];
    const body = [
      '<!-- Generated by `npm run docs:api` from the Custom Elements Manifest (the elements\' JSDoc). Do not edit by hand. -->',
      ...htmlTables(api),
    ];
    return `${html.slice(0, from + start.length)}\n${body.map((line) => `${indent}${line}`).join('\n')}\n${indent}${html.slice(to)}`;
  }, page);
}
