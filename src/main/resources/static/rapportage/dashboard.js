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
  const pq = peildatum ? '?peildatum=' + peildatum : '';
  for (const [id, pad] of [['exp-management', 'management.csv'], ['exp-management-json', 'management.json'], ['exp-cbs', 'cbs.csv'], ['exp-duo', 'duo.csv']]) {
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
  zet('kpi-pip', pct(t, 'pipBinnenTermijn'));
  zet('kpi-pvt', pct(t, 'pvtOpTijd'));
  zet('kpi-map', pct(t, 'mapOpTijd'));
  zet('kpi-escalaties', cijfer(t, 'openEscalaties'));
  zet('kpi-boetes', cijfer(t, 'aantalBoetes') + ' (€ ' + cijfer(t, 'boetebedrag') + ')');
  zet('kpi-intake', cijfer(t, 'mediaanDagenKoppelingBredeIntake'));
  zet('kpi-werk', cijfer(t, 'uitstroomWerk') + ' van ' + cijfer(t, 'toeleidingWerkAfgerond'));
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
    title: {text: 'Op tijd (%): PIP binnen 10 weken, PVT, MAP', textStyle: {fontSize: 14}}, tooltip: {}, legend: {top: 24},
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
    title: {text: 'Mediaan dagen koppeling → brede intake', textStyle: {fontSize: 14}}, tooltip: {},
    xAxis: {type: 'category', data: labels, axisLabel: {interval: 0, fontSize: 11}}, yAxis: {type: 'value'},
    series: [Object.assign(reeks(x => x.mediaanDagenKoppelingBredeIntake), {name: 'Dagen'})]
  }, true);
  grafiek('g-werk').setOption({
    title: {text: 'Uitstroom naar werk', textStyle: {fontSize: 14}}, tooltip: {}, legend: {top: 24},
    grid: {top: 60}, xAxis: {type: 'category', data: labels, axisLabel: {interval: 0, fontSize: 11}}, yAxis: {type: 'value', minInterval: 1},
    series: [Object.assign(reeks(x => x.toeleidingWerkAfgerond), {name: 'Toeleiding afgerond'}),
      Object.assign(reeks(x => x.uitstroomWerk), {name: 'Uitstroom werk'})]
  }, true);
  document.body.dataset.geladen = 'ja';
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
