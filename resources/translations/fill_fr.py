"""Fill the French .ts from this table (run after pyside6-lupdate; then pyside6-lrelease).

Messages (refusal codes) reuse the French of desktop_app/services/messages.py where the
English is the same; the few reworded for the window are translated here.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop_app.services.messages import MESSAGES  # noqa: E402

FR: dict[str, str] = {
    # account
    "Account balances": "Soldes du compte",
    "Digital LaunchPad:": "Digital LaunchPad :",
    "Loyalty account:": "Compte fidélité :",
    "Top up": "Créditer",
    "amount": "montant",
    "Shared by every project: an invoice uses them after vouchers and purchased credit, before the payment method.": "Partagés par tous les projets : une facture les utilise après les vouchers et le crédit acheté, avant le moyen de paiement.",
    "Payment methods (the default one pays the rest)": "Moyens de paiement (celui par défaut règle le reste)",
    "label, such as Visa •••• 4242": "libellé, par exemple Visa •••• 4242",
    "Add": "Ajouter",
    "Make default": "Définir par défaut",
    "Seller (on purchase orders)": "Vendeur (sur les bons de commande)",
    "Buyer: your company": "Acheteur : votre société",
    "Name:": "Nom :",
    "Address:": "Adresse :",
    "SIREN:": "SIREN :",
    "VAT number:": "N° de TVA :",
    "Email:": "E-mail :",
    "Settings": "Réglages",
    "VAT rate (%):": "Taux de TVA (%) :",
    "Language:": "Langue :",
    "Save details": "Enregistrer",
    "Saved.": "Enregistré.",
    # voucher
    "Add a voucher": "Ajouter un voucher",
    "Project:": "Projet :",
    "Voucher &code:": "&Code du voucher :",
    "Add voucher": "Ajouter le voucher",
    "Type the code as written on the voucher; dashes are optional.": "Saisissez le code tel qu'il est écrit sur le voucher ; les tirets sont facultatifs.",
    "%1 of %2 characters typed.": "%1 caractères saisis sur %2.",
    "Not a voucher code: codes have 12 letters and digits.": "Ce n'est pas un code de voucher : un code a 12 lettres et chiffres.",
    "Typo: the check character does not match. Check each character.": "Faute de frappe : le caractère de contrôle ne correspond pas. Vérifiez chaque caractère.",
    "The code is well formed.": "Le code est bien formé.",
    # buy
    "Buy Public Cloud credit": "Acheter du crédit Public Cloud",
    "&Amount in euros excl. VAT:": "&Montant en euros HT :",
    "VAT (%1):": "TVA (%1) :",
    "Total incl. VAT:": "Total TTC :",
    "A pending purchase order is created with its PDF. The credit appears in the credits & vouchers list once the order is marked paid, and expires 13 months after payment.": "Un bon de commande en attente est créé avec son PDF. Le crédit apparaît dans la liste des crédits & vouchers une fois le bon payé, et expire 13 mois après le paiement.",
    "Create purchase order": "Créer le bon de commande",
    "Open PDF": "Ouvrir le PDF",
    "Save a copy…": "Enregistrer une copie…",
    "Close": "Fermer",
    "Purchase order %1 was created: %2 excl. VAT, %3 incl. VAT. The credit appears once the order is marked paid (tab Purchase orders).": "Le bon de commande %1 a été créé : %2 HT, %3 TTC. Le crédit apparaît une fois le bon marqué payé (onglet Bons de commande).",
    "No program could open %1.": "Aucun programme n'a pu ouvrir %1.",
    "A copy was saved as %1.": "Une copie a été enregistrée sous %1.",
    # export, files
    "Writing the CSV file…": "Écriture du fichier CSV…",
    "Cancel": "Annuler",
    "Export": "Export",
    "Save a copy of the purchase order": "Enregistrer une copie du bon de commande",
    "PDF documents (*.pdf)": "Documents PDF (*.pdf)",
    # history
    "Movement:": "Mouvement :",
    "Period": "Période",
    "Newest first": "Plus récents d'abord",
    "Export CSV…": "Exporter en CSV…",
    "All movements": "Tous les mouvements",
    "All projects": "Tous les projets",
    "%1 movement(s)": "%1 mouvement(s)",
    "Export the history": "Exporter l'historique",
    "CSV files (*.csv)": "Fichiers CSV (*.csv)",
    # invoice
    "Product": "Produit",
    "Amount excl. VAT": "Montant HT",
    "Invoice &date:": "&Date de la facture :",
    "Invoice lines (amounts excl. VAT)": "Lignes de facture (montants HT)",
    "Who pays what, in the order applied": "Qui paie quoi, dans l'ordre appliqué",
    "Add line": "Ajouter une ligne",
    "Remove line": "Supprimer la ligne",
    "Simulate": "Simuler",
    "Post invoice…": "Comptabiliser la facture…",
    "(choose a project on the left)": "(choisissez un projet à gauche)",
    "Total %1 excl. VAT: %2 from credit and accounts, %3 excl. VAT left to pay.": "Total %1 HT : %2 pris sur le crédit et les comptes, %3 HT restant à payer.",
    "Posted as invoice %1.": "Comptabilisée sous le numéro %1.",
    "Post this invoice of %1 excl. VAT dated %2 on %3? Credit and balances are used as shown; this cannot be undone.": "Comptabiliser cette facture de %1 HT datée du %2 sur %3 ? Le crédit et les soldes sont utilisés comme indiqué ; c'est définitif.",
    "Post invoice": "Comptabiliser la facture",
    "Export the simulation": "Exporter la simulation",
    # lots
    "Kind": "Type",
    "Reference": "Référence",
    "Description": "Description",
    "Total": "Total",
    "Used": "Utilisé",
    "Expired": "Expiré",
    "Available": "Disponible",
    "Valid from": "Valable du",
    "Expires on": "Expire le",
    "Status": "Statut",
    "Expires in %1 day(s)": "Expire dans %1 jour(s)",
    "Only for: %1": "Uniquement pour : %1",
    # main window
    "&File": "&Fichier",
    "&Credit": "&Crédit",
    "&View": "&Affichage",
    "Open &recent": "Ouvrir un fichier &récent",
    "&New ledger…": "&Nouveau registre…",
    "&Open ledger…": "&Ouvrir un registre…",
    "&Backup now": "&Sauvegarder maintenant",
    "Check the ledger": "Vérifier le registre",
    "&Quit": "&Quitter",
    "&Buy credit…": "&Acheter du crédit…",
    "Add a &voucher…": "Ajouter un &voucher…",
    "&Simulate an invoice": "&Simuler une facture",
    "&Export CSV…": "&Exporter en CSV…",
    "&Refresh": "Actualise&r",
    "Projects": "Projets",
    "Add…": "Ajouter…",
    "Rename…": "Renommer…",
    "Show archived projects": "Afficher les projets archivés",
    "Search a reference or description": "Rechercher une référence ou une description",
    "Show exhausted and expired": "Afficher épuisés et expirés",
    "Buy credit…": "Acheter du crédit…",
    "Add a voucher…": "Ajouter un voucher…",
    "Highlighted: expires within 30 days": "Surligné : expire dans les 30 jours",
    "Credits && vouchers": "Crédits && vouchers",
    "Purchase orders": "Bons de commande",
    "Invoice simulation": "Simulation de facture",
    "History": "Historique",
    "Account": "Compte",
    "As of:": "Au :",
    "%1 — Cloud Credit Desk": "%1 — Cloud Credit Desk",
    "New ledger": "Nouveau registre",
    "Ledgers (*.sqlite3);;All files (*)": "Registres (*.sqlite3);;Tous les fichiers (*)",
    "Open a ledger": "Ouvrir un registre",
    "Backup written to %1": "Sauvegarde écrite dans %1",
    "The ledger is sound: every balance matches its movements.": "Le registre est sain : chaque solde correspond à ses mouvements.",
    "Problems found:": "Problèmes trouvés :",
    "Not today: balances and expiries are shown as of this date.": "Pas aujourd'hui : soldes et expirations sont calculés à cette date.",
    "The date balances and expiries are computed for.": "La date à laquelle soldes et expirations sont calculés.",
    "Restore": "Restaurer",
    "Archive": "Archiver",
    "Export CSV": "Exporter en CSV",
    "Exported to %1": "Exporté dans %1",
    "No project selected": "Aucun projet sélectionné",
    "%1: %2 available": "%1 : %2 disponibles",
    "Nothing expires": "Aucune expiration",
    "Next expiry: %1": "Prochaine expiration : %1",
    "Digital LaunchPad: %1": "Digital LaunchPad : %1",
    "Loyalty: %1": "Fidélité : %1",
    # movements
    "Date": "Date",
    "Movement": "Mouvement",
    "Project": "Projet",
    "Amount": "Montant",
    "Invoice": "Facture",
    "Note": "Note",
    "(account)": "(compte)",
    # names
    "Voucher": "Voucher",
    "Credit": "Crédit",
    "Active": "Actif",
    "Exhausted": "Épuisé",
    "Not yet valid": "Pas encore valable",
    "Pending": "En attente",
    "Paid": "Payé",
    "Cancelled": "Annulé",
    "Digital LaunchPad": "Digital LaunchPad",
    "Loyalty account": "Compte fidélité",
    "Voucher redeemed": "Voucher utilisé",
    "Order paid": "Bon de commande payé",
    "Used by an invoice": "Utilisé par une facture",
    "Lost at expiry": "Perdu à l'expiration",
    "Account top-up": "Crédit de compte",
    "Order cancelled": "Bon de commande annulé",
    "Adjustment": "Ajustement",
    "Card": "Carte",
    "SEPA direct debit": "Prélèvement SEPA",
    "PayPal": "PayPal",
    "Bank transfer": "Virement bancaire",
    # orders
    "Number": "Numéro",
    "VAT": "TVA",
    "Amount incl. VAT": "Montant TTC",
    "Created on": "Créé le",
    "Paid or cancelled on": "Payé ou annulé le",
    "give a monthly spend per product, or base the forecast on the history": "indiquez une dépense mensuelle par produit, ou basez la prévision sur l'historique",
    "Show:": "Afficher :",
    "All orders": "Tous les bons",
    "Mark paid…": "Marquer payé…",
    "Cancel order…": "Annuler le bon…",
    "Save PDF as…": "Enregistrer le PDF sous…",
    "Cancel purchase order %1 (%2 incl. VAT)? Its number stays, marked cancelled.": "Annuler le bon de commande %1 (%2 TTC) ? Son numéro reste, marqué annulé.",
    "Cancel purchase order": "Annuler le bon de commande",
    "Mark order paid": "Marquer le bon payé",
    "Order %1, %2 incl. VAT. The credit expires 13 months after payment.": "Bon de commande %1, %2 TTC. Le crédit expire 13 mois après le paiement.",
    "Payment &date:": "&Date de paiement :",
    "Mark paid": "Marquer payé",
    "Type": "Type",
    "Label": "Libellé",
    "Default": "Par défaut",
    "Yes": "Oui",
    "New project": "Nouveau projet",
    "Rename project": "Renommer le projet",
    "&Name:": "&Nom :",
    "&Description:": "&Description :",
    " (archived)": " (archivé)",
    "Step": "Étape",
    "Paid from": "Payé par",
    "Lot": "Lot",
    "Excl. VAT": "HT",
    "Incl. VAT": "TTC",
    "(no payment method registered)": "(aucun moyen de paiement enregistré)",
    "Payment method": "Moyen de paiement",
    # messages not in services/messages.py
    "the request was refused ({code})": "la demande a été refusée ({code})",
    "Refused": "Refusé",
    "Ledger problem": "Problème de registre",
    "Unexpected error": "Erreur inattendue",
    "Something went wrong inside Cloud Credit Desk. Nothing half-written was kept in the ledger. Please copy the details below and send them to your support.": "Une erreur interne s'est produite dans Cloud Credit Desk. Rien d'écrit à moitié n'a été gardé dans le registre. Copiez les détails ci-dessous et envoyez-les à votre support.",
    "no project '{project}'; it may have been archived or renamed": "aucun projet « {project} » ; il a peut-être été archivé ou renommé",
    "no purchase order {number}; refresh the list of orders": "aucun bon de commande {number} ; actualisez la liste des bons",
    "an invoice needs at least one line with a product and an amount": "une facture a besoin d'au moins une ligne avec un produit et un montant",
    "'{line}' is not a line; give a product and an amount, such as compute and 120.00": "« {line} » n'est pas une ligne ; indiquez un produit et un montant, par exemple compute et 120,00",
    "this ledger already has projects; use a new file for the demo": "ce registre contient déjà des projets ; utilisez un nouveau fichier pour la démo",
    # expiry notice and status bar
    "Dismiss": "Masquer",
    "Hide this notice; the status bar keeps the count and shows it again.": "Masquer cet avis ; la barre d'état garde le décompte et le réaffiche.",
    "Within %1 days: %2 lot(s), %3 left.": "Sous %1 jours : %2 lot(s), %3 restants.",
    "Credit about to expire": "Crédit bientôt expiré",
    "Within %1 days:": "Sous %1 jours :",
    "%1 lot(s), %2 left": "%1 lot(s), %2 restants",
    "none": "aucun",
    "expires on %1": "expire le %1",
    "%1 left": "%1 restants",
    "…and %1 more: sort a project's lots by expiry to see them.": "…et %1 autres : triez les lots d'un projet par date d'expiration pour les voir.",
    "%1 lot(s) expire within 30 days": "%1 lot(s) expirent sous 30 jours",
    "Click to show the notice.": "Cliquez pour afficher l'avis.",
    # invoice simulation: PDF and chart
    "Export PDF…": "Exporter en PDF…",
    "Export the simulation as PDF": "Exporter la simulation en PDF",
    "PDF saved as %1.": "PDF enregistré sous %1.",
    "Simulate the invoice to see who pays how much.": "Simulez la facture pour voir qui paie combien.",
    "Split, excl. VAT": "Répartition HT",
    "Open": "Ouvrir",
    # voucher import
    "&Import voucher codes…": "&Importer des codes de vouchers…",
    "Import voucher codes": "Importer des codes de vouchers",
    "Voucher import": "Import de vouchers",
    "Line": "Ligne",
    "Why it was refused": "Motif du refus",
    "%1 code(s) imported from %2.": "%1 code(s) importé(s) depuis %2.",
    "%1 line(s) refused, listed below; the other lines were imported.": "%1 ligne(s) refusée(s), listée(s) ci-dessous ; les autres lignes ont été importées.",
    "CSV files (*.csv);;All files (*)": "Fichiers CSV (*.csv);;Tous les fichiers (*)",
    "Reading the voucher codes…": "Lecture des codes de vouchers…",
    "Import cancelled: no code was imported.": "Import annulé : aucun code n'a été importé.",
}
# Same source text, different sense by context.
BY_CONTEXT: dict[tuple[str, str], str] = {
    ("OrdersView", "Paid"): "Payés",
    ("OrdersView", "Pending"): "En attente",
    ("OrdersView", "Cancelled"): "Annulés",
    ("Names", "Expired"): "Expiré",
}


def main(path: Path) -> int:
    english_to_french = {en: fr for en, fr in MESSAGES.values()}
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            text = BY_CONTEXT.get((name, source)) or FR.get(source) or english_to_french.get(source)
            translation = message.find("translation")
            assert translation is not None
            if text is None:
                missing.append(f"{name}: {source}")
                continue
            translation.text = text
            translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    for item in missing:
        print("missing:", item)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("cloud_credit_desk_fr.ts")))
