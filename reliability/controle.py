#!/usr/bin/env python3
"""Invariant check after a crash or cluster run, straight on the PostgreSQL database (independent of the app),
plus the app's own check (GET /api/beheer/integriteit) when --url is given. Prints the counts; exit 1 when an
invariant fails.

  python3 reliability/controle.py --db inburgering_rel_g [--staat DIR] [--url http://localhost:8086]
"""
import argparse
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from http_api import verzoek  # noqa: E402

# Instant.toString() as HashKeten hashes it: millisecond precision, the fraction left out when it is zero
TIJDSTIP = ("to_char(tijdstip AT TIME ZONE 'UTC','YYYY-MM-DD\"T\"HH24:MI:SS') || CASE WHEN "
            "to_char(tijdstip AT TIME ZONE 'UTC','MS') = '000' THEN '' ELSE '.' || "
            "to_char(tijdstip AT TIME ZONE 'UTC','MS') END || 'Z'")

CONTROLES = [
    ("dossiers (DossierAangemaakt)", "SELECT count(*) FROM gebeurtenis WHERE volgnummer = 1 AND type = 'DossierAangemaakt'", None),
    ("gebeurtenissen", "SELECT count(*) FROM gebeurtenis", None),
    ("dossiers met een gat of dubbel volgnummer", """
        SELECT count(*) FROM (SELECT dossier_id FROM gebeurtenis GROUP BY dossier_id
        HAVING min(volgnummer) <> 1 OR max(volgnummer) <> count(*) OR count(DISTINCT volgnummer) <> count(*)) x""", 0),
    ("gebeurtenissen met gebroken hashketen", """
        WITH g AS (SELECT *, lag(hash) OVER (PARTITION BY dossier_id ORDER BY volgnummer) AS vorige,
                          %s AS ts FROM gebeurtenis)
        SELECT count(*) FROM g WHERE vorige_hash <> coalesce(vorige, repeat('0', 64))
           OR hash <> encode(sha256(convert_to(concat_ws(chr(31), vorige_hash, dossier_id, volgnummer::text, type,
                                                         data, ts, actor), 'UTF8')), 'hex')""" % TIJDSTIP, 0),
    ("afgeronde trajecttaken", """
        SELECT count(*) FROM act_hi_taskinst WHERE proc_def_key_ = 'inburgeringstraject'
        AND end_time_ IS NOT NULL AND delete_reason_ = 'completed'""", None),
    ("afgeronde taken zonder gebeurtenis", """
        WITH ev AS (SELECT DISTINCT data::jsonb->>'taakId' AS taak FROM gebeurtenis WHERE data::jsonb ? 'taakId')
        SELECT count(*) FROM act_hi_taskinst t LEFT JOIN ev ON ev.taak = t.id_
        WHERE t.proc_def_key_ = 'inburgeringstraject' AND t.end_time_ IS NOT NULL AND t.delete_reason_ = 'completed'
          AND ev.taak IS NULL""", 0),
    ("taken met meer dan een gebeurtenis", """
        SELECT count(*) FROM (SELECT data::jsonb->>'taakId' FROM gebeurtenis WHERE data::jsonb ? 'taakId'
        GROUP BY 1 HAVING count(*) > 1) x""", 0),
    ("taakgebeurtenissen zonder afgeronde taak (geen engine-wijziging)", """
        SELECT count(*) FROM gebeurtenis g WHERE g.data::jsonb ? 'taakId' AND NOT EXISTS (
          SELECT 1 FROM act_hi_taskinst t WHERE t.id_ = g.data::jsonb->>'taakId' AND t.end_time_ IS NOT NULL
          AND t.delete_reason_ = 'completed')""", 0),
    ("open dossiers (projectie)", "SELECT count(*) FROM dossier WHERE status = 'OPEN'", None),
    ("lopende trajecten", """
        SELECT count(*) FROM act_ru_execution e JOIN act_re_procdef d ON d.id_ = e.proc_def_id_
        WHERE e.parent_id_ IS NULL AND e.id_ = e.proc_inst_id_ AND d.key_ = 'inburgeringstraject'""", None),
    ("open dossiers zonder precies een lopend (of regulier beeindigd) traject", """
        WITH lopend AS (SELECT e.business_key_ bk, count(*) n FROM act_ru_execution e
                        JOIN act_re_procdef d ON d.id_ = e.proc_def_id_
                        WHERE e.id_ = e.proc_inst_id_ AND d.key_ = 'inburgeringstraject' GROUP BY 1),
             hist AS (SELECT business_key_ bk, count(*) n,
                             count(*) FILTER (WHERE end_time_ IS NOT NULL AND end_act_id_ IS NOT NULL) klaar
                      FROM act_hi_procinst WHERE proc_def_key_ = 'inburgeringstraject' GROUP BY 1)
        SELECT count(*) FROM dossier d LEFT JOIN lopend l ON l.bk = d.dossier_id LEFT JOIN hist h ON h.bk = d.dossier_id
        WHERE d.status = 'OPEN' AND (coalesce(h.n, 0) <> 1 OR NOT (coalesce(l.n, 0) = 1 OR h.klaar = 1))""", 0),
    ("dossiers zonder projectierij of met achterlopende versie", """
        SELECT count(*) FROM (SELECT dossier_id, max(volgnummer) v FROM gebeurtenis
          WHERE dossier_id IN (SELECT dossier_id FROM gebeurtenis WHERE volgnummer = 1 AND type = 'DossierAangemaakt')
          GROUP BY 1) g LEFT JOIN dossier d ON d.dossier_id = g.dossier_id
        WHERE d.dossier_id IS NULL OR d.versie <> g.v""", 0),
    ("geslaagde jobs", "SELECT count(*) FROM act_hi_job_log WHERE job_state_ = 2", None),
    ("gevuurde timers", "SELECT count(*) FROM act_hi_job_log WHERE job_state_ = 2 AND job_def_type_ LIKE 'timer%'", None),
    ("jobs (timers, stappen) die meer dan eens slaagden", """
        SELECT count(*) FROM (SELECT job_id_ FROM act_hi_job_log WHERE job_state_ = 2
        AND job_def_type_ <> 'history-cleanup' GROUP BY 1 HAVING count(*) > 1) x""", 0),
    ("timer-instanties waarvan de timer niet precies eens afging", """
        SELECT count(*) FROM act_hi_procinst p WHERE p.proc_def_key_ = 'betrouwbaarheidTimer' AND p.end_time_ IS NOT NULL
        AND (SELECT count(*) FROM act_hi_actinst a WHERE a.proc_inst_id_ = p.id_ AND a.act_id_ = 'Wacht'
             AND a.end_time_ IS NOT NULL) <> 1""", 0),
    ("vervallen jobs die nog wachten (verloren timers of stappen)", """
        SELECT count(*) FROM act_ru_job WHERE retries_ > 0 AND suspension_state_ = 1
        AND (duedate_ IS NULL OR duedate_ <= now())
        AND handler_type_ <> 'history-cleanup'""", 0),
    ("open incidenten", "SELECT count(*) FROM act_ru_incident", 0),
]


