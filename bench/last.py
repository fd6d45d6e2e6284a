#!/usr/bin/env python3
"""Tasklist load run (bench/last.sh, issue 17): simulated users of mixed roles do over HTTP what Camunda Tasklist does
for them, with think time between requests, for a bounded time; then p50/p95/p99 per request type, errors, throughput
and the app's heap. Stdlib only; loopback only.

Every answer that is not 2xx is an error, except one: a claim refused because a colleague has the task (the engine's
TaskAlreadyClaimedException) is what a service centre expects, counted apart, and the user takes another task.
Several simulated users log in as the same demo user (there is one demo user per role); they stand for different
colleagues, so they never pick a task another simulated user is working on (a shared reservation, the way a real
colleague sees that a task was claimed). Exit status 1 when there was any error.
"""
import argparse
import base64
import datetime as dt
import json
import math
import os
import random
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

# The roles of a service centre for four gemeenten and their share (the weight is the number of the 50 default users):
# casusregie does most of the work, most of it from the all-gemeenten list and some per gemeente; one teamleider per
# ~15 workers watches "Termijn verlopen"; the partners with most routed work (VSGH, Vluchtelingenwerk, NL Training)
# have several people, the others one each.
ROLLEN = [
    # (role, demo user, the filter the user works from, weight)
    ("casusregie alle gemeenten", "casusregisseur", "Casusregie - alle gemeenten", 14),
    ("casusregie Woerden", "casusregisseur", "Casusregie - Woerden", 4),
    ("casusregie Bodegraven-Reeuwijk", "casusregisseur", "Casusregie - Bodegraven-Reeuwijk", 3),
    ("casusregie Oudewater", "casusregisseur", "Casusregie - Oudewater", 2),
    ("casusregie Montfoort", "casusregisseur", "Casusregie - Montfoort", 2),
    ("teamleider", "teamleider", "Termijn verlopen", 3),
    ("vsgh", "vsgh", "Werkvoorraad – VSGH", 6),
    ("vluchtelingenwerk", "vluchtelingenwerk", "Werkvoorraad – Vluchtelingenwerk", 5),
    ("nl-training", "nl-training", "Werkvoorraad – NL Training", 5),
    ("sam-welzijn", "sam-welzijn", "Werkvoorraad – SAM Welzijn", 1),
    ("swom", "swom", "Werkvoorraad – SWOM", 1),
    ("woerden-wijzer", "woerden-wijzer", "Werkvoorraad – Woerden Wijzer", 1),
    ("stadsteam-oudewater", "stadsteam-oudewater", "Werkvoorraad – Stadsteam Oudewater", 1),
    ("sociaal-team-bodegraven-reeuwijk", "sociaal-team-bodegraven-reeuwijk",
     "Werkvoorraad – Sociaal team Bodegraven-Reeuwijk", 1),
    ("regio-midden-holland", "regio-midden-holland", "Werkvoorraad – Regio Midden-Holland", 1),
]
GROEP_VAN_GEBRUIKER = {"casusregisseur": "fermwerk-casusregie", "teamleider": "fermwerk-teamleider"}

# The body Tasklist sends for a filter's page, sorted by due date (as bench/meet.py)
LIJST = {"sorting": [{"sortBy": "dueDate", "sortOrder": "asc"}], "processVariables": [], "taskVariables": []}
PAGINA = 15

# Values a worker picks where a form offers a choice (as reliability/last.py): the ones that keep a trajectory going
VOORKEUR = {"leerroute": "B1", "uitkomst": "GEEN_ACTIE", "boeteArtikel": "GEEN", "resultaat": "VOLDAAN",
            "conclusieOntzorgen": "AFBOUWEN", "actie": "CONTACT_OPGENOMEN"}
GETAL = {"praktijkUren": 40, "participatieUren": 800, "boeteBedrag": 10}
JA = {"examenBehaald", "knmBehaald", "mapAfgerond", "participatieAfgerond"}
NEE = {"uitstroomWerk", "taalvrijwilliger"}


def rangnummer(tijden, p):
    """Nearest-rank percentile of a sorted list."""
    if not tijden:
        return 0.0
    return tijden[max(0, min(len(tijden) - 1, math.ceil(p / 100.0 * len(tijden)) - 1))]


