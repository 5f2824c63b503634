import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeElements, apiSection, escapeHtml, renderApiTables, withApiSection, withHtmlApiTables, type Manifest } from '../../scripts/api-doc';

const root = resolve(import.meta.dirname, '../..');

let manifest: Manifest;
// The analyser parses src/ui with TypeScript, as `npm run build` does (about two seconds).
beforeAll(async () => {
  manifest = await analyzeElements(root);
}, 60_000);

describe("the README's API tables", () => {
  it('are what `npm run docs:api` writes from the Custom Elements Manifest', () => {
    // On a failure: run `npm run docs:api` and commit README.md.
    const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
    expect(apiSection(readme)).toBe(renderApiTables(manifest));
  });

  it('list every public attribute, method, event, CSS part and custom property of both elements', () => {
    const tables = renderApiTables(manifest);
    expect(tables).toContain('### `<jak-stat-explorer>`');
    expect(tables).toContain('### `<jak-stat-overview>`');
    for (const name of ['`read-aloud` | `readAloud`', '`goToStep(n)`', '`steps` | `{ id: string; title: string; text: string }[]`', '`step-change`', '`scene-select`', '`narration`', '`--jse-accent`']) {
      expect(tables).toContain(name);
    }
  });

  it('replace only the text between the markers', () => {
    const readme = 'before\n<!-- api:start -->\nold\n<!-- api:end -->\nafter\n';
    expect(withApiSection(readme, 'new')).toBe('before\n<!-- api:start -->\nnew\n<!-- api:end -->\nafter\n');
    expect(() => apiSection('no markers')).toThrow(/api:start/);
  });
});

/** A manifest of one element, for checking the HTML rendering on text chosen to need escaping. */
const oneElement = (description: string): Manifest =>
  ({
    modules: [
      {
        declarations: [
          {
            name: 'Widget',
            customElement: true,
            tagName: 'x-widget',
            attributes: [{ name: 'tone', fieldName: 'tone', type: { text: "'a' | 'b'" }, description }],
            members: [{ kind: 'field', name: 'tone', type: { text: "'a' | 'b'" } }],
            events: [{ name: 'tone-change', description: 'The tone changed. `detail`: `{ tone }`.' }],
          },
        ],
      },
    ],
  }) as Manifest;

describe("embed.html's API tables", () => {
  const page = () => readFileSync(resolve(root, 'embed.html'), 'utf8');

  it('are what `npm run docs:api` writes from the Custom Elements Manifest', () => {
    // On a failure: run `npm run docs:api` and commit embed.html.
    const html = page();
    expect(withHtmlApiTables(html, manifest)).toBe(html);
  });

  it('go stale when the manifest changes, so the check above can fail', () => {
    const withoutLang = structuredClone(manifest) as { modules: { declarations?: { attributes?: { name: string }[] }[] }[] };
    for (const decl of withoutLang.modules.flatMap((mod) => mod.declarations ?? [])) {
      decl.attributes = decl.attributes?.filter((attribute) => attribute.name !== 'lang');
    }
    expect(withHtmlApiTables(page(), withoutLang as Manifest)).not.toBe(page());
  });

  it('list what the old hand-written tables missed', () => {
    const html = page();
    for (const name of ['lang', 'quiz', 'presenter', 'checkpoint', 'textOnly']) expect(html).toContain(`<th scope="row"><code>${name}</code></th>`);
    expect(html).toContain('<th scope="row"><code>read-aloud</code> / <code>readAloud</code></th>');
    expect(html).toContain('<th scope="row"><code>reduced-motion</code> / <code>reducedMotion</code></th>');
    expect(html).toContain('<code>{ id: string; title: string; text: string }[]</code>');
  });

  it('are accessible tables: a caption, column headers and a header for each row', () => {
    const tables = [...page().matchAll(/<table>([\s\S]*?)<\/table>/g)].map((match) => match[1]!);
    expect(tables.length).toBeGreaterThanOrEqual(9);
    for (const table of tables) {
      expect(table).toMatch(/^\s*<caption>.+<\/caption>/);
      const heads = [...table.matchAll(/<thead>[\s\S]*?<\/thead>/g)].join('');
      expect(heads).toMatch(/<th scope="col">[^<]/);
      expect(heads).not.toMatch(/<th scope="col"><\/th>/);
      const rows = [...table.matchAll(/<tr>(.*?)<\/tr>/g)].map((match) => match[1]!).slice(1);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row).toMatch(/^<th scope="row">/);
    }
  });

  it('escape the JSDoc text, code spans included', () => {
    const page = '<section>\n    <!-- api:start x-widget -->\n    <!-- api:end x-widget -->\n</section>';
    const html = withHtmlApiTables(page, oneElement('Tone: `<b>` & `"a"`, never <script>alert(1)</script>.'));
    expect(html).toContain('<td>Tone: <code>&lt;b&gt;</code> &amp; <code>"a"</code>, never &lt;script&gt;alert(1)&lt;/script&gt;.</td>');
    expect(html).toContain('<caption>Attributes and properties of <code>&lt;x-widget&gt;</code></caption>');
    expect(html).toContain("<td><code>'a' | 'b'</code></td>");
    expect(html).toContain('<td>The tone changed. <code>detail</code>: <code>{ tone }</code>.</td>');
    expect(html).not.toContain('<script>');
    expect(escapeHtml('<a href="x">&amp;</a>')).toBe('&lt;a href="x"&gt;&amp;amp;&lt;/a&gt;');
  });

  it('replace only the text between the markers, indented like them, and refuse missing or unknown markers', () => {
    const page = 'before\n    <!-- api:start x-widget -->\n    old\n    <!-- api:end x-widget -->\nafter\n';
    const html = withHtmlApiTables(page, oneElement('Tone.'));
    expect(html.startsWith('before\n    <!-- api:start x-widget -->\n    <!-- Generated by')).toBe(true);
    expect(html.endsWith('\n    </div>\n    <!-- api:end x-widget -->\nafter\n')).toBe(true);
    expect(html).not.toContain('old');
    expect(withHtmlApiTables(html, oneElement('Tone.'))).toBe(html);
    expect(() => withHtmlApiTables('no markers', oneElement('Tone.'))).toThrow(/api:start x-widget/);
    expect(() => withHtmlApiTables(`${page}<!-- api:start x-gone -->`, oneElement('Tone.'))).toThrow(/x-gone/);
  });
});