def sql(db, query):
    uit = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-At", "-F", "|",
                          "-v", "ON_ERROR_STOP=1", "-c", query], capture_output=True, text=True)
    if uit.returncode != 0:
        raise SystemExit("psql: " + uit.stderr)
    return [r.split("|") for r in uit.stdout.strip().splitlines() if r]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True)
    p.add_argument("--staat")
    p.add_argument("--url")
    p.add_argument("--zonder-vervallen-jobs", action="store_true",
                   help="skip the 'due jobs still waiting' check (a copy of the database without a running node)")
    a = p.parse_args()
    mislukt = []
    for naam, query, verwacht in CONTROLES:
        if a.zonder_vervallen_jobs and naam.startswith("vervallen jobs"):
            continue
        waarde = int(sql(a.db, query)[0][0])
        oordeel = "" if verwacht is None else ("ok" if waarde == verwacht else "FOUT")
        print("  %-72s %8d %s" % (naam, waarde, oordeel))
        if oordeel == "FOUT":
            mislukt.append(naam)

    if a.staat:
        gezien = [json.loads(r) for r in open(os.path.join(a.staat, "gezien.jsonl")) if r.strip()]
        dossiers = {g["dossierId"]: g["bsn"] for g in gezien if g["soort"] == "dossier"}
        taken = {g["taakId"] for g in gezien if g["soort"] == "taak"}
        timers = {g["sleutel"] for g in gezien if g["soort"] == "timer"}
        in_db = {r[0]: r[1] for r in sql(a.db, "SELECT dossier_id, data::jsonb->>'bsn' FROM gebeurtenis "
                                                 "WHERE volgnummer = 1 AND type = 'DossierAangemaakt'")}
        per_bsn = {}
        for dossier_id, bsn in in_db.items():
            per_bsn.setdefault(bsn, []).append(dossier_id)
        afgerond = {r[0] for r in sql(a.db, "SELECT id_ FROM act_hi_taskinst WHERE end_time_ IS NOT NULL "
                                              "AND delete_reason_ = 'completed'")}
        timer_db = {}
        for r in sql(a.db, "SELECT business_key_ FROM act_hi_procinst WHERE proc_def_key_ = 'betrouwbaarheidTimer'"):
            timer_db[r[0]] = timer_db.get(r[0], 0) + 1
        verloren_d = [d for d, bsn in dossiers.items() if in_db.get(d) != bsn]
        verloren_t = [t for t in taken if t not in afgerond]
        verloren_timers = [t for t in timers if t not in timer_db]
        dubbel_d = [b for b, ids in per_bsn.items() if len(ids) > 1]
        dubbel_timers = [t for t in timers if timer_db.get(t, 0) > 1]
        print("  client: %d dossiers (201 of 409 na herhaling), %d taken (204), %d timers gezien"
              % (len(dossiers), len(taken), len(timers)))
        print("  verloren: %d dossiers, %d taken, %d timers; dubbel: %d BSN's met twee dossiers, %d timers"
              % (len(verloren_d), len(verloren_t), len(verloren_timers), len(dubbel_d), len(dubbel_timers)))
        lost = len(verloren_d) + len(verloren_t) + len(verloren_timers)
        dup = len(dubbel_d) + len(dubbel_timers)
        print("Lost: %d, duplicated: %d" % (lost, dup))
        if lost or dup:
            mislukt.append("lost/duplicated")
            print("  voorbeelden:", verloren_d[:3], verloren_t[:3], verloren_timers[:3], dubbel_d[:3])

    if a.url:
        r = verzoek(a.url, "GET", "/api/beheer/integriteit", "beheer", timeout=300)
        body = r.json() or {}
        print("  GET /api/beheer/integriteit: status %s, heel=%s, tellingen=%s"
              % (r.status, body.get("heel"), json.dumps(body.get("tellingen"))))
        if r.status != 200 or body.get("heel") is not True:
            mislukt.append("integriteit")
            print("  bevindingen:", json.dumps(body.get("bevindingen"))[:2000])

    if mislukt:
        print("INVARIANTEN GESCHONDEN:", ", ".join(mislukt))
        sys.exit(1)
    print("Alle invarianten gelden.")


if __name__ == "__main__":
    main()
