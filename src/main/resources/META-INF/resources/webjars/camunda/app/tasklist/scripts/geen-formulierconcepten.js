// Regie Inburgering: Tasklist keeps no form data in the browser (issue #20, finding 10; docs/tasklist.md).
//
// Tasklist's "Opslaan" - and its automatic save when the session expires - writes the values of a task's form to the
// browser's localStorage ("camunda-form:<task>" for Camunda Forms, "camForm:<task>" for embedded forms), where they
// outlive the logout on a shared municipal PC. Here such writes are not made at all, and any draft an earlier version
// left behind is removed when Tasklist opens, when the login page shows (logout, expired session) and when the page
// is left. The button itself is hidden in styles/user-styles.css. Loaded through customScripts in config.js.

const VOORVOEGSELS = ['camunda-form:', 'camForm:'];

function isFormulierconcept(sleutel) {
  return typeof sleutel === 'string' && VOORVOEGSELS.some((voorvoegsel) => sleutel.indexOf(voorvoegsel) === 0);
}

function ruimOp() {
  try {
    const weg = [];
    for (let i = 0; i < window.localStorage.length; i++) {
      const sleutel = window.localStorage.key(i);
      if (isFormulierconcept(sleutel)) {
        weg.push(sleutel);
      }
    }
    weg.forEach((sleutel) => window.localStorage.removeItem(sleutel));
  } catch (geenOpslag) {
    // localStorage switched off by the browser's policy: then nothing was stored either
  }
}

const bewaar = Storage.prototype.setItem;
Storage.prototype.setItem = function (sleutel, waarde) {
  if (this === window.localStorage && isFormulierconcept(String(sleutel))) {
    return;
  }
  return bewaar.call(this, sleutel, waarde);
};

ruimOp();
window.addEventListener('hashchange', () => {
  if (window.location.hash.indexOf('#/login') === 0) {
    ruimOp();
  }
});
window.addEventListener('pagehide', ruimOp);

export default [];
