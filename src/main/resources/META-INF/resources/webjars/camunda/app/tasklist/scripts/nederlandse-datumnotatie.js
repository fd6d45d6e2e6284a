// Regie Inburgering: a date in a task's form is typed the Dutch way, dd-mm-jjjj, in every browser (issue #16;
// docs/tasklist.md). Loaded through customScripts in config.js.
//
// The date field of Camunda Forms (form-js) takes its notation from the browser's default locale, that is from
// Intl.DateTimeFormat without a locale: a browser set to English shows "mm/dd/yyyy", and 05-06 is then the sixth of
// May. Tasklist is Dutch for everyone, so Intl's default becomes Dutch here; a caller that names a locale keeps it.

const StandaardDatumnotatie = Intl.DateTimeFormat;

function NederlandseDatumnotatie(talen, opties) {
  const taal = talen === undefined || talen === 'default' ? 'nl-NL' : talen;
  return new StandaardDatumnotatie(taal, opties);
}
NederlandseDatumnotatie.prototype = StandaardDatumnotatie.prototype;
NederlandseDatumnotatie.supportedLocalesOf = StandaardDatumnotatie.supportedLocalesOf.bind(StandaardDatumnotatie);

Intl.DateTimeFormat = NederlandseDatumnotatie;

export default [];
