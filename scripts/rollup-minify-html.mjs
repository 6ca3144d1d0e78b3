// Lit's html`` and svg`` templates reach the bundle as written, with the source's indentation.
// This rollup plugin collapses every whitespace run that contains a line break to one space, in the
// static parts of those templates only (found with the TypeScript parser, not a regex, so nested
// templates and `${…}` expressions are left alone). One space keeps the rendering identical: HTML
// collapses whitespace anyway, and the widgets' only `white-space: pre-line` text is interpolated data.
import ts from 'typescript';

const TAGS = new Set(['html', 'svg']);

/** The [start, end) source ranges of the raw text of each static part of html``/svg`` templates. */
function staticParts(source, id) {
  const file = ts.createSourceFile(id, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const ranges = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const t = node.template;
      // A literal's text sits between its delimiters: ` … ` or ` … ${ / } … ${ / } … `.
      const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
      for (const p of parts) {
        const start = p.getStart(file) + 1;
        const end = p.getEnd() - (ts.isTemplateTail(p) || ts.isNoSubstitutionTemplateLiteral(p) ? 1 : 2);
        ranges.push([start, end]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return ranges;
}

export function minifyHtmlTemplates({ include = '/packages/widgets/src/' } = {}) {
  return {
    name: 'minify-lit-html',
    transform(code, id) {
      if (!id.includes(include) || !/\b(html|svg)\s*`/.test(code)) return null;
      let out = '';
      let at = 0;
      for (const [start, end] of staticParts(code, id).sort((a, b) => a[0] - b[0])) {
        if (start < at) continue; // nested inside a part already taken (cannot happen for static text)
        out += code.slice(at, start) + code.slice(start, end).replace(/\s*\n\s*/g, ' ');
        at = end;
      }
      return { code: out + code.slice(at), map: null };
    },
  };
}
