/**
 * `cem analyze --config custom-elements-manifest.config.mjs` writes dist/custom-elements.json: the tag names,
 * attributes, properties, methods, events, CSS parts and CSS custom properties of both elements, read from
 * their Lit decorators and class JSDoc (@summary, @event, @csspart, @cssproperty). Editors and docs tools
 * find it through the "customElements" field of package.json.
 */
export default {
  globs: ['src/ui/**/*.ts'],
  exclude: ['src/ui/**/*.test.ts', 'src/ui/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  dev: false,
  // package.json already names the manifest ("customElements"); don't let every build rewrite it.
  packagejson: false,
  plugins: [resolveDefinitions()],
};

/**
 * The elements are registered in src/ui/define.ts as `customElements.define(TAG_NAME, JakStatExplorer)`. The
 * analyzer takes the identifier text as the tag name ("TAG_NAME") and leaves the module path unresolved, and it
 * lists `this.emit(type, …)`'s `new CustomEvent(type, …)` as an event called "type". This pass, run once the
 * whole package is analysed:
 * - replaces a tag name that names a string constant declared in the analysed modules with its value;
 * - points each definition at the module that declares the class;
 * - drops events named after a parameter of one of the class's own methods (a variable, not an event name).
 */
function resolveDefinitions() {
  return {
    name: 'jak-stat-explorer: resolve tag-name constants',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules ?? [];
      const constants = new Map();
      for (const mod of modules) {
        for (const decl of mod.declarations ?? []) {
          const match = decl.kind === 'variable' && /^(['"`])([a-z][a-z0-9]*-[a-z0-9-]*)\1$/.exec(decl.default ?? '');
          if (match) constants.set(decl.name, match[2]);
        }
      }
      const resolve = (name) => constants.get(name) ?? name;
      const classModule = new Map();
      for (const mod of modules) {
        for (const decl of mod.declarations ?? []) if (decl.kind === 'class') classModule.set(decl.name, mod.path);
      }

      for (const mod of modules) {
        for (const exp of mod.exports ?? []) {
          if (exp.kind !== 'custom-element-definition') continue;
          exp.name = resolve(exp.name);
          const path = classModule.get(exp.declaration?.name);
          if (path) exp.declaration.module = path;
        }
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          if (decl.tagName) decl.tagName = resolve(decl.tagName);
          if (!decl.events) continue;
          const parameterNames = new Set(
            (decl.members ?? []).flatMap((member) => (member.kind === 'method' ? member.parameters ?? [] : []).map((p) => p.name)),
          );
          decl.events = decl.events.filter((event) => event.description || !parameterNames.has(event.name));
        }
      }
    },
  };
}