def verdeel(aantal):
    """Spreads `aantal` users over ROLLEN by their weight (Sainte-Laguë), so a small run still mixes the roles."""
    toegewezen = [0] * len(ROLLEN)
    volgorde = []
    for _ in range(aantal):
        i = max(range(len(ROLLEN)), key=lambda r: (ROLLEN[r][3] / (2 * toegewezen[r] + 1), -r))
        toegewezen[i] += 1
        volgorde.append(ROLLEN[i])
    return volgorde


class Run:
    def __init__(self, basis, seconden, seed):
        self.basis = basis
        self.einde = time.time() + seconden
        self.seed = seed
        self.slot = threading.Lock()
        self.tijden = {}          # request type -> [ms]
        self.fouten = {}          # request type -> count
        self.foutregels = []      # the first 20
        self.geweigerd = 0        # claims refused because a colleague has the task
        self.gelijktijdig = 0     # completions refused because a colleague changed the dossier at that moment
        self.afgerond = 0
        self.overgeslagen = 0     # tasks on a page skipped: another simulated user works on them, or had claimed them
        self.bezet = {}           # task id -> simulated user working on it
        self.klaar = set()        # tasks completed in this run
        self.niet_voor = {}       # simulated user -> tasks a colleague had claimed when this user tried

    def verzoek(self, soort, methode, pad, gebruiker, body=None, hal=False):
        kop = {"Authorization": "Basic " + base64.b64encode(f"{gebruiker}:demo".encode()).decode(),
               "Accept": "application/hal+json" if hal else "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            kop["Content-Type"] = "application/json"
        r = urllib.request.Request(self.basis + pad, data=data, method=methode, headers=kop)
        begin = time.perf_counter()
        try:
            with urllib.request.urlopen(r, timeout=120) as antwoord:
                status, inhoud = antwoord.status, antwoord.read()
        except urllib.error.HTTPError as e:
            status, inhoud = e.code, e.read()
        except Exception as e:  # noqa: BLE001 - no answer at all is an error too
            status, inhoud = 0, str(e).encode()
        ms = (time.perf_counter() - begin) * 1000
        with self.slot:
            self.tijden.setdefault(soort, []).append(ms)
        return status, inhoud

    def fout(self, soort, methode, pad, gebruiker, status, inhoud):
        with self.slot:
            self.fouten[soort] = self.fouten.get(soort, 0) + 1
            if len(self.foutregels) < 20:
                self.foutregels.append(f"{soort} {methode} {pad} als {gebruiker}: {status} "
                                       f"{inhoud[:300].decode('utf-8', 'replace')}")

    def json(self, soort, methode, pad, gebruiker, body=None, hal=False):
        """A request whose answer must be 2xx; returns the parsed body or None (and records the error)."""
        status, inhoud = self.verzoek(soort, methode, pad, gebruiker, body, hal)
        if not 200 <= status < 300:
            self.fout(soort, methode, pad, gebruiker, status, inhoud)
            return None
        try:
            return json.loads(inhoud) if inhoud else {}
        except ValueError:
            self.fout(soort, methode, pad, gebruiker, status, b"geen JSON: " + inhoud)
            return None

    def voorbij(self):
        return time.time() >= self.einde

    # ---- one simulated user ----------------------------------------------------------------------------------

    def gebruiker(self, nummer, rol):
        naam, gebruiker, filternaam, _ = rol
        rnd = random.Random(self.seed * 1000 + nummer)
        with self.slot:
            self.niet_voor[nummer] = set()
        groep = GROEP_VAN_GEBRUIKER.get(gebruiker, gebruiker)

        def denk():
            time.sleep(rnd.uniform(0.5, 2.0))
            return not self.voorbij()

        # Users do not all arrive in the same second
        time.sleep(rnd.uniform(0, 2.0))
        while not self.voorbij():
            # Tasklist's sidebar: every filter the user may read, with its count
            filters = self.json("filterlijst met aantallen", "GET",
                                "/engine-rest/filter?resourceType=Task&itemCount=true", gebruiker)
            if filters is None or not denk():
                continue
            gekozen = next((f for f in filters if f.get("name") == filternaam), None)
            if gekozen is None:
                self.fout("filterlijst met aantallen", "GET", "filter " + filternaam, gebruiker, 0,
                          b"filter ontbreekt voor deze gebruiker")
                return
            # Now and then a look at the other filters the role has, as a worker does
            if rnd.random() < 0.2:
                andere = [f for f in filters if f.get("id") != gekozen["id"]]
                if andere:
                    gekozen = rnd.choice(andere)
            # The first page; when colleagues work on every task there, Tasklist loads the next as the user scrolls
            taak = None
            for eerste in range(0, 3 * PAGINA, PAGINA):
                pagina = self.json("filterpagina op vervaldatum" if eerste == 0 else "filter: volgende pagina",
                                   "POST", f"/engine-rest/filter/{gekozen['id']}/list?firstResult={eerste}"
                                   f"&maxResults={PAGINA}", gebruiker, LIJST, hal=True)
                if pagina is None or not denk():
                    break
                taken = (pagina.get("_embedded") or {}).get("task") or []
                taak = self.reserveer(taken, nummer)
                if taak is not None or len(taken) < PAGINA:
                    break
            if taak is None:
                continue
            try:
                self.werk_aan(taak, nummer, gebruiker, groep, rnd, denk)
            finally:
                with self.slot:
                    self.bezet.pop(taak["id"], None)

    def reserveer(self, taken, nummer):
        with self.slot:
            for taak in taken:
                if taak["id"] not in self.bezet and taak["id"] not in self.klaar \
                        and taak["id"] not in self.niet_voor[nummer]:
                    self.bezet[taak["id"]] = nummer
                    return taak
                self.overgeslagen += 1
        return None

    def werk_aan(self, taak, nummer, gebruiker, groep, rnd, denk):
        tid = taak["id"]
        if self.json("taak", "GET", f"/engine-rest/task/{tid}", gebruiker) is None or not denk():
            return
        links = self.json("taak: groepen", "GET", f"/engine-rest/task/{tid}/identity-links", gebruiker)
        if links is None:
            return
        # Tasklist asks which kind of form the task has, then for a Camunda Form its variables and the form itself
        if self.json("taak: formuliersoort", "GET", f"/engine-rest/task/{tid}/form", gebruiker) is None:
            return
        if self.json("taak: formuliervariabelen", "GET", f"/engine-rest/task/{tid}/form-variables",
                     gebruiker) is None:
            return
        formulier = self.json("taak: formulier", "GET", f"/engine-rest/task/{tid}/deployed-form", gebruiker)
        if formulier is None or not denk():
            return
        if rnd.random() < 0.5:
            # The tab "Dossier": the task's dossierId, then the dossier page in a new tab
            variabele = self.json("taak: dossierId", "GET", f"/engine-rest/task/{tid}/variables/dossierId",
                                  gebruiker)
            if variabele is None:
                return
            status, inhoud = self.verzoek("dossierpagina", "GET",
                                          "/dossiers/" + urllib.parse.quote(str(variabele.get("value"))), gebruiker)
            if not 200 <= status < 300:
                self.fout("dossierpagina", "GET", "/dossiers/" + str(variabele.get("value")), gebruiker, status,
                          inhoud)
                return
            if not denk():
                return
        kandidaat = any(l.get("type") == "candidate" and l.get("groupId") == groep for l in links)
        # Most tasks a worker opens are done then; some are only looked at
        if not kandidaat or rnd.random() >= 0.7:
            return
        if taak.get("assignee") != gebruiker:
            status, inhoud = self.verzoek("claim", "POST", f"/engine-rest/task/{tid}/claim", gebruiker,
                                          {"userId": gebruiker})
            # Today the engine's TaskAlreadyClaimedException comes back as a 500; a 409 naming it would be read alike
            if status in (409, 500) and b"TaskAlreadyClaimedException" in inhoud:
                # A colleague has it: this user takes another task from now on
                with self.slot:
                    self.geweigerd += 1
                    self.niet_voor[nummer].add(tid)
                return
            if not 200 <= status < 300:
                self.fout("claim", "POST", f"/engine-rest/task/{tid}/claim", gebruiker, status, inhoud)
                return
            if not denk():
                return
        variabelen = self.invulling(formulier)
        status, inhoud = self.verzoek("afronden (submit-form)", "POST", f"/engine-rest/task/{tid}/submit-form",
                                      gebruiker, {"variables": variabelen})
        # Two colleagues completing tasks of one dossier at the same moment: the second gets 409 "Gelijktijdige
        # wijziging" with nothing stored and reloads, as in Tasklist; counted apart, like a refused claim
        if status == 409 and b"OptimisticLockingException" in inhoud:
            with self.slot:
                self.gelijktijdig += 1
                self.niet_voor[nummer].add(tid)
            return
        if not 200 <= status < 300:
            self.fout("afronden (submit-form)", "POST", f"/engine-rest/task/{tid}/submit-form "
                      + json.dumps(variabelen), gebruiker, status, inhoud)
            return
        with self.slot:
            self.afgerond += 1
            self.klaar.add(tid)

    @staticmethod
    def invulling(formulier):
        """The form's required fields filled as a worker does (as reliability/last.py): a preferred choice or the
        first option, yes, a number, yesterday for a date, a word for text."""
        velden = {}

        def verzamel(onderdeel):
            for c in onderdeel.get("components", []) or []:
                if c.get("key"):
                    velden[c["key"]] = c
                verzamel(c)
        verzamel(formulier if isinstance(formulier, dict) else {})
        gisteren = (dt.date.today() - dt.timedelta(days=1)).isoformat()
        gevuld = {}
        for naam, veld in velden.items():
            if veld.get("readonly") or veld.get("disabled") or not (veld.get("validate") or {}).get("required"):
                continue
            soort = veld.get("type")
            if naam in VOORKEUR:
                gevuld[naam] = {"value": VOORKEUR[naam], "type": "String"}
            elif naam in GETAL or soort == "number":
                gevuld[naam] = {"value": GETAL.get(naam, 10), "type": "Integer"}
            elif naam in JA or naam in NEE or soort == "checkbox":
                gevuld[naam] = {"value": naam not in NEE, "type": "Boolean"}
            elif soort in ("select", "radio"):
                opties = veld.get("values") or []
                if opties:
                    gevuld[naam] = {"value": opties[0]["value"], "type": "String"}
            elif soort == "datetime" or "datum" in naam.lower():
                gevuld[naam] = {"value": gisteren, "type": "String"}
            elif soort in ("textfield", "textarea"):
                gevuld[naam] = {"value": "gedaan", "type": "String"}
        # Tasklist sends every checkbox, ticked or not (its default): a rule may require the answer either way
        for naam, veld in velden.items():
            if veld.get("type") == "checkbox" and naam not in gevuld and not (veld.get("readonly")
                                                                            or veld.get("disabled")):
                gevuld[naam] = {"value": bool(veld.get("defaultValue", False)), "type": "Boolean"}
        return gevuld


def cpu_seconden(pid):
    """User + system CPU seconds of a process so far, from /proc (None where there is no /proc)."""
    if not pid:
        return None
    try:
        with open(f"/proc/{pid}/stat") as f:
            velden = f.read().rsplit(")", 1)[1].split()
        return (int(velden[11]) + int(velden[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def hoogste_heap(gclog):
    """Highest occupancy before a GC in a -Xlog:gc file, MiB (as bench/scale.sh)."""
    hoogste = None
    try:
        with open(gclog) as f:
            for regel in f:
                for deel in regel.split():
                    if "M->" in deel:
                        try:
                            waarde = int(deel.split("M->")[0])
                        except ValueError:
                            continue
                        hoogste = waarde if hoogste is None else max(hoogste, waarde)
    except OSError:
        pass
    return hoogste


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--url", required=True)
    p.add_argument("--gebruikers", type=int, default=50)
    p.add_argument("--seconden", type=int, default=300)
    p.add_argument("--seed", type=int, default=17)
    p.add_argument("--gc-log")
    p.add_argument("--pid")
    a = p.parse_args()
    if not 1 <= a.gebruikers <= 200 or not 1 <= a.seconden <= 3600:
        sys.exit("--gebruikers 1..200 en --seconden 1..3600")
    if urllib.parse.urlparse(a.url).hostname not in ("localhost", "127.0.0.1"):
        sys.exit("alleen loopback: --url http://localhost:<poort>")

    rollen = verdeel(a.gebruikers)
    telling = {}
    for r in rollen:
        telling[r[0]] = telling.get(r[0], 0) + 1
    print(f"{a.gebruikers} gebruikers, {a.seconden} s: " + ", ".join(f"{n} {k}" for k, n in telling.items()))
    run = Run(a.url, a.seconden, a.seed)
    cpu_voor = cpu_seconden(a.pid)
    begin = time.time()
    draden = [threading.Thread(target=run.gebruiker, args=(i, r), daemon=True) for i, r in enumerate(rollen)]
    for t in draden:
        t.start()
    for t in draden:
        t.join()
    duur = time.time() - begin
    cpu_na = cpu_seconden(a.pid)

    alle = []
    print(f"| {'verzoek':<30} | {'aantal':>7} | {'p50 ms':>8} | {'p95 ms':>8} | {'p99 ms':>8} | {'fouten':>6} |")
    print(f"|{'-' * 32}|{'-' * 9}|{'-' * 10}|{'-' * 10}|{'-' * 10}|{'-' * 8}|")
    for soort, tijden in run.tijden.items():
        tijden = sorted(tijden)
        alle.extend(tijden)
        print(f"| {soort:<30} | {len(tijden):7d} | {rangnummer(tijden, 50):8.1f} | {rangnummer(tijden, 95):8.1f} | "
              f"{rangnummer(tijden, 99):8.1f} | {run.fouten.get(soort, 0):6d} |")
    alle.sort()
    fouten = sum(run.fouten.values())
    print(f"| {'alle verzoeken':<30} | {len(alle):7d} | {rangnummer(alle, 50):8.1f} | {rangnummer(alle, 95):8.1f} | "
          f"{rangnummer(alle, 99):8.1f} | {fouten:6d} |")
    print(f"Doorvoer: {len(alle) / duur:.1f} verzoeken/s over {duur:.0f} s; {run.afgerond} taken afgerond; "
          f"{run.geweigerd} claims geweigerd omdat een collega de taak had en {run.gelijktijdig} afrondingen geweigerd "
          f"omdat een collega het dossier op dat moment wijzigde (409, verwacht, geen fout); "
          f"{run.overgeslagen} keer een taak overgeslagen waar een collega aan werkte of die hij al had")
    if cpu_voor is not None and cpu_na is not None and alle:
        # CPU seconds of the app's JVM hardly depend on what else the machine runs, the wall-clock times above do
        print(f"CPU van de app (JVM, zonder PostgreSQL): {cpu_na - cpu_voor:.1f} s in {duur:.0f} s = "
              f"{(cpu_na - cpu_voor) * 1000 / len(alle):.1f} ms per verzoek; load average {open('/proc/loadavg').read().strip()}")
    if run.foutregels:
        print(f"Fouten (de eerste {len(run.foutregels)} van {fouten}):")
        for regel in run.foutregels:
            print("  " + regel)
    heap = hoogste_heap(a.gc_log) if a.gc_log else None
    print(f"Heap: hoogste bezetting voor een GC {heap if heap is not None else '?'} MiB")
    if a.pid:
        try:
            info = subprocess.run(["jcmd", a.pid, "GC.heap_info"], capture_output=True, text=True, timeout=30)
            print("jcmd GC.heap_info aan het eind:")
            for regel in info.stdout.splitlines()[1:]:
                print("  " + regel)
        except (OSError, subprocess.SubprocessError):
            pass
    print(f"RESULT last gebruikers={a.gebruikers} seconden={a.seconden} verzoeken={len(alle)} fouten={fouten} "
          f"p95_ms={rangnummer(alle, 95):.1f} heap_mib={heap if heap is not None else 0}")
    sys.exit(1 if fouten else 0)


if __name__ == "__main__":
    main()
