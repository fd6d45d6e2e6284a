"""Measures what a user of a large caseload waits for, over HTTP, as p50/p95 (bench/scale.sh). Stdlib only."""
import base64
import json
import random
import statistics
import sys
import time
import urllib.parse
import urllib.request

URL = sys.argv[1]
MONSTERS = int(sys.argv[2]) if len(sys.argv) > 2 else 40


def verzoek(methode, pad, gebruiker, body=None, hal=False):
    kop = {"Authorization": "Basic " + base64.b64encode(f"{gebruiker}:demo".encode()).decode(),
           "Accept": "application/hal+json" if hal else "application/json"}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        kop["Content-Type"] = "application/json"
    r = urllib.request.Request(URL + pad, data=data, method=methode, headers=kop)
    begin = time.perf_counter()
    with urllib.request.urlopen(r, timeout=600) as antwoord:
        inhoud = antwoord.read()
    return (time.perf_counter() - begin) * 1000, inhoud


def filter_id(naam, gebruiker):
    _, inhoud = verzoek("GET", "/engine-rest/filter?resourceType=Task&name=" + urllib.parse.quote(naam), gebruiker)
    filters = json.loads(inhoud)
    if not filters:
        raise SystemExit(f"filter '{naam}' ontbreekt")
    return filters[0]["id"]


def meet(naam, functie):
    # The first request on its own: where the node keeps Tasklist's counts for a while, it is the one that counts
    eerste = functie()
    tijden = sorted(functie() for _ in range(MONSTERS))
    p50 = statistics.median(tijden)
    p95 = tijden[min(len(tijden) - 1, int(round(0.95 * len(tijden))) - 1)]
    print(f"| {naam:<52} | {eerste:9.1f} | {p50:9.1f} | {p95:9.1f} |")
    return p50, p95


def pagina(filter, gebruiker):
    """A filter's first page as Tasklist asks it: HAL, so with the filter's total for the pager."""
    return lambda: verzoek("POST", f"/engine-rest/filter/{filter}/list?firstResult=0&maxResults=15", gebruiker, LIJST,
                           hal=True)[0]


def zijbalk(gebruiker):
    """Tasklist's sidebar: every filter the user may read, each with its number of tasks."""
    return lambda: verzoek("GET", "/engine-rest/filter?resourceType=Task&itemCount=true", gebruiker)[0]


# The body Tasklist sends for a filter's first page, sorted by due date
LIJST = {"sorting": [{"sortBy": "dueDate", "sortOrder": "asc"}], "processVariables": [], "taskVariables": []}
# The filter names as tasklist.TasklistFilters creates them, each read by a user of the group it is for
casusregie = filter_id("Casusregie - alle gemeenten", "casusregisseur")
woerden = filter_id("Casusregie - Woerden", "casusregisseur")
vsgh = filter_id("Werkvoorraad – VSGH", "vsgh")
vluchtelingenwerk = filter_id("Werkvoorraad – Vluchtelingenwerk", "vluchtelingenwerk")
nl_training = filter_id("Werkvoorraad – NL Training", "nl-training")
verlopen = filter_id("Termijn verlopen", "teamleider")
verlopen_vsgh = filter_id("Termijn verlopen – VSGH", "vsgh")
betrokken_vsgh = filter_id("Betrokken – VSGH", "vsgh")
_, lijst = verzoek("GET", "/api/dossiers?grootte=200", "casusregisseur")
ids = [d["dossierId"] for d in json.loads(lijst)["dossiers"]]

print(f"| {'meting (ms)':<52} | {'eerste':>9} | {'p50':>9} | {'p95':>9} |")
print(f"|{'-' * 54}|{'-' * 11}|{'-' * 11}|{'-' * 11}|")
meet("Tasklist casusregie, eerste pagina op vervaldatum", pagina(casusregie, "casusregisseur"))
meet("Tasklist casusregie Woerden, eerste pagina", pagina(woerden, "casusregisseur"))
meet("Tasklist partner (vsgh), eerste pagina", pagina(vsgh, "vsgh"))
meet("Tasklist partner (vluchtelingenwerk), eerste pagina", pagina(vluchtelingenwerk, "vluchtelingenwerk"))
meet("Tasklist partner (nl-training), eerste pagina", pagina(nl_training, "nl-training"))
meet("Tasklist teamleider, Termijn verlopen", pagina(verlopen, "teamleider"))
# Not among the targets, but a partner opens them too: its own overdue tasks, and those it is betrokken in
meet("Tasklist partner (vsgh), Termijn verlopen – VSGH", pagina(verlopen_vsgh, "vsgh"))
meet("Tasklist partner (vsgh), Betrokken", pagina(betrokken_vsgh, "vsgh"))
meet("Tasklist zijbalk met aantallen, casusregisseur", zijbalk("casusregisseur"))
meet("Tasklist zijbalk met aantallen, vsgh", zijbalk("vsgh"))
meet("Tasklist zijbalk met aantallen, teamleider", zijbalk("teamleider"))
# Management sees the figures of the last month end: the first look replays the events (rapportage.Peilstanden), every
# later one finds them kept, so the first is timed on its own
eerste_keer, _ = verzoek("GET", "/api/rapportages/kengetallen", "manager")
print(f"| {'Dashboard management, eerste keer (maandeinde)':<52} | {eerste_keer:9.1f} | {'':>9} | {'':>9} |")
meet("Dashboard management (kengetallen maandeinde)",
     lambda: verzoek("GET", "/api/rapportages/kengetallen", "manager")[0])
meet("Dashboard casusregie (kengetallen vandaag, exact)",
     lambda: verzoek("GET", "/api/rapportages/kengetallen", "casusregisseur")[0])
meet("Dossierpagina /dossiers/{id}",
     lambda: verzoek("GET", "/dossiers/" + random.choice(ids), "casusregisseur")[0])
_, herbouw = verzoek("POST", "/api/rapportages/herbouw", "beheer")
resultaat = json.loads(herbouw)
print(f"Herbouw projecties: {resultaat['gebeurtenissen']} gebeurtenissen van {resultaat['dossiers']} dossiers in "
      f"{resultaat['millis']} ms = {resultaat['gebeurtenissenPerSeconde']} gebeurtenissen/s")
