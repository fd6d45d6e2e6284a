// Regie Inburgering: the sort header of the Takenlijst names the order the list really has (issue #16;
// docs/tasklist.md). Loaded through customScripts in config.js.
//
// Each filter carries its own order (tasklist/TasklistFilters: the first due date on top, then priority), and the
// engine puts it first in every list request; the sort Tasklist sends is only appended behind it. Tasklist's own
// default, "created, newest first", would name an order the list does not have. So when the address carries that
// default, or the order this script set for the filter before, it gets the chosen filter's own order instead. A sort
// a user picked is left alone.

const TASKLIST_STANDAARD = [{sortBy: 'created', sortOrder: 'desc'}];
const volgordeVan = {};
let gezet = null;

function gelijk(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

function leesSortering(tekst) {
  try {
    return JSON.parse(tekst);
  } catch (onleesbaar) {
    return null;
  }
}

function filterAdres(filterId) {
  const api = (document.querySelector('base') || {getAttribute: () => null}).getAttribute('engine-api')
      || '/camunda/api/engine/';
  const delen = window.location.pathname.split('/');
  const engine = delen[delen.indexOf('tasklist') + 1] || 'default';
  return api + 'engine/' + encodeURIComponent(engine) + '/filter/' + encodeURIComponent(filterId);
}

function haalVolgorde(filterId) {
  if (!volgordeVan[filterId]) {
    volgordeVan[filterId] = fetch(filterAdres(filterId), {credentials: 'same-origin', headers: {Accept: 'application/json'}})
        .then((antwoord) => (antwoord.ok ? antwoord.json() : null))
        .then((filter) => (filter && filter.query && Array.isArray(filter.query.sorting) && filter.query.sorting.length
            ? filter.query.sorting : null))
        .catch(() => null);
  }
  return volgordeVan[filterId];
}

async function toonVolgordeVanHetFilter() {
  const [pad, zoekdeel] = window.location.hash.replace(/^#/, '').split('?');
  if (pad !== '/' || !zoekdeel) {
    return;
  }
  const zoek = new URLSearchParams(zoekdeel);
  const filterId = zoek.get('filter');
  if (!filterId) {
    return;
  }
  const huidig = zoek.has('sorting') ? leesSortering(zoek.get('sorting')) : null;
  if (huidig !== null && !gelijk(huidig, TASKLIST_STANDAARD) && !gelijk(huidig, gezet)) {
    return;
  }
  const volgorde = await haalVolgorde(filterId);
  if (!volgorde || gelijk(volgorde, huidig)) {
    return;
  }
  // The address may have moved on while the filter was read
  if (new URLSearchParams(window.location.hash.split('?')[1] || '').get('filter') !== filterId) {
    return;
  }
  gezet = volgorde;
  zoek.set('sorting', JSON.stringify(volgorde));
  window.location.replace('#/?' + zoek.toString());
}

window.addEventListener('hashchange', toonVolgordeVanHetFilter);
toonVolgordeVanHetFilter();

export default [];
