// Regie Inburgering: from a task to its dossier (issue #16; docs/tasklist.md, "Van een taak naar het dossier").
// Loaded through customScripts in config.js; a plugin of Tasklist's plugin point 'tasklist.task.detail', so every
// task gets a tab "Dossier" next to Formulier, Geschiedenis, Diagram and Omschrijving.
//
// The tab reads the task's card copy `dossierId` (traject/Taakkaart writes it on every task of a dossier, for partners
// too) over Tasklist's own engine API and links to the dossier page /dossiers/{id}. The page opens in a new tab, so the
// form stays where it is; it runs as the user of this Tasklist session (toegang/TasklistSessieOpDossierpaginas), and
// shows what that user may see of the dossier. No inline script or handler: the page's CSP stays strict.

function tekst(element, inhoud) {
  const e = document.createElement(element);
  e.textContent = inhoud;
  return e;
}

function toon(node, ...elementen) {
  node.replaceChildren(...elementen);
}

const dossierTab = {
  id: 'regie-inburgering-dossier',
  pluginPoint: 'tasklist.task.detail',
  priority: 50,
  properties: {
    label: 'Dossier'
  },
  render: (node, {api, taskId}) => {
    const blok = document.createElement('div');
    blok.className = 'regie-dossier';
    node.appendChild(blok);
    toon(blok, tekst('p', 'Dossier wordt opgezocht…'));
    const adres = api.engineApi + '/task/' + encodeURIComponent(taskId) + '/variables/dossierId';
    fetch(adres, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
        .then((antwoord) => (antwoord.ok ? antwoord.json() : null))
        .then((variabele) => {
          const dossierId = variabele && typeof variabele.value === 'string' ? variabele.value : null;
          if (!dossierId) {
            toon(blok, tekst('p', 'Deze taak hoort niet bij een dossier.'));
            return;
          }
          const link = tekst('a', 'Dossier ' + dossierId + ' openen');
          link.className = 'btn btn-default regie-dossier-link';
          link.href = '/dossiers/' + encodeURIComponent(dossierId);
          link.target = '_blank';
          link.rel = 'noopener';
          toon(blok,
              tekst('p', 'Het traject in kwartalen, de open taken en wie ze heeft, en de geschiedenis van dossier '
                  + dossierId + '. Het dossier opent in een nieuw tabblad; het formulier blijft hier staan.'),
              link);
        })
        .catch(() => toon(blok, tekst('p', 'Het dossier kon niet worden opgezocht.')));
  }
};

export default [dossierTab];
