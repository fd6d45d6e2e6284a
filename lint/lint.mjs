// Lints every model a beleidsmedewerker edits in Camunda Modeler, with the checks Modeler itself runs:
//   processes/**/*.bpmn  bpmnlint + bpmnlint-plugin-camunda-compat (Camunda Platform 7.24), see .bpmnlintrc
//   processes/**/*.dmn   dmnlint, see .dmnlintrc
//   forms/**/*.form      @camunda/form-linting
// plus one check of our own (regie/uitvoeringsplatform): every model is made for Camunda Platform 7, because a
// model saved for Camunda 8 does not run here and the form linter silently skips platforms it does not know.
//
//   node lint.mjs                 the models of the project; exit 1 on any error (warnings are shown, not fatal)
//   node lint.mjs PAD...          only these files or folders
//   node lint.mjs --kapot         the deliberately broken models of src/test/resources/lint-kapot: each is linted
//                                 on its own and must be refused for the reason lint-kapot/verwacht.json names.
//                                 Exit 1 (the lint fails, as it must) when all are refused; exit 0 when the lint
//                                 let one pass, which .ci/run treats as a CI failure; exit 2 on a crash.
import { readFile, readdir, stat } from 'node:fs/promises';
import { createRequire, register } from 'node:module';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

register('./esm-haken.mjs', import.meta.url);

const require = createRequire(import.meta.url);
const HIER = dirname(fileURLToPath(import.meta.url));
const PROJECT = resolve(HIER, '..');
const KAPOT = join(PROJECT, 'src/test/resources/lint-kapot');

const { BpmnModdle } = require('bpmn-moddle');
const BpmnLinter = require('bpmnlint/lib/linter');
const BpmnResolver = require('bpmnlint/lib/resolver/node-resolver');
const DmnModdle = require('dmn-moddle');
const DmnLinter = require('dmnlint/lib/linter');
const DmnResolver = require('dmnlint/lib/resolver/node-resolver');
const { FormLinter } = await import('@camunda/form-linting');

const bpmnConfig = JSON.parse(await readFile(join(HIER, '.bpmnlintrc'), 'utf-8'));
const dmnConfig = JSON.parse(await readFile(join(HIER, '.dmnlintrc'), 'utf-8'));
const bpmnModdle = new BpmnModdle(Object.fromEntries(Object.entries(bpmnConfig.moddleExtensions || {})
  .map(([ prefix, pad ]) => [ prefix, require(pad) ])));

// @camunda/form-linting 0.25.0 maps Camunda Platform up to 7.22 to the form-js version its Tasklist embeds, and
// lints nothing for a version it does not know. The Tasklist of Camunda 7.23 and 7.24 embeds form-js with schema
// version 16, as 7.22 does (form-js 1.8.7): so forms for 7.23/7.24 are linted against that version.
const FORMJS_ZELFDE_ALS = { '7.23': '7.22.0', '7.24': '7.22.0' };

const PLATFORM = 'Camunda Platform';

/** @typedef {{ element: string, regel: string, categorie: string, melding: string }} Bevinding */

function bevinding(element, regel, categorie, melding) {
  return { element: element || '', regel, categorie: categorie === 'warn' ? 'warning' : categorie, melding };
}

function uitLinter(resultaten) {
  const lijst = [];
  for (const [ regel, meldingen ] of Object.entries(resultaten)) {
    for (const m of meldingen) {
      lijst.push(bevinding(m.id, regel, m.category, m.message));
    }
  }
  return lijst;
}

function importMeldingen(warnings) {
  return (warnings || []).map(w => bevinding(w.element && w.element.id, 'import', 'error',
    'Importwaarschuwing: ' + String(w.message).split('\n')[0]));
}

function platformVanXml(xml, soort) {
  const platform = /modeler:executionPlatform="([^"]*)"/.exec(xml);
  const versie = /modeler:executionPlatformVersion="([^"]*)"/.exec(xml);
  return platformControle(platform && platform[1], versie && versie[1], soort);
}

function platformControle(platform, versie, soort) {
  if (platform !== PLATFORM || !versie || !versie.startsWith('7.')) {
    return [ bevinding('', 'regie/uitvoeringsplatform', 'error',
      `${soort} is niet gemaakt voor ${PLATFORM} 7 (gevonden: ${platform || 'geen platform'} ${versie || ''}). `
      + `Kies in Camunda Modeler "${PLATFORM} 7.24" als uitvoeringsplatform.`) ];
  }
  return [];
}

async function lintBpmn(xml) {
  let parse;
  try {
    parse = await bpmnModdle.fromXML(xml);
  } catch (fout) {
    return [ bevinding('', 'parse', 'error', 'Geen geldige BPMN: ' + fout.message.split('\n')[0]) ];
  }
  return [ ...importMeldingen(parse.warnings), ...platformVanXml(xml, 'Het proces'),
    // A linter per file, as the bpmnlint CLI does: some rules keep state between calls
    ...uitLinter(await new BpmnLinter({ config: bpmnConfig, resolver: new BpmnResolver() }).lint(parse.rootElement)) ];
}

