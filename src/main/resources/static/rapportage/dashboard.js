// Labels for people come from the server's one source (basis.Labels, GET /api/rapportages/labels), not a copy here
let NAMEN = {};
let FASEN = {};
let ROUTES = {};
async function leesLabels() {
  const antwoord = await fetch('/api/rapportages/labels', {credentials: 'same-origin'});
  if (!antwoord.ok) return;
  const labels = await antwoord.json();
  NAMEN = labels.gemeente;
  // Active dossiers per fase: a closed dossier is in none of them
  FASEN = Object.fromEntries(Object.entries(labels.fase).filter(([f]) => f !== 'AFGESLOTEN'));
  ROUTES = Object.assign({}, labels.leerroute, {NOG_GEEN: 'Nog geen'});
}
// Dates for people: dd-mm-jjjj (the API keeps ISO dates)
function datum(iso) {
  const d = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
  return d ? d[3] + '-' + d[2] + '-' + d[1] : (iso || '');
}
const grafieken = {};
function grafiek(id) {
  if (!grafieken[id]) { grafieken[id] = echarts.init(document.getElementById(id), null, {renderer: 'svg'}); }
  return grafieken[id];
}
// Management and beleid get small cells as null, named in the group's "onderdrukt" (docs/rapportages.md)
const AFGESCHERMD = 'x';
function cijfer(groep, veld, tekst) {
  const waarde = veld.split('.').reduce((o, d) => o == null ? null : o[d], groep);
  if (waarde != null) return tekst ? tekst(waarde) : waarde;
  return (groep.onderdrukt || []).includes(veld) ? AFGESCHERMD : '–';
}
function pct(groep, veld) { return cijfer(groep, veld + '.percentage', p => p.toLocaleString('nl-NL') + '%'); }
// Every share with its n: "66,7% (2 van 3)"
function aandeel(groep, veld) {
  return pct(groep, veld) + ' (' + cijfer(groep, veld + '.teller') + ' van ' + cijfer(groep, veld + '.noemer') + ')';
}
function zet(id, tekst) { document.getElementById(id).textContent = tekst; }
async function fout(antwoord) {
  try {
    const p = await antwoord.json();
    return (p.fouten && p.fouten.length ? p.fouten.map(f => f.detail).join(' ') : p.detail) || '';
  } catch (e) {
    return '';
  }
}
async function laad() {
  const peildatum = document.getElementById('peildatum').value;
  const gemeente = document.getElementById('gemeente').value;
  const q = new URLSearchParams();
  if (peildatum) q.set('peildatum', peildatum);
  if (gemeente) q.set('gemeente', gemeente);
  zet('fout', '');
  const antwoord = await fetch('/api/rapportages/kengetallen?' + q, {credentials: 'same-origin'});
  if (!antwoord.ok) {
    zet('fout', 'Kengetallen niet beschikbaar (' + antwoord.status + ') ' + await fout(antwoord));
    return;
  }
  const k = await antwoord.json();
  toon(k);
  // Exact figures mean a reader who sees the dossiers: only they get the worklist (no 403 for management)
  if (k.minimumCelgrootte == null) laadDuo();
  const pq = peildatum ? '?peildatum=' + peildatum : '';
  for (const [id, pad] of [['exp-management', 'management.csv'], ['exp-management-json', 'management.json']]) {
    document.getElementById(id).href = '/api/rapportages/export/' + pad + pq;
  }
}
function routesAfgeschermd(t) {
  const weg = Object.keys(t.leerroutes).filter(r => t.leerroutes[r] == null).map(r => ROUTES[r] || r);
  return weg.length ? 'afgeschermd (' + AFGESCHERMD + '): ' + weg.join(', ') : '';
}
function toon(k) {
  const t = k.totaal;
  zet('stand', 'Stand per ' + datum(k.peildatum) + (k.gemeente ? ' – ' + NAMEN[k.gemeente] : ' – alle gemeenten'));
  document.getElementById('peildatum').value = k.peildatum;
  zet('kpi-actief', cijfer(t, 'actief'));
  zet('kpi-pip', aandeel(t, 'pipBinnenTermijn'));
  zet('kpi-pvt', aandeel(t, 'pvtOpTijd'));
  zet('kpi-map', aandeel(t, 'mapOpTijd'));
  zet('kpi-escalaties', cijfer(t, 'openEscalaties'));
  zet('kpi-boetes', cijfer(t, 'aantalBoetes') + ' (€ ' + cijfer(t, 'boetebedrag') + ')');
  zet('kpi-intake', aandeel(t, 'bredeIntakeGestart') + '; mediaan ' + cijfer(t, 'mediaanDagenStartPlichtBredeIntake')
      + ' dagen');
  zet('kpi-werk', aandeel(t, 'uitstroomWerk'));
  const afscherming = document.getElementById('afscherming');
  afscherming.hidden = k.minimumCelgrootte == null;
  zet('minimum', k.minimumCelgrootte == null ? '' : k.minimumCelgrootte);
  const c = k.cbs;
  document.getElementById('cbs').innerHTML = '';
  const cbs = document.getElementById('cbs');
  cbs.append('CBS-levering (SWI): kwartaal ' + c.laatsteKwartaal + ' ');
  const status = document.createElement('span');
  status.id = 'cbs-status';
  status.textContent = c.laatsteKwartaalGeleverd ? 'geleverd op ' + datum(c.geleverdOp) + (c.teLaat ? ' (te laat)' : '')
      : 'nog niet geleverd (uiterlijk ' + datum(c.uitersteLeverdatumLaatsteKwartaal) + ')';
  if (c.teLaat) status.className = 'te-laat';
  cbs.append(status);
  cbs.append(' – volgende uiterste leverdatum: ');
  const volgende = document.createElement('strong');
  volgende.id = 'cbs-volgende';
  volgende.textContent = datum(c.volgendeUitersteLeverdatum) + ' (kwartaal ' + c.volgendeKwartaal + ')';
  cbs.append(volgende);

  const gemeenten = Object.keys(k.perGemeente);
  const labels = gemeenten.map(g => NAMEN[g]);
  const reeks = (f, type) => ({type: type || 'bar', data: gemeenten.map(g => f(k.perGemeente[g]))});
  grafiek('g-fase').setOption({
    title: {text: 'Actieve dossiers per fase', textStyle: {fontSize: 14}}, tooltip: {}, legend: {top: 24},
    grid: {top: 60}, xAxis: {type: 'category', data: labels, axisLabel: {interval: 0, fontSize: 11}}, yAxis: {type: 'value', minInterval: 1},
    series: Object.keys(FASEN).map(f => Object.assign(reeks(x => x.actiefPerFase[f]), {name: FASEN[f], stack: 'fase'}))
  }, true);
  grafiek('g-leerroute').setOption({
    title: {text: 'Leerroutes (actieve dossiers)', subtext: routesAfgeschermd(t), textStyle: {fontSize: 14}},
    tooltip: {}, legend: {top: 40},
    series: [{type: 'pie', radius: ['30%', '60%'], top: 30,
      data: Object.entries(t.leerroutes).filter(([r, n]) => n != null).map(([r, n]) => ({name: ROUTES[r] || r, value: n}))}]
  }, true);
  grafiek('g-optijd').setOption({
    title: {text: 'Op tijd (%): PIP binnen de termijn, PVT, MAP', textStyle: {fontSize: 14}}, tooltip: {}, legend: {top: 24},
    grid: {top: 60}, xAxis: {type: 'category', data: labels, axisLabel: {interval: 0, fontSize: 11}}, yAxis: {type: 'value', max: 100},
    series: [Object.assign(reeks(x => x.pipBinnenTermijn.percentage), {name: 'PIP'}),
      Object.assign(reeks(x => x.pvtOpTijd.percentage), {name: 'PVT'}),
      Object.assign(reeks(x => x.mapOpTijd.percentage), {name: 'MAP'})]
  }, true);
  grafiek('g-escalaties').setOption({
    title: {text: 'Open escalaties en boetes', textStyle: {fontSize: 14}}, tooltip: {}, legend: {top: 24},
    grid: {top: 60}, xAxis: {type: 'category', data: labels, axisLabel: {interval: 0, fontSize: 11}}, yAxis: {type: 'value', minInterval: 1},
    series: [Object.assign(reeks(x => x.openEscalaties), {name: 'Open escalaties'}),
      Object.assign(reeks(x => x.aantalBoetes), {name: 'Boetes'})]
  }, true);
  grafiek('g-intake').setOption({
    title: {text: 'Mediaan dagen start inburgeringsplicht → start brede intake', textStyle: {fontSize: 14}}, tooltip: {},
    xAxis: {type: 'category', data: labels, axisLabel: {interval: 0, fontSize: 11}}, yAxis: {type: 'value'},
    series: [Object.assign(reeks(x => x.mediaanDagenStartPlichtBredeIntake), {name: 'Dagen'})]
  }, true);
  grafiek('g-werk').setOption({
    title: {text: 'Uitstroom naar werk (met datum)', textStyle: {fontSize: 14}}, tooltip: {}, legend: {top: 24},
    grid: {top: 60}, xAxis: {type: 'category', data: labels, axisLabel: {interval: 0, fontSize: 11}}, yAxis: {type: 'value', minInterval: 1},
    series: [Object.assign(reeks(x => x.uitstroomWerk.noemer), {name: 'Inburgeringsplicht gestart'}),
      Object.assign(reeks(x => x.uitstroomWerk.teller), {name: 'Aan het werk'})]
  }, true);
  document.body.dataset.geladen = 'ja';
}
// DUO worklist: only for who may see it (casusregie, teamleider, beheer); the dashboard shows dossier ids, no names
const DUO_MAX = 50;
function dag(iso) { return iso ? iso.split('-').reverse().join('-') : ''; }
async function laadDuo() {
  const gemeente = document.getElementById('gemeente').value;
  const antwoord = await fetch('/api/rapportages/duo/werklijst' + (gemeente ? '?gemeente=' + gemeente : ''),
      {credentials: 'same-origin'});
  const sectie = document.getElementById('duo');
  sectie.hidden = !antwoord.ok;
  if (!antwoord.ok) return;
  const items = await antwoord.json();
  zet('duo-stand', items.length === 0 ? 'Niets meer te registreren.' : items.length + ' te registreren'
      + (items.length > DUO_MAX ? ', de oudste ' + DUO_MAX + ' hieronder' : '') + '.');
  const lijst = document.getElementById('duo-lijst');
  lijst.replaceChildren();
  for (const item of items.slice(0, DUO_MAX)) {
    const rij = document.createElement('tr');
    for (const tekst of [item.dossierId, NAMEN[item.gemeente] || item.gemeente, item.omschrijving, dag(item.datum)]) {
      const cel = document.createElement('td');
      cel.textContent = tekst;
      rij.append(cel);
    }
    const cel = document.createElement('td');
    const datum = document.createElement('input');
    datum.type = 'date';
    datum.value = new Date().toISOString().slice(0, 10);
    datum.setAttribute('aria-label', 'Datum van registratie in DUO voor ' + item.dossierId + ' ' + item.omschrijving);
    const knop = document.createElement('button');
    knop.type = 'button';
    knop.textContent = 'Geregistreerd';
    knop.addEventListener('click', () => markeer(item, datum.value));
    cel.append(datum, ' ', knop);
    rij.append(cel);
    lijst.append(rij);
  }
}
async function markeer(item, datum) {
  zet('duo-fout', '');
  const antwoord = await fetch('/api/rapportages/duo/werklijst/' + encodeURIComponent(item.dossierId) + '/'
      + encodeURIComponent(item.item), {method: 'POST', credentials: 'same-origin',
    headers: {'Content-Type': 'application/json'}, body: JSON.stringify({datumRegistratie: datum})});
  if (!antwoord.ok) {
    zet('duo-fout', 'Niet vastgelegd (' + antwoord.status + ') ' + await fout(antwoord));
    return;
  }
  laadDuo();
}
// The page's CSP allows no inline script, so the form is wired here and not in an onsubmit attribute
document.getElementById('keuze').addEventListener('submit', (e) => {
  e.preventDefault();
  laad();
});
const params = new URLSearchParams(location.search);
if (params.get('peildatum')) document.getElementById('peildatum').value = params.get('peildatum');
if (params.get('gemeente')) document.getElementById('gemeente').value = params.get('gemeente');
leesLabels().then(laad);
