// Regie Inburgering: configuration of Camunda Tasklist (served instead of the webjar's own config.js, because our
// classes directory comes before the webjar on the classpath). Only documented options of Tasklist are used.
export default {
  // Title in the header and the browser tab: "Regie Inburgering Takenlijst"
  app: {
    name: 'Takenlijst',
    vendor: 'Regie Inburgering'
  },
  // Our own Dutch texts (locales/nl.json), for every browser language: casusregisseurs and partners share one
  // vocabulary with the law and with each other, and a shared municipal PC set to English must not turn the
  // Takenlijst into "Claim" and "Complete".
  locales: {
    availableLocales: ['nl'],
    fallbackLocale: 'nl'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'D MMM YYYY HH:mm',
    normal: 'D MMMM YYYY HH:mm',
    long: 'dddd D MMMM YYYY HH:mm',
    short: 'D MMMM YYYY'
  },
  // The "first time here" message points to Camunda's welcome page; our users start in the Takenlijst
  disableWelcomeMessage: true,
  // A task's form is never kept in the browser (shared municipal PCs): see scripts/geen-formulierconcepten.js.
  // Dates in forms are typed dd-mm-jjjj in every browser: scripts/nederlandse-datumnotatie.js. The sort header names
  // the filter's own order: scripts/filtervolgorde.js.
  customScripts: [
    'scripts/geen-formulierconcepten.js',
    'scripts/nederlandse-datumnotatie.js',
    'scripts/filtervolgorde.js',
    // Every task has a tab "Dossier" that links to its dossier page: scripts/dossier-tab.js
    'scripts/dossier-tab.js'
  ],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'pakt de gekozen taak op'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'springt naar het eerste filter'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'springt naar de eerste taak in de lijst'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'springt naar het eerste veld van het formulier'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opent het venster om een proces te starten'
    }
  }
};