async function lintDmn(xml) {
  const parse = await new Promise(klaar => new DmnModdle().fromXML(xml, (fout, root, context) =>
    klaar({ fout, root, warnings: context && context.warnings })));
  if (parse.fout) {
    return [ bevinding('', 'parse', 'error', 'Geen geldige DMN: ' + parse.fout.message.split('\n')[0]) ];
  }
  return [ ...importMeldingen(parse.warnings), ...platformVanXml(xml, 'De beslistabel'),
    ...uitLinter(await new DmnLinter({ config: dmnConfig, resolver: new DmnResolver() }).lint(parse.root)) ];
}

async function lintForm(tekst) {
  let schema;
  try {
    schema = JSON.parse(tekst);
  } catch (fout) {
    return [ bevinding('', 'parse', 'error', 'Geen geldige JSON: ' + fout.message) ];
  }
  const platform = platformControle(schema.executionPlatform, schema.executionPlatformVersion, 'Het formulier');
  if (platform.length) {
    return platform;
  }
  const minor = schema.executionPlatformVersion.split('.').slice(0, 2).join('.');
  const teLinten = FORMJS_ZELFDE_ALS[minor] ? { ...schema, executionPlatformVersion: FORMJS_ZELFDE_ALS[minor] } : schema;
  const meldingen = await new FormLinter().lint(teLinten);
  // form-linting names no rule in its reports; its messages name the platform version it linted against
  return meldingen.map(m => bevinding(m.id, 'form-linting', m.category,
    m.message.replace(`${PLATFORM} ${teLinten.executionPlatformVersion.slice(0, 4)}`, `${PLATFORM} ${minor}`)));
}

const LINTERS = { '.bpmn': lintBpmn, '.dmn': lintDmn, '.form': lintForm };

async function lintBestand(pad) {
  return LINTERS[extname(pad)](await readFile(pad, 'utf-8'));
}

async function bestanden(pad) {
  const info = await stat(pad);
  if (!info.isDirectory()) {
    return [ pad ];
  }
  const lijst = [];
  for (const naam of (await readdir(pad)).sort()) {
    const vol = join(pad, naam);
    if ((await stat(vol)).isDirectory()) {
      lijst.push(...await bestanden(vol));
    } else if (LINTERS[extname(naam)]) {
      lijst.push(vol);
    }
  }
  return lijst;
}

function toon(pad, lijst) {
  if (!lijst.length) {
    return;
  }
  console.log(`\n${relative(PROJECT, pad)}`);
  for (const b of lijst) {
    console.log(`  ${b.categorie.padEnd(7)} ${(b.element || '-').padEnd(28)} ${b.melding}  [${b.regel}]`);
  }
}

async function lintProject(paden) {
  const alle = [];
  for (const pad of paden) {
    alle.push(...await bestanden(resolve(pad)));
  }
  let fouten = 0;
  let waarschuwingen = 0;
  for (const pad of alle) {
    const lijst = await lintBestand(pad);
    toon(pad, lijst);
    fouten += lijst.filter(b => b.categorie === 'error').length;
    waarschuwingen += lijst.filter(b => b.categorie === 'warning').length;
  }
  console.log(`\nLint: ${alle.length} modellen, ${fouten} fouten, ${waarschuwingen} waarschuwingen.`);
  if (!alle.length) {
    console.log('Geen modellen gevonden: dat is zelf een fout.');
    return 1;
  }
  return fouten ? 1 : 0;
}

async function lintKapot() {
  const verwacht = JSON.parse(await readFile(join(KAPOT, 'verwacht.json'), 'utf-8'));
  const alle = await bestanden(KAPOT);
  const doorgelaten = [];
  for (const pad of alle) {
    const naam = basename(pad);
    const regel = verwacht[naam];
    const lijst = await lintBestand(pad);
    toon(pad, lijst);
    if (!regel) {
      doorgelaten.push(`${naam}: staat niet in verwacht.json`);
    } else if (!lijst.some(b => b.categorie === 'error' && b.regel === regel)) {
      doorgelaten.push(`${naam}: verwachtte een fout van regel ${regel}`);
    }
  }
  for (const naam of Object.keys(verwacht)) {
    if (!alle.some(pad => basename(pad) === naam)) {
      doorgelaten.push(`${naam}: staat in verwacht.json maar bestaat niet`);
    }
  }
  if (doorgelaten.length || !alle.length) {
    console.log('\nDe lint liet kapotte modellen door:\n  ' + (doorgelaten.join('\n  ') || 'geen modellen'));
    return 0;
  }
  console.log(`\nLint weigert alle ${alle.length} kapotte modellen om de verwachte reden (exit 1 is hier goed).`);
  return 1;
}

try {
  const args = process.argv.slice(2);
  process.exitCode = args[0] === '--kapot'
    ? await lintKapot()
    : await lintProject(args.length ? args : [ join(PROJECT, 'processes'), join(PROJECT, 'forms') ]);
} catch (fout) {
  console.error(fout);
  process.exitCode = 2;
}
