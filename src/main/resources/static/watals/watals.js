// The what-if page (docs/watals.md): posts the changed models, polls the replay, draws before/after per quarter.
const GEMEENTEN = {TOTAAL: 'alle vier gemeenten', WOERDEN: 'Woerden', OUDEWATER: 'Oudewater', MONTFOORT: 'Montfoort',
  BODEGRAVEN_REEUWIJK: 'Bodegraven-Reeuwijk'};
let opdracht = null;
let uitkomst = null;
let gedrag = null;
const grafieken = {};
// The caseload's settings, sent with the replay and with the preparation
const INSTELLINGEN = ['vanaf', 'tot', 'aantal', 'zaad'];
let naspelingLoopt = false;
let voorbereidingKlok = null;
let voorbereidingVerzoek = null;
function grafiek(id) {
  if (!grafieken[id]) { grafieken[id] = echarts.init(document.getElementById(id), null, {renderer: 'svg'}); }
  return grafieken[id];
}
function zet(id, tekst) { document.getElementById(id).textContent = tekst; }
function label(figuur) {
  const [soort, ...rest] = figuur.split('.');
  const naam = rest.join('.');
  switch (soort) {
    case 'escalaties': return 'Escalaties ' + naam;
    case 'taken': return 'Taken ' + naam;
    case 'afsluitingen': return 'Afsluitingen ' + naam;
    case 'boetes': return naam === 'bedrag' ? 'Boetes (bedrag, €)' : 'Boetes (aantal)';
    case 'opTijd': return naam + ' op tijd (%, eind kwartaal)';
    case 'openDossiers': return 'Open dossiers (eind kwartaal)';
    default: return figuur;
  }
}
function getal(w) { return w == null ? '–' : w.toLocaleString('nl-NL'); }
async function fout(antwoord) {
  try {
    const p = await antwoord.json();
    return (p.fouten && p.fouten.length ? p.fouten.map(f => (f.veld ? f.veld + ': ' + f.detail : f.melding
      ? f.bestand + (f.element ? ', element ' + f.element : '') + ': ' + f.melding + ' (regel ' + f.regel + ')' : ''))
      .join('\n') : p.detail) || '';
  } catch (e) {
    return '';
  }
}
function instellingen() {
  const velden = new URLSearchParams();
  for (const veld of INSTELLINGEN) {
    const waarde = document.getElementById(veld).value;
    if (waarde) velden.append(veld, waarde);
  }
  return velden;
}
// While the beleidsmedewerker chooses a file, the server replays the deployed models for these settings already
// (docs/watals.md, "Voorbereiden"), so the replay itself has only the change left to do
async function bereidVoor() {
  clearTimeout(voorbereidingKlok);
  if (naspelingLoopt) return;
  voorbereidingVerzoek = fetch('/api/beleid/watals/voorbereiding', {method: 'POST', body: instellingen(),
    credentials: 'same-origin', headers: {'X-Requested-With': 'XMLHttpRequest'}});
  const antwoord = await voorbereidingVerzoek;
  if (naspelingLoopt) return;
  if (antwoord.status === 200) {
    zet('voorbereiding', 'De gedeployde modellen zijn voor deze instellingen al nagespeeld: '
      + 'de naspeling speelt alleen uw wijziging.');
  } else if (antwoord.status === 202) {
    const stand = await antwoord.json();
    zet('voorbereiding', 'Alvast de gedeployde modellen naspelen: ' + stand.voortgang.gedaan + ' van '
      + stand.voortgang.kwartalen + ' kwartalen.');
    voorbereidingKlok = setTimeout(bereidVoor, 2000);
  } else if (antwoord.status === 409) {
    // A replay running, or a colleague's preparation with other settings: the replay itself still works
    zet('voorbereiding', 'Niet alvast nagespeeld: ' + await fout(antwoord));
  } else {
    // Invalid settings while they are being typed: the replay's own answer names the field, should it be started
    zet('voorbereiding', '');
  }
}
function instellingenGewijzigd() {
  clearTimeout(voorbereidingKlok);
  voorbereidingKlok = setTimeout(bereidVoor, 1000);
}
async function start(e) {
  e.preventDefault();
  zet('fout', '');
  const form = new FormData();
  for (const bestand of document.getElementById('bestanden').files) form.append('bestanden', bestand, bestand.name);
  for (const [veld, waarde] of instellingen()) form.append(veld, waarde);
  naspelingLoopt = true;
  clearTimeout(voorbereidingKlok);
  zet('voorbereiding', '');
  // An ask for the preparation still on its way would otherwise meet the replay's 409
  if (voorbereidingVerzoek) await voorbereidingVerzoek.catch(() => null);
  // Our own script says so (toegang.HerkomstControle): a form on another site cannot set this header
  const antwoord = await fetch('/api/beleid/watals', {method: 'POST', body: form, credentials: 'same-origin',
    headers: {'X-Requested-With': 'XMLHttpRequest'}});
  if (antwoord.status !== 202) {
    naspelingLoopt = false;
    zet('fout', 'Niet gestart (' + antwoord.status + '): ' + await fout(antwoord));
    return;
  }
  const o = await antwoord.json();
  opdracht = o.id;
  document.getElementById('resultaat').hidden = true;
  document.getElementById('stop').hidden = false;
  document.getElementById('start').disabled = true;
  volg(o);
}
async function stop() {
  if (opdracht) {
    await fetch('/api/beleid/watals/' + opdracht, {method: 'DELETE', credentials: 'same-origin',
      headers: {'X-Requested-With': 'XMLHttpRequest'}});
  }
}
function volg(o) {
  document.getElementById('voortgang').hidden = false;
  for (const kant of ['voor', 'na']) {
    const p = document.getElementById('p-' + kant);
    p.max = o.voortgang.kwartalen;
    p.value = o.voortgang[kant];
    zet('t-' + kant, o.voortgang[kant] + ' van ' + o.voortgang.kwartalen + ' kwartalen'
      + ((o.hergebruikt || []).includes(kant) ? ' (al eerder nagespeeld)' : ''));
  }
  if (o.status === 'BEZIG') {
    setTimeout(async () => {
      const antwoord = await fetch('/api/beleid/watals/' + o.id, {credentials: 'same-origin'});
      if (antwoord.ok) volg(await antwoord.json()); else zet('fout', 'Stand niet op te vragen (' + antwoord.status + ')');
    }, 1000);
    return;
  }
  document.getElementById('stop').hidden = true;
  document.getElementById('start').disabled = false;
  naspelingLoopt = false;
  if (o.status !== 'KLAAR') {
    zet('fout', o.status === 'GESTOPT' ? 'De naspeling is gestopt.' : (o.fout || 'De naspeling is mislukt.'));
    return;
  }
  uitkomst = o.uitkomst;
  gedrag = o.instellingen.gedrag;
  zet('gedrag', o.instellingen.aantal + ' dossiers, ' + o.instellingen.vanaf + ' t/m ' + o.instellingen.tot
    + ', zaad ' + o.instellingen.zaad + ', gedrag volgens ' + gedrag.bron + ' (' + gedrag.procentTeLaat
    + '% van de taken te laat); klaar in ' + Math.round(o.seconden) + ' s.'
    + (o.overgeslagen && o.overgeslagen.length ? ' Niet meegespeeld (de modelkeuring van nu weigert ze): '
      + o.overgeslagen.join('; ') : '')
    + ((o.hergebruikt || []).length ? ' Niet opnieuw nagespeeld, want eerder vandaag al (of alvast) met dezelfde '
      + 'modellen, caseload en gedrag: ' + o.hergebruikt.map(k => k === 'voor' ? 'de gedeployde modellen' : 'de gewijzigde modellen')
        .join(' en ') + '.' : ''));
  const keuze = document.getElementById('figuur');
  keuze.replaceChildren(...uitkomst.figuren.map(f => {
    const optie = document.createElement('option');
    optie.value = f.figuur;
    optie.textContent = label(f.figuur);
    return optie;
  }));
  const veranderd = uitkomst.figuren.find(f => Object.values(f.periode).some(c => c.verschil));
  if (veranderd) keuze.value = veranderd.figuur;
  document.getElementById('resultaat').hidden = false;
  toon();
}
function toon() {
  if (!uitkomst) return;
  const gemeente = document.getElementById('gemeente').value;
  const figuur = uitkomst.figuren.find(f => f.figuur === document.getElementById('figuur').value) || uitkomst.figuren[0];
  grafiek('g-kwartalen').setOption({
    title: {text: label(figuur.figuur) + ' – ' + GEMEENTEN[gemeente], textStyle: {fontSize: 14}},
    tooltip: {trigger: 'axis'}, legend: {top: 24},
    grid: {top: 60, bottom: 30, left: 50, right: 20},
    xAxis: {type: 'category', data: uitkomst.kwartalen},
    yAxis: {type: 'value'},
    series: [
      {name: 'Gedeployd', type: 'bar', data: uitkomst.kwartalen.map(k => figuur.perKwartaal[k][gemeente].voor)},
      {name: 'Gewijzigd', type: 'bar', data: uitkomst.kwartalen.map(k => figuur.perKwartaal[k][gemeente].na)}
    ]
  }, true);
  const verschillen = uitkomst.figuren.filter(f => f.soort !== 'percentage' && f.periode[gemeente].verschil);
  grafiek('g-verschil').setOption({
    title: {text: 'Verschil over de hele periode – ' + GEMEENTEN[gemeente]
      + (verschillen.length ? '' : ': geen enkel verschil'), textStyle: {fontSize: 14}},
    tooltip: {}, grid: {top: 40, bottom: 30, left: 230, right: 30},
    xAxis: {type: 'value'},
    yAxis: {type: 'category', data: verschillen.map(f => label(f.figuur))},
    series: [{name: 'Verschil', type: 'bar', data: verschillen.map(f => ({value: f.periode[gemeente].verschil,
      itemStyle: {color: f.periode[gemeente].verschil > 0 ? '#c62828' : '#2e7d32'}}))}]
  }, true);
  const rijen = uitkomst.figuren.map(f => {
    const c = f.periode[gemeente];
    const tr = document.createElement('tr');
    for (const [tekst, klasse] of [[label(f.figuur)], [getal(c.voor)], [getal(c.na)],
      [c.verschil == null ? '–' : (c.verschil > 0 ? '+' : '') + getal(c.verschil),
        c.verschil > 0 ? 'meer' : c.verschil < 0 ? 'minder' : '']]) {
      const td = document.createElement('td');
      td.textContent = tekst;
      if (klasse) td.className = klasse;
      tr.appendChild(td);
    }
    return tr;
  });
  document.querySelector('#periode tbody').replaceChildren(...rijen);
}
document.getElementById('verzoek').addEventListener('submit', start);
document.getElementById('stop').addEventListener('click', stop);
document.getElementById('gemeente').addEventListener('change', toon);
document.getElementById('figuur').addEventListener('change', toon);
for (const veld of INSTELLINGEN) {
  document.getElementById(veld).addEventListener('change', instellingenGewijzigd);
}
bereidVoor();
