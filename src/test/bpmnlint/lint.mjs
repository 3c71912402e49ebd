// Lints BPMN files with the rules in .bpmnlintrc (bpmnlint:recommended and the
// camunda-compat rules for Camunda 7.24), as the bpmnlint command line does,
// and prints one tab-separated line per report for BpmnLintTest:
//   <file> TAB <error|warning> TAB <rule> TAB <element id> TAB <message>
// Unreadable XML and import warnings (unresolved references) count as errors,
// and so does a file that a Camunda Modeler save would rewrite (rule
// modeler-shape): Modeler writes what bpmn-moddle with the Camunda descriptor
// serialises (bpmn-js saveXML with format: true), so that is the reference.
// Exit code 0 when every file was linted, whatever it reported.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(resolve(here, 'package.json'));
const { BpmnModdle } = require('bpmn-moddle');
const Linter = require('bpmnlint/lib/linter');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');
const camunda = require('camunda-bpmn-moddle/resources/camunda.json');

const config = JSON.parse(await readFile(resolve(here, '.bpmnlintrc'), 'utf8'));
const linter = new Linter({ config, resolver: new NodeResolver({ require }) });
const clean = (text) => String(text).split(/\n/)[0].replace(/\t/g, ' ');

for (const file of process.argv.slice(2)) {
  const report = (category, rule, id, message) =>
    console.log([file, category, rule, id || '-', clean(message)].join('\t'));
  let definitions;
  let xml;
  try {
    xml = await readFile(file, 'utf8');
    const { rootElement, warnings = [] } = await new BpmnModdle().fromXML(xml);
    definitions = rootElement;
    for (const warning of warnings) report('error', 'import', warning.element && warning.element.id, warning.message);
  }
  catch (error) {
    report('error', 'parse', null, error.message);
    continue;
  }
  const modelerShape = await modelerSave(xml);
  if (modelerShape) report('error', 'modeler-shape', null, modelerShape);
  const results = await linter.lint(definitions);
  for (const [rule, reports] of Object.entries(results)) {
    for (const r of reports) report(r.category === 'warn' ? 'warning' : r.category, rule, r.id, r.message);
  }
}

// What a Camunda Modeler save would change, or null when it would write the same file.
async function modelerSave(xml) {
  const moddle = new BpmnModdle({ camunda });
  const { rootElement } = await moddle.fromXML(xml);
  const { xml: saved } = await moddle.toXML(rootElement, { format: true });
  const before = xml.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  const after = saved.split('\n');
  const line = before.findIndex((text, i) => text !== after[i]);
  if (line < 0 && before.length === after.length) {
    return null;
  }
  const at = line < 0 ? before.length : line;
  return `a Camunda Modeler save would rewrite this file from line ${at + 1}: `
    + `'${(before[at] || '').trim()}' would become '${(after[at] || '').trim()}'`;
}
