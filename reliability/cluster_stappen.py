#!/usr/bin/env python3
"""Steps of cluster.sh (stdlib only): 1,000 timers due at one moment, and two users completing one task at once
through two different nodes.

  python3 cluster_stappen.py timers --url U1 --url U2 --db DB [--aantal 1000] [--over 90]
  python3 cluster_stappen.py race --url U1 --url U2 [--taken 20]
"""
import argparse
import datetime as dt
import os
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from http_api import verzoek  # noqa: E402
from last import Driver, GEBRUIKER_VAN_GROEP  # noqa: E402


def sql(db, query):
    uit = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-At", "-F", "|", "-c", query],
                         capture_output=True, text=True, check=True)
    return [r.split("|") for r in uit.stdout.strip().splitlines() if r]


def timers(a):
    vervalt = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=a.over)).strftime("%Y-%m-%dT%H:%M:%S")
    print("   %d timers, allemaal op %s UTC, gestart via beide knopen" % (a.aantal, vervalt))
    start = time.time()

    def begin(i):
        body = {"businessKey": "C-%d" % i, "variables": {"vervalt": {"value": vervalt, "type": "String"}}}
        r = verzoek(a.url[i % len(a.url)], "POST", "/engine-rest/process-definition/key/betrouwbaarheidTimer/start",
                    "beheer", body, timeout=120)
        return r.status
    with ThreadPoolExecutor(8) as pool:
        statussen = list(pool.map(begin, range(a.aantal)))
    gestart = statussen.count(200)
    print("   gestart: %d in %.0f s (andere statussen: %s)" % (gestart, time.time() - start,
                                                              sorted(set(statussen) - {200})))
    q_gevuurd = ("SELECT count(*) FROM act_hi_actinst a JOIN act_hi_procinst p ON p.id_ = a.proc_inst_id_ "
                 "WHERE p.business_key_ LIKE 'C-%' AND a.act_id_ = 'Wacht' AND a.end_time_ IS NOT NULL")
    deadline = time.time() + a.over + 600
    gevuurd = 0
    while time.time() < deadline:
        gevuurd = int(sql(a.db, q_gevuurd)[0][0])
        if gevuurd >= gestart and time.time() > start + a.over:
            break
        time.sleep(5)
    time.sleep(10)  # a timer that would fire twice would do so now
    gevuurd = int(sql(a.db, q_gevuurd)[0][0])
    dubbel = int(sql(a.db, "SELECT count(*) FROM (SELECT a.proc_inst_id_ FROM act_hi_actinst a JOIN act_hi_procinst p "
                           "ON p.id_ = a.proc_inst_id_ WHERE p.business_key_ LIKE 'C-%' AND a.act_id_ = 'Wacht' "
                           "AND a.end_time_ IS NOT NULL GROUP BY 1 HAVING count(*) > 1) x")[0][0])
    klaar = int(sql(a.db, "SELECT count(*) FROM act_hi_procinst WHERE business_key_ LIKE 'C-%' "
                          "AND end_act_id_ = 'Einde'")[0][0])
    mislukt = int(sql(a.db, "SELECT count(*) FROM act_hi_job_log WHERE job_state_ = 1 "
                            "AND job_def_type_ LIKE 'timer%'")[0][0])
    per_knoop = sql(a.db, "SELECT hostname_, count(*) FROM act_hi_job_log WHERE job_state_ = 2 "
                          "AND job_def_type_ LIKE 'timer%' GROUP BY 1 ORDER BY 1")
    eerste_laatste = sql(a.db, "SELECT min(a.end_time_), max(a.end_time_) FROM act_hi_actinst a JOIN act_hi_procinst p "
                               "ON p.id_ = a.proc_inst_id_ WHERE p.business_key_ LIKE 'C-%' AND a.act_id_ = 'Wacht'")
    print("   timers gevuurd: %d van %d; meer dan eens: %d; instanties afgerond: %d; mislukte timerjobs: %d"
          % (gevuurd, gestart, dubbel, klaar, mislukt))
    print("   per knoop: %s; eerste/laatste: %s" % (", ".join("%s=%s" % (h, n) for h, n in per_knoop),
                                                   " / ".join(eerste_laatste[0])))
    goed = gestart == a.aantal and gevuurd == a.aantal and dubbel == 0 and klaar == a.aantal and mislukt == 0
    print("   1000 timers precies eens:", "ok" if goed else "FOUT")
    return 0 if goed else 1


def race(a):
    """Opens dossiers, waits for their first task, then completes each task twice at the same moment: once through
    each node. Exactly one may succeed; the other must be a 409 (never a 500)."""
    d = Driver(a.url, a.staat, 1, 7)
    for _ in range(a.taken):
        d.maak_dossier()
    taken = []
    deadline = time.time() + 300
    while len(taken) < len(d.dossiers) and time.time() < deadline:
        taken = []
        for dossier in d.dossiers:
            r = verzoek(a.url[0], "GET", "/engine-rest/task?processInstanceBusinessKey=" + dossier)
            if r.status == 200 and r.json():
                taken.append(r.json()[0])
        time.sleep(3)
    uitkomsten = {}
    for taak in taken:
        links = verzoek(a.url[0], "GET", "/engine-rest/task/%s/identity-links?type=candidate" % taak["id"]).json()
        gebruiker = GEBRUIKER_VAN_GROEP.get(links[0]["groupId"], links[0]["groupId"])
        variabelen = d.alleen_velden(d.variabelen(), a.url[0], taak["id"], gebruiker)
        poort = threading.Barrier(2)
        resultaat = [None, None]

        def rond_af(i):
            poort.wait()
            resultaat[i] = verzoek(a.url[i], "POST", "/engine-rest/task/%s/complete" % taak["id"], gebruiker,
                                   variabelen)
        draden = [threading.Thread(target=rond_af, args=(i,)) for i in (0, 1)]
        for t in draden:
            t.start()
        for t in draden:
            t.join()
        sleutel = tuple(sorted(r.status for r in resultaat))
        uitkomsten[sleutel] = uitkomsten.get(sleutel, 0) + 1
        for r in resultaat:
            if r.status not in (204, 409):
                print("   onverwacht:", r.status, r.body[:200])
    print("   %d taken tegelijk via knoop 1 en knoop 2 afgerond; uitkomsten (status-paren): %s"
          % (len(taken), ", ".join("%s x%d" % (k, n) for k, n in sorted(uitkomsten.items()))))
    goed = len(taken) > 0 and set(uitkomsten) == {(204, 409)}
    print("   een slaagt, de ander 409:", "ok" if goed else "FOUT")
    return 0 if goed else 1


def main():
    p = argparse.ArgumentParser()
    p.add_argument("stap", choices=["timers", "race"])
    p.add_argument("--url", action="append", required=True)
    p.add_argument("--db")
    p.add_argument("--staat", default="/tmp")
    p.add_argument("--aantal", type=int, default=1000)
    p.add_argument("--over", type=int, default=90)
    p.add_argument("--taken", type=int, default=20)
    a = p.parse_args()
    sys.exit(timers(a) if a.stap == "timers" else race(a))


if __name__ == "__main__":
    main()
