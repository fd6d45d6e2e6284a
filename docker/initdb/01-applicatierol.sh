#!/usr/bin/env bash
# Runs once, as the superuser, when the database volume is new (docker-entrypoint-initdb.d). The application gets an
# ordinary role that does not own the database or schema public: an owner could drop the append-only event store or
# take its grants back (docs/privacy.md).
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
     -v rol=inburgering -v wachtwoord="$DB_PASSWORD" <<'SQL'
CREATE ROLE :"rol" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'wachtwoord';
CREATE DATABASE inburgering;
\connect inburgering
GRANT CREATE, USAGE ON SCHEMA public TO :"rol";
SQL
