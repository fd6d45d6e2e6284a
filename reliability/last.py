#!/usr/bin/env python3
"""Load driver for crash.sh and cluster.sh (stdlib only).

Creates dossiers (POST /api/dossiers as casusregisseur), completes their tasks through /engine-rest as the user of
the task's candidate group, starts timer instances and moves the simulation clock, from several threads at once.
It keeps going while the server dies and comes back: a request without an answer is retried with the SAME content
(same BSN, same task), so a stored-but-unanswered request shows up as 409, never as a second dossier.

Everything the server confirmed is appended to <state>/gezien.jsonl; crash.sh compares it with the database.
Stops when <state>/stop exists.
"""
import argparse
import datetime as dt
import json
import os
import random
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from http_api import verzoek  # noqa: E402

GEMEENTEN = ["WOERDEN", "OUDEWATER", "MONTFOORT", "BODEGRAVEN_REEUWIJK"]
DOELGROEPEN = ["ASIELSTATUSHOUDER", "NAREIZIGER", "GEZINSMIGRANT", "OVERIGE_MIGRANT"]
GEBRUIKER_VAN_GROEP = {"fermwerk-casusregie": "casusregisseur", "fermwerk-teamleider": "teamleider"}


class Driver:
    def __init__(self, basis, staat, werkers, seed):
        self.basis = basis if isinstance(basis, list) else [basis]
        self.staat = staat
        self.werkers = werkers
        self.rnd = random.Random(seed)
        self.slot = threading.Lock()
        self.bsns = set()
        self.dossiers = []
        self.teller = {"dossier_201": 0, "dossier_409_na_herhaling": 0, "taak_204": 0, "taak_409": 0,
                       "timer_gestart": 0, "klok_verzet": 0, "geen_antwoord": 0, "formulier_onleesbaar": 0,
                       "onverwacht": 0}
        self.log = open(os.path.join(staat, "gezien.jsonl"), "a", buffering=1)
        self.fouten = open(os.path.join(staat, "onverwacht.log"), "a", buffering=1)
        self.klok = None

    def url(self):
        return self.rnd.choice(self.basis)

    def stoppen(self):
        return os.path.exists(os.path.join(self.staat, "stop"))

    def tel(self, sleutel):
        with self.slot:
            self.teller[sleutel] += 1

    def noteer(self, regel):
        with self.slot:
            self.log.write(json.dumps(regel) + "\n")

    def onverwacht(self, wat, antwoord):
        self.tel("onverwacht")
        self.fouten.write("%s %s %s %s\n" % (time.strftime("%H:%M:%S"), wat, antwoord.status, antwoord.body[:300]))

    def nieuw_bsn(self):
        while True:
            cijfers = [self.rnd.randint(1, 9)] + [self.rnd.randint(0, 9) for _ in range(7)]
            som = sum(c * (9 - i) for i, c in enumerate(cijfers))
            laatste = som % 11
            if laatste == 10:
                continue
            bsn = "".join(map(str, cijfers)) + str(laatste)
            with self.slot:
                if bsn not in self.bsns:
                    self.bsns.add(bsn)
                    return bsn

    @staticmethod
    def datum(dagen_terug):
        return (dt.date.today() - dt.timedelta(days=dagen_terug)).isoformat()

    def herhaal(self, doe, wat):
        """Runs doe() until it gets an HTTP answer; a server that is down is waited for."""
        for poging in range(600):
            antwoord = doe()
            if antwoord.status not in (0, 502, 503):
                return antwoord
            self.tel("geen_antwoord")
            if self.stoppen() and poging > 5:
                return antwoord
            time.sleep(0.5)
        return antwoord

    # ---- actions ---------------------------------------------------------------------------------------------

    def maak_dossier(self):
        doelgroep = self.rnd.choice(DOELGROEPEN)
        koppeling = {"bsn": self.nieuw_bsn(), "naam": "Belasting %d" % self.rnd.randint(1, 10 ** 6),
                     "geboortedatum": "1990-05-17", "doelgroep": doelgroep, "gemeente": self.rnd.choice(GEMEENTEN),
                     "datumKoppeling": self.datum(5),
                     "uitkering": False if doelgroep == "GEZINSMIGRANT" else self.rnd.random() < 0.5}
        eerste = [True]

        def doe():
            a = verzoek(self.url(), "POST", "/api/dossiers", "casusregisseur", koppeling)
            if a.status == 0:
                eerste[0] = False
            return a
        a = self.herhaal(doe, "dossier")
        body = a.json() or {}
        if a.status == 201:
            self.tel("dossier_201")
            self.noteer({"soort": "dossier", "dossierId": body["dossierId"], "bsn": koppeling["bsn"]})
            with self.slot:
                self.dossiers.append(body["dossierId"])
        elif a.status == 409 and not eerste[0] and body.get("dossierId"):
            # Stored before the crash, the answer was lost: the retry finds it
            self.tel("dossier_409_na_herhaling")
            self.noteer({"soort": "dossier", "dossierId": body["dossierId"], "bsn": koppeling["bsn"], "herhaald": True})
            with self.slot:
                self.dossiers.append(body["dossierId"])
        elif a.status != 0:
            self.onverwacht("dossier", a)

    def variabelen(self):
        gisteren = self.datum(1)
        waarden = {"leerroute": self.rnd.choice(["B1", "Z", "ONDERWIJS"]), "uitkomst": "GEEN_ACTIE",
                   "boeteArtikel": "GEEN", "resultaat": "VOLDAAN", "conclusieOntzorgen": "AFBOUWEN",
                   "actie": "CONTACT_OPGENOMEN"}
        v = {k: {"value": w, "type": "String"} for k, w in waarden.items()}
        for naam in ["datumOverdracht", "datumToets", "datumBredeIntake", "pipDatum", "datumRegeldag",
                     "datumInschrijving", "datumAanvraag", "datumBudgetbeheer", "datumStart", "datumPvt", "datumMap",
                     "datumVoorstel", "datumAfronding", "datumBijstelling", "datumInzet",
                     "datumOverdrachtNieuweGemeente"]:
            v[naam] = {"value": gisteren, "type": "String"}
        # The hours a MAP (40) and a Z-route's participation (800) need before they may be closed
        v["praktijkUren"] = {"value": 40, "type": "Integer"}
        v["participatieUren"] = {"value": 800, "type": "Integer"}
        v["boeteBedrag"] = {"value": 10, "type": "Integer"}
        for naam in ["examenBehaald", "knmBehaald", "mapAfgerond", "participatieAfgerond"]:
            v[naam] = {"value": True, "type": "Boolean"}
        v["uitstroomWerk"] = {"value": False, "type": "Boolean"}
        v["taalvrijwilliger"] = {"value": False, "type": "Boolean"}
        return {"variables": v}

    def alleen_velden(self, variabelen, basis, taak_id, gebruiker):
        """Keeps the fields the task's own form asks for (the engine refuses any other variable, 403) and fills its
        other required fields the way a worker would: the first option of a choice, yes, a number, yesterday."""
        a = self.herhaal(lambda: verzoek(basis, "GET", "/engine-rest/task/%s/deployed-form" % taak_id, gebruiker),
                         "formulier")
        velden = {}

        def verzamel(onderdeel):
            for c in onderdeel.get("components", []):
                if c.get("key"):
                    velden[c["key"]] = c
                verzamel(c)
        if a.status != 200 or not isinstance(a.json(), dict):
            # Without its form the driver cannot know the required fields; a worker would not submit blind either
            return None
        verzamel(a.json())
        gevuld = {k: w for k, w in variabelen["variables"].items() if k in velden}
        for naam, veld in velden.items():
            if naam in gevuld or veld.get("readonly") or veld.get("disabled") \
                    or not (veld.get("validate") or {}).get("required"):
                continue
            waarde = self.verplichte_waarde(naam, veld)
            if waarde is not None:
                gevuld[naam] = waarde
        return {"variables": gevuld}

    def verplichte_waarde(self, naam, veld):
        soort = veld.get("type")
        if soort in ("select", "radio"):
            opties = veld.get("values") or []
            return {"value": opties[0]["value"], "type": "String"} if opties else None
        if soort == "checkbox":
            return {"value": True, "type": "Boolean"}
        if soort == "number":
            return {"value": 10, "type": "Integer"}
        if soort == "datetime" or "datum" in naam.lower():
            return {"value": self.datum(1), "type": "String"}
        if soort in ("textfield", "textarea"):
            return {"value": "gedaan", "type": "String"}
        return None

    def rond_taak_af(self):
        with self.slot:
            if not self.dossiers:
                return
            dossier = self.rnd.choice(self.dossiers)
        a = self.herhaal(lambda: verzoek(self.url(), "GET", "/engine-rest/task?processInstanceBusinessKey=" + dossier),
                         "taken")
        taken = a.json() if a.status == 200 else None
        if not taken:
            return
        taak = self.rnd.choice(taken)
        a = self.herhaal(lambda: verzoek(self.url(), "GET", "/engine-rest/task/%s/identity-links?type=candidate"
                                         % taak["id"]), "links")
        links = a.json() if a.status == 200 else None
        if not links:
            return
        groep = links[0].get("groupId")
        gebruiker = GEBRUIKER_VAN_GROEP.get(groep, groep)
        variabelen = self.alleen_velden(self.variabelen(), self.url(), taak["id"], gebruiker)
        if variabelen is None:
            self.tel("formulier_onleesbaar")
            return
        a = self.herhaal(lambda: verzoek(self.url(), "POST", "/engine-rest/task/%s/complete" % taak["id"], gebruiker,
                                         variabelen), "afronden")
        if a.status == 204:
            self.tel("taak_204")
            self.noteer({"soort": "taak", "taakId": taak["id"], "dossierId": dossier})
        elif a.status == 409:
            # Completed meanwhile (by another thread, or by our own attempt whose answer was lost)
            self.tel("taak_409")
        elif a.status in (403, 404):
            pass  # the task moved on (another thread completed it and the next one is someone else's)
        elif a.status != 0:
            self.onverwacht("afronden " + taak.get("taskDefinitionKey", "?"), a)

    def start_timer(self, vervalt, sleutel):
        body = {"businessKey": sleutel, "variables": {"vervalt": {"value": vervalt, "type": "String"}}}
        for _ in range(600):
            a = verzoek(self.url(), "POST", "/engine-rest/process-definition/key/betrouwbaarheidTimer/start",
                        "beheer", body)
            if a.status == 200:
                self.tel("timer_gestart")
                self.noteer({"soort": "timer", "sleutel": sleutel})
                return True
            if a.status == 0:
                self.tel("geen_antwoord")
                time.sleep(0.5)
                # Started before the crash? Then not again: one instance per key
                h = verzoek(self.url(), "GET", "/engine-rest/history/process-instance?processInstanceBusinessKey="
                            + sleutel)
                if h.status == 200 and h.json():
                    self.tel("timer_gestart")
                    self.noteer({"soort": "timer", "sleutel": sleutel, "herhaald": True})
                    return True
                continue
            self.onverwacht("timer", a)
            return False
        return False

    def server_klok(self):
        a = verzoek(self.url(), "GET", "/api/simulatie/klok")
        if a.status == 200:
            return dt.datetime.fromisoformat(a.json()["nu"].replace("Z", "+00:00"))
        return None

    # ---- loops -----------------------------------------------------------------------------------------------

    def werker(self, nummer):
        rnd = random.Random(nummer)
        teller = 0
        while not self.stoppen():
            keuze = rnd.random()
            try:
                if keuze < 0.35:
                    self.maak_dossier()
                elif keuze < 0.9:
                    self.rond_taak_af()
                else:
                    teller += 1
                    vervalt = (self.klok or dt.datetime.now(dt.timezone.utc)) + dt.timedelta(seconds=20)
                    self.start_timer(vervalt.strftime("%Y-%m-%dT%H:%M:%S"), "T-%d-%d-%d" % (os.getpid(), nummer, teller))
            except Exception as e:  # noqa: BLE001 - the driver must outlive anything the server does
                self.fouten.write("driver %s\n" % e)

    def klokwerk(self, stap_seconden, dag_elke):
        laatst = time.time()
        while not self.stoppen():
            nu = self.server_klok()
            if nu is not None:
                if self.klok is None or nu > self.klok:
                    self.klok = nu
                doel = self.klok
                if time.time() - laatst > dag_elke:
                    doel = self.klok + dt.timedelta(days=1)
                    laatst = time.time()
                if doel > nu:
                    # After a restart the engine clock is real time again: set it back to where the simulation was
                    a = verzoek(self.url(), "POST", "/api/simulatie/klok", "beheer",
                                {"naar": doel.strftime("%Y-%m-%dT%H:%M:%SZ")}, timeout=300)
                    if a.status == 200:
                        self.klok = doel
                        self.tel("klok_verzet")
            time.sleep(stap_seconden)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--url", action="append", required=True)
    p.add_argument("--staat", required=True)
    p.add_argument("--werkers", type=int, default=4)
    p.add_argument("--klok-dag-elke", type=float, default=10.0, help="move the simulated clock a day every N s")
    p.add_argument("--geen-klok", action="store_true")
    p.add_argument("--seed", type=int, default=42)
    a = p.parse_args()
    d = Driver(a.url, a.staat, a.werkers, a.seed)
    draden = [threading.Thread(target=d.werker, args=(i,), daemon=True) for i in range(a.werkers)]
    if not a.geen_klok:
        draden.append(threading.Thread(target=d.klokwerk, args=(2.0, a.klok_dag_elke), daemon=True))
    for t in draden:
        t.start()
    for t in draden:
        t.join()
    with open(os.path.join(a.staat, "teller.json"), "w") as f:
        json.dump(d.teller, f)
    print("driver:", json.dumps(d.teller))


if __name__ == "__main__":
    main()
