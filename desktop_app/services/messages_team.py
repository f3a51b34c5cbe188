"""The words of the team ledger's codes (a PostgreSQL server, ``ledger copy``), English and
French: part of the one catalog (``messages.MESSAGES``), kept apart for its size."""

from __future__ import annotations

TEAM_MESSAGES: dict[str, tuple[str, str]] = {
    "check.lot_left": (
        "lot {lot}: what the server keeps of what is left of it differs from the lot",
        "lot {lot} : ce que le serveur garde de son reste diffère du lot",
    ),
    "ledger.cannot_connect": (
        "cannot reach the ledger {path}: {detail}; check the server's address, the database's name and your password in ~/.pgpass (never in the URL)",
        "impossible de joindre le registre {path} : {detail} ; vérifiez l'adresse du serveur, le nom de la base et votre mot de passe dans ~/.pgpass (jamais dans l'URL)",
    ),
    "ledger.connection_lost": (
        "the connection to the ledger {path} was lost ({detail}); nothing half-written was kept; try again (it reconnects)",
        "la connexion au registre {path} a été perdue ({detail}) ; rien n'a été écrit à moitié ; réessayez (la connexion est refaite)",
    ),
    "ledger.reconnecting": (
        "the connection to the ledger {path} is lost and being made again in the background; nothing was written; try again in a moment",
        "la connexion au registre {path} est perdue et se refait en arrière-plan ; rien n'a été écrit ; réessayez dans un instant",
    ),
    "ledger.not_initialised": (
        "the server ledger {path} has schema {version}, this program needs {supported}: its administrator runs `cloud-credit --db URL ledger init` once",
        "le registre serveur {path} a le schéma {version}, ce programme a besoin du {supported} : son administrateur lance une fois `cloud-credit --db URL ledger init`",
    ),
    "ledger.no_driver": (
        "{path} is a PostgreSQL ledger, and the PostgreSQL driver is not installed: pip install 'cloud-credit-desk[postgres]'",
        "{path} est un registre PostgreSQL, et le pilote PostgreSQL n'est pas installé : pip install 'cloud-credit-desk[postgres]'",
    ),
    "ledger.copy_not_empty": (
        "the ledger {target} is not empty; a copy goes only to a new, empty ledger (nothing was written)",
        "le registre {target} n'est pas vide ; une copie ne va que dans un registre neuf et vide (rien n'a été écrit)",
    ),
    "ledger.copy_same": (
        "{target} is the ledger itself; copy it to another place",
        "{target} est le registre lui-même ; copiez-le ailleurs",
    ),
    "ledger.backup_needs_file": (
        "a server ledger {path} is backed up by its server (pg_dump); to copy it to a file, give that file (--output FILE.sqlite3)",
        "un registre serveur {path} est sauvegardé par son serveur (pg_dump) ; pour le copier dans un fichier, indiquez ce fichier (--output FICHIER.sqlite3)",
    ),
    "ledger.bad_url": (
        "{path} is not an address libpq can read ({detail}); write postgresql://user@host/database or service=name",
        "{path} n'est pas une adresse que libpq sait lire ({detail}) ; écrivez postgresql://utilisateur@hôte/base ou service=nom",
    ),
    "ledger.not_server_url": (
        "a server ledger is written postgresql://user@host/database or service=name (the password in ~/.pgpass, never typed here)",
        "un registre serveur s'écrit postgresql://utilisateur@hôte/base ou service=nom (le mot de passe dans ~/.pgpass, jamais saisi ici)",
    ),
    "ledger.open_cancelled": (
        "opening {path} was cancelled: the ledger was not opened",
        "l'ouverture de {path} a été annulée : le registre n'a pas été ouvert",
    ),
    "ledger.other_scheme": (
        "the address {scheme}://… is not a ledger this program opens; a ledger is a file's path, a server ledger postgresql://user@host/database or service=name",
        "l'adresse {scheme}://… n'est pas un registre que ce programme ouvre ; un registre est le chemin d'un fichier, un registre serveur postgresql://utilisateur@hôte/base ou service=nom",
    ),
}
