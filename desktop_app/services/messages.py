"""The one catalog: words for every code, in English and French: what is wrong, what to do.

Both edges word a refusal or an environment fault from here: the command line in the ledger's
(or the environment's) language, the window in its own current language. Where the window must
say it otherwise (the command line names its commands, the window its menus and lists), its
words are in ``WINDOW``; every other code reads the same at both edges. No Qt here: the
window's own labels go through Qt's translation, its messages do not.
"""

from __future__ import annotations

from string import Formatter
from typing import Any

from desktop_app.domain.errors import CodedError, DomainError, bug_summary, shown_params
from desktop_app.domain.problems import Problem
from desktop_app.services.desk import LANGUAGES

#: Each code's words, one per language of ``LANGUAGES``, in that order.
MESSAGES: dict[str, tuple[str, str]] = {
    "amount.empty": ("no amount given; type an amount such as 100 or 100,50",
                     "aucun montant ; saisissez un montant comme 100 ou 100,50"),
    "amount.malformed": ("'{text}' is not an amount; type digits such as 100, 100.50 or 1 234,56",
                         "« {text} » n'est pas un montant ; saisissez par exemple 100, 100,50 ou 1 234,56"),
    "amount.negative": ("'{text}': amounts cannot be negative",
                        "« {text} » : un montant ne peut pas être négatif"),
    "amount.zero": ("the amount must be more than zero", "le montant doit être supérieur à zéro"),
    "amount.too_precise": ("'{text}' has more than two decimals; amounts are in euros and cents",
                           "« {text} » a plus de deux décimales ; les montants sont en euros et centimes"),
    "amount.too_large": ("'{text}' is above the maximum of {maximum} €; check the amount",
                         "« {text} » dépasse le maximum de {maximum} € ; vérifiez le montant"),
    "amount.ambiguous": ("'{text}' could be {grouped} or {decimal}; type {plain} for the first or {cents} for the second",
                         "« {text} » peut se lire {grouped} ou {decimal} ; saisissez {plain} pour le premier ou {cents} pour le second"),
    "amount.ambiguous_thousands": ("'{text}' could be {grouped}, or {decimal}, which has more than two decimals; type {plain} if you mean {grouped}",
                                   "« {text} » peut se lire {grouped}, ou {decimal}, qui a plus de deux décimales ; saisissez {plain} si vous voulez dire {grouped}"),
    "percent.empty": ("no percentage given; type a number such as 20 or 5,5",
                      "aucun pourcentage ; saisissez un nombre comme 20 ou 5,5"),
    "percent.malformed": ("'{text}' is not a percentage; type a number such as 20, 5.5 or -3,5",
                          "« {text} » n'est pas un pourcentage ; saisissez un nombre comme 20, 5,5 ou -3,5"),
    "percent.too_precise": ("'{text}' has more than two decimals; give the percentage to the hundredth, such as 2.56",
                            "« {text} » a plus de deux décimales ; donnez le pourcentage au centième, par exemple 2,56"),
    "percent.out_of_range": ("'{text}' is outside {minimum} % to {maximum} %",
                             "« {text} » est hors de l'intervalle {minimum} % à {maximum} %"),
    "text.control": ("the text contains a control character ({char}) that cannot be shown; type it again without it",
                     "le texte contient un caractère de contrôle ({char}) qui ne peut pas être affiché ; saisissez-le à nouveau sans ce caractère"),
    "text.bidi": ("the text contains a direction control ({char}) that can make it display differently from what is stored; remove it",
                  "le texte contient un caractère de contrôle de direction ({char}) qui peut le faire afficher autrement qu'il n'est enregistré ; supprimez-le"),
    "text.unusable": ("the text contains {char}, which is not a usable character (unassigned, private-use or a broken surrogate); remove it",
                      "le texte contient {char}, qui n'est pas un caractère utilisable (non attribué, à usage privé ou demi-caractère isolé) ; supprimez-le"),
    "text.too_long": ("the text is longer than {maximum} characters",
                      "le texte dépasse {maximum} caractères"),
    "date.malformed": ("'{text}' is not a date; use YYYY-MM-DD",
                       "« {text} » n'est pas une date ; utilisez AAAA-MM-JJ"),
    "date.out_of_range": ("'{text}' is outside the dates this program takes ({first} to {last})",
                          "« {text} » est hors des dates que ce programme accepte ({first} à {last})"),
    "number.malformed": ("'{text}' is not a whole number; type digits such as 12",
                         "« {text} » n'est pas un nombre entier ; saisissez des chiffres, par exemple 12"),
    "number.out_of_range": ("'{text}' is not between {low} and {high}",
                            "« {text} » n'est pas entre {low} et {high}"),
    "project.unknown": ("no project '{project}'; see `cloud-credit project list`",
                        "aucun projet « {project} » ; voir `cloud-credit project list`"),
    "project.duplicate": ("a project named '{name}' already exists; choose another name",
                          "un projet nommé « {name} » existe déjà ; choisissez un autre nom"),
    "project.name_empty": ("the project needs a name", "le projet doit avoir un nom"),
    "project.name_too_long": ("the name is longer than {maximum} characters",
                              "le nom dépasse {maximum} caractères"),
    "project.name_numeric": ("'{name}' is only digits; a project name needs a letter (ids are numbers)",
                             "« {name} » ne contient que des chiffres ; un nom de projet doit contenir une lettre"),
    "company.name_empty": ("the company name cannot be empty", "le nom de la société ne peut pas être vide"),
    "company.name_too_long": ("the company name is longer than {maximum} characters",
                              "le nom de la société dépasse {maximum} caractères"),
    "company.name_numeric": ("the company name needs a letter", "le nom de la société doit contenir une lettre"),
    "payment_method.name_empty": ("the payment method needs a label", "le moyen de paiement doit avoir un libellé"),
    "payment_method.name_too_long": ("the label is longer than {maximum} characters",
                                     "le libellé dépasse {maximum} caractères"),
    "payment_method.name_numeric": ("the label needs a letter", "le libellé doit contenir une lettre"),
    "payment_method.type": ("unknown payment method type '{type}'; use card, sepa, paypal or transfer",
                            "type de moyen de paiement « {type} » inconnu ; utilisez card, sepa, paypal ou transfer"),
    "payment_method.unknown": ("no payment method {id}", "aucun moyen de paiement {id}"),
    "account.unknown": ("no account '{account}'; use digital_launchpad or loyalty",
                        "aucun compte « {account} » ; utilisez digital_launchpad ou loyalty"),
    "voucher.malformed": ("'{code}' is not a voucher code; a code looks like ABCD-EFGH-JKMN",
                          "« {code} » n'est pas un code de voucher ; un code ressemble à ABCD-EFGH-JKMN"),
    "voucher.mistyped": ("'{code}' has a typo (its check character does not match); check each character",
                         "« {code} » contient une faute de frappe (le caractère de contrôle ne correspond pas) ; vérifiez chaque caractère"),
    "voucher.unknown": ("voucher {code} is unknown; check the code with whoever gave it to you",
                        "le voucher {code} est inconnu ; vérifiez le code auprès de qui vous l'a remis"),
    "voucher.already_used": ("voucher {code} was already redeemed on {on}; a code is used once",
                             "le voucher {code} a déjà été utilisé le {on} ; un code ne sert qu'une fois"),
    "voucher.expired": ("voucher {code} expired on {on}; it can no longer be redeemed",
                        "le voucher {code} a expiré le {on} ; il ne peut plus être utilisé"),
    "voucher.not_yet_valid": ("voucher {code} is valid from {on}; redeem it then",
                              "le voucher {code} est valable à partir du {on} ; utilisez-le à cette date"),
    "voucher.window_empty": ("the voucher must expire after it becomes valid ({valid_from} -> {expires_on})",
                             "le voucher doit expirer après sa date de début ({valid_from} -> {expires_on})"),
    "voucher.count": ("count must be between 1 and {maximum}", "le nombre doit être entre 1 et {maximum}"),
    "voucher.exists": ("code {code} is already in the catalogue", "le code {code} est déjà au catalogue"),
    "import.columns": ("expected code,amount,expires_on[,valid_from][,products]; found {found} columns",
                       "attendu code,montant,expiration[,début][,produits] ; {found} colonnes trouvées"),
    "import.duplicate_in_file": ("code {code} already appears on line {line}",
                                 "le code {code} figure déjà ligne {line}"),
    "import.cannot_read": ("cannot read {path}: {detail}", "impossible de lire {path} : {detail}"),
    "import.not_csv": ("this file is not a CSV of vouchers ({detail}); expected code,amount,expires_on lines",
                       "ce fichier n'est pas un CSV de vouchers ({detail}) ; attendu des lignes code,montant,expiration"),
    "import.not_utf8": ("{path} is not UTF-8 text; save it as CSV UTF-8",
                        "{path} n'est pas du texte UTF-8 ; enregistrez-le en CSV UTF-8"),
    "order.malformed": ("'{number}' is not an order number; they look like PO-2026-00001",
                        "« {number} » n'est pas un numéro de bon de commande ; ils ressemblent à PO-2026-00001"),
    "invoice.malformed": ("'{number}' is not an invoice number; they look like INV-2026-00001",
                          "« {number} » n'est pas un numéro de facture ; ils ressemblent à INV-2026-00001"),
    "credit_note.malformed": ("'{number}' is not a credit note number; they look like CN-2026-00001",
                              "« {number} » n'est pas un numéro d'avoir ; ils ressemblent à CN-2026-00001"),
    "order.unknown": ("no purchase order {number}; see `cloud-credit order list`",
                      "aucun bon de commande {number} ; voir `cloud-credit order list`"),
    "order.already_paid": ("order {number} is already paid", "le bon de commande {number} est déjà payé"),
    "order.cancelled": ("order {number} was cancelled and cannot be paid; buy credit again",
                        "le bon de commande {number} a été annulé et ne peut pas être payé ; achetez à nouveau du crédit"),
    "order.paid_cannot_cancel": ("order {number} is paid and cannot be cancelled: credit is not refundable",
                                 "le bon de commande {number} est payé et ne peut pas être annulé : le crédit n'est pas remboursable"),
    "order.already_cancelled": ("order {number} is already cancelled", "le bon de commande {number} est déjà annulé"),
    "order.paid_before_created": ("order {number} was created on {created}; it cannot be paid on {date}",
                                  "le bon de commande {number} date du {created} ; il ne peut pas être payé le {date}"),
    "order.paid_in_future": ("the payment date {date} is in the future", "la date de paiement {date} est dans le futur"),
    "order.vat_changed": ("the VAT rate is now {rate} %, not the {shown} % shown; nothing was ordered: check the new total and confirm again",
                          "le taux de TVA est maintenant de {rate} %, et non {shown} % comme affiché ; rien n'a été commandé : vérifiez le nouveau total et confirmez à nouveau"),
    "order.status_unknown": ("unknown status '{status}'; use pending, paid or cancelled",
                             "statut « {status} » inconnu ; utilisez pending, paid ou cancelled"),
    "invoice.no_lines": ("an invoice needs at least one line, such as --line compute=120.00",
                         "une facture a besoin d'au moins une ligne, par exemple --line compute=120.00"),
    "invoice.too_many_lines": ("an invoice has at most {maximum} lines", "une facture a au plus {maximum} lignes"),
    "invoice.line_malformed": ("'{line}' is not a line; write PRODUCT=AMOUNT, such as compute=120.00",
                               "« {line} » n'est pas une ligne ; écrivez PRODUIT=MONTANT, par exemple compute=120.00"),
    "invoice.product_invalid": ("'{product}' is not a product name", "« {product} » n'est pas un nom de produit"),
    "invoice.backdated": ("the invoice date {date} is before the project's last invoice ({last}); date it {last} or later",
                          "la date {date} précède la dernière facture du projet ({last}) ; datez-la du {last} ou après"),
    "invoice.future": ("the invoice date {date} is after today ({today}); simulate it instead",
                       "la date {date} est postérieure à aujourd'hui ({today}) ; simulez-la plutôt"),
    "invoice.changed": ("the ledger changed since this invoice was simulated (another program wrote to it); nothing was posted: simulate it again and check the result",
                        "le registre a changé depuis la simulation de cette facture (un autre programme y a écrit) ; rien n'a été comptabilisé : simulez-la à nouveau et vérifiez le résultat"),
    "invoice.before_expiry": ("the invoice date {date} is before {expiry}, when credit of project '{project}' expired unused; an invoice cannot take credit the history counts as lost: date it {expiry} or later",
                              "la date {date} précède le {expiry}, jour où du crédit du projet « {project} » a expiré sans être utilisé ; une facture ne peut pas prendre un crédit compté comme perdu : datez-la du {expiry} ou après"),
    "lot.sort_unknown": ("cannot sort by '{sort}'", "impossible de trier par « {sort} »"),
    "export.unknown": ("nothing called '{what}' to export; use credits, orders or movements",
                       "rien à exporter sous le nom « {what} » ; utilisez credits, orders ou movements"),
    "export.cannot_write": ("cannot write {path}: {detail}", "impossible d'écrire {path} : {detail}"),
    "export.cancelled": ("export cancelled; nothing was written", "export annulé ; rien n'a été écrit"),
    "output.is_ledger": ("{path} is the ledger itself or one of its files; nothing was written: choose another file name",
                         "{path} est le registre lui-même ou l'un de ses fichiers ; rien n'a été écrit : choisissez un autre nom de fichier"),
    "output.is_directory": ("{path} is a folder; nothing was written: give the name of a file",
                            "{path} est un dossier ; rien n'a été écrit : indiquez un nom de fichier"),
    "output.not_a_file": ("{path} is not a regular file (a device, a pipe or a socket); nothing was written: choose a file name",
                          "{path} n'est pas un fichier ordinaire (un périphérique, un tube ou un socket) ; rien n'a été écrit : choisissez un nom de fichier"),
    "output.not_a_folder": ("{path} is a file, not a folder; nothing was written: give a folder (a new one is created)",
                            "{path} est un fichier, pas un dossier ; rien n'a été écrit : indiquez un dossier (un nouveau est créé)"),
    "output.name_too_long": ("the name {path} is too long for the file system (at most {maximum} bytes between two slashes); choose a shorter name",
                             "le nom {path} est trop long pour le système de fichiers (au plus {maximum} octets entre deux barres obliques) ; choisissez un nom plus court"),
    "output.read_only": ("{path} is read-only; nothing was written: choose another file or change its permissions",
                         "{path} est en lecture seule ; rien n'a été écrit : choisissez un autre fichier ou changez ses droits"),
    "output.stdout": ("the output could not be written ({detail}); nothing was changed in the ledger",
                      "la sortie n'a pas pu être écrite ({detail}) ; rien n'a été modifié dans le registre"),
    "output.after_commit": ("the change is recorded in the ledger, but its output could not be written ({detail}); do not run the command again: see `cloud-credit movement list`",
                            "la modification est enregistrée dans le registre, mais sa sortie n'a pas pu être écrite ({detail}) ; ne relancez pas la commande : voir `cloud-credit movement list`"),
    "output.then_refused": ("the change is recorded in the ledger, but then: {detail}",
                            "la modification est enregistrée dans le registre, mais ensuite : {detail}"),
    "backup.same_second": ("{count} backups of {path} were already made this second; try again in a second",
                           "{count} sauvegardes de {path} ont déjà été faites cette seconde ; réessayez dans une seconde"),
    "pdf.cannot_write": ("cannot write the PDF {path}: {detail}", "impossible d'écrire le PDF {path} : {detail}"),
    "setting.unknown": ("no setting '{key}'", "aucun réglage « {key} »"),
    "setting.language": ("language '{language}' is not available; use en or fr",
                         "la langue « {language} » n'est pas disponible ; utilisez en ou fr"),
    "setting.terms_days": ("payment terms must be a whole number of days up to 365",
                           "le délai de paiement doit être un nombre entier de jours, au plus 365"),
    "setting.no_value": ("'{key}' has no value; a setting is written KEY=VALUE, such as vat_rate=20",
                         "« {key} » n'a pas de valeur ; un réglage s'écrit CLÉ=VALEUR, par exemple vat_rate=20"),
    "credit.no_transfer": ("credit cannot be transferred between projects: it belongs to the project it was bought for",
                           "le crédit n'est pas transférable entre projets : il appartient au projet pour lequel il a été acheté"),
    "credit.no_refund": ("credit cannot be refunded: it has no monetary value",
                         "le crédit n'est pas remboursable : il n'a aucune valeur monétaire"),
    "forecast.months": ("a forecast covers 1 to {maximum} months, not {months}",
                        "une prévision couvre de 1 à {maximum} mois, pas {months}"),
    "forecast.no_spend": ("give a monthly spend (--monthly compute=300) or --from-history N",
                          "indiquez une dépense mensuelle (--monthly compute=300) ou --from-history N"),
    "forecast.growth": ("a monthly growth of {growth} % makes no sense; use -99 to 100",
                        "une croissance mensuelle de {growth} % n'a pas de sens ; utilisez -99 à 100"),
    "forecast.history_months": ("history covers 1 to {maximum} months, not {months}",
                                "l'historique couvre de 1 à {maximum} mois, pas {months}"),
    "forecast.no_history": ("project {project} has no posted invoice in the last {months} months; type a monthly spend instead",
                            "le projet {project} n'a aucune facture ces {months} derniers mois ; saisissez une dépense mensuelle"),
    "forecast.too_large": ("at {growth} % growth a month, {product} would cost {amount} € in month {month} of {months} ({date}), above the {maximum} € an invoice line can hold; forecast fewer months or use a smaller growth",
                           "avec une croissance de {growth} % par mois, {product} coûterait {amount} € au mois {month} sur {months} ({date}), au-delà des {maximum} € qu'une ligne de facture peut porter ; prévoyez moins de mois ou une croissance plus faible"),
    "advice.too_large": ("the advisor looks at least 13 months ahead (the life of purchased credit): at {growth} % growth a month, {product} would cost {amount} € in month {month} ({date}), above the {maximum} € an invoice line can hold; use a smaller growth",
                         "le conseiller regarde au moins 13 mois devant lui (la durée de vie du crédit acheté) : avec une croissance de {growth} % par mois, {product} coûterait {amount} € au mois {month} ({date}), au-delà des {maximum} € qu'une ligne de facture peut porter ; utilisez une croissance plus faible"),
    "demo.not_empty": ("this ledger already has projects; use a new file for the demo (--db demo.sqlite3)",
                       "ce registre contient déjà des projets ; utilisez un nouveau fichier pour la démo"),
    "ledger.view_only": ("the ledger is shown as of {as_of}, not today ({today}): nothing can be written on another day; set \"As of\" back to today (the Today button) to write",
                         "le registre est affiché au {as_of}, pas à aujourd'hui ({today}) : rien ne peut être écrit un autre jour ; remettez « Au » à aujourd'hui (bouton Aujourd'hui) pour écrire"),
    "ledger.busy": ("the ledger {path} is busy (another program is writing); try again in a moment",
                    "le registre {path} est occupé (un autre programme écrit) ; réessayez dans un instant"),
    "ledger.read_only": ("the ledger {path} is read-only; copy it somewhere writable or change its permissions",
                         "le registre {path} est en lecture seule ; copiez-le ailleurs ou changez ses droits"),
    "ledger.not_sqlite": ("{path} is not a ledger (not an SQLite file); it was left untouched",
                          "{path} n'est pas un registre (pas un fichier SQLite) ; il n'a pas été modifié"),
    "ledger.foreign": ("{path} is an SQLite file of another program; it was left untouched",
                       "{path} est un fichier SQLite d'un autre programme ; il n'a pas été modifié"),
    "ledger.corrupted": ("the ledger {path} is damaged ({detail}); nothing was written to it. Restore your last backup: a copy made by `cloud-credit backup` (File > Backup now) or the one taken before an upgrade, next to the ledger",
                         "le registre {path} est endommagé ({detail}) ; rien n'y a été écrit. Restaurez votre dernière sauvegarde : une copie faite par `cloud-credit backup` (Fichier > Sauvegarder maintenant) ou celle prise avant une mise à jour, à côté du registre"),
    "ledger.too_new": ("the ledger {path} was written by a newer version (schema {version}, this one reads {supported}); update Cloud Credit Desk",
                       "le registre {path} vient d'une version plus récente (schéma {version}, celle-ci lit {supported}) ; mettez à jour Cloud Credit Desk"),
    "ledger.disk": ("the disk reported an error on the ledger {path} ({detail}); check the disk and that it has free space, then run `cloud-credit check`",
                    "le disque a signalé une erreur sur le registre {path} ({detail}) ; vérifiez le disque et qu'il reste de la place, puis lancez `cloud-credit check`"),
    "ledger.disk_full": ("the disk holding the ledger {path} is full: nothing was written and the ledger is unchanged; free some space on that disk and try again",
                         "le disque du registre {path} est plein : rien n'a été écrit et le registre est inchangé ; libérez de la place sur ce disque et réessayez"),
    "ledger.cannot_open": ("cannot open the ledger {path}: {detail}", "impossible d'ouvrir le registre {path} : {detail}"),
    "ledger.is_directory": ("{path} is a folder; give a ledger file", "{path} est un dossier ; indiquez un fichier"),
    "ledger.is_device": ("{path} is a device, not a file; give the path of a ledger file",
                         "{path} est un périphérique, pas un fichier ; indiquez le chemin d'un fichier registre"),
    "ledger.is_pipe": ("{path} is a named pipe (FIFO), not a file; give the path of a ledger file",
                       "{path} est un tube nommé (FIFO), pas un fichier ; indiquez le chemin d'un fichier registre"),
    "ledger.is_socket": ("{path} is a socket, not a file; give the path of a ledger file",
                         "{path} est une socket, pas un fichier ; indiquez le chemin d'un fichier registre"),
    "ledger.not_a_file": ("{path} is not a regular file; give the path of a ledger file",
                          "{path} n'est pas un fichier ordinaire ; indiquez le chemin d'un fichier registre"),
    "ledger.broken_link": ("{path} is a symbolic link to nothing (or a loop of links); give the path of a ledger file",
                           "{path} est un lien symbolique vers rien (ou une boucle de liens) ; indiquez le chemin d'un fichier registre"),
    "ledger.name_too_long": ("the name {path} is too long for this system (at most 255 bytes per file or folder name); choose a shorter one",
                             "le nom {path} est trop long pour ce système (255 octets au plus par nom de fichier ou de dossier) ; choisissez-en un plus court"),
    "ledger.permission": ("cannot use {path}: permission denied; choose a place you may write to, or change its permissions",
                          "impossible d'utiliser {path} : permission refusée ; choisissez un emplacement où vous pouvez écrire, ou changez ses droits"),
    "ledger.read_only_disk": ("{path} is on a read-only disk; choose a folder you may write to",
                              "{path} est sur un disque en lecture seule ; choisissez un dossier où vous pouvez écrire"),
    "ledger.not_a_folder": ("a part of the path {path} is a file, not a folder; choose another place",
                            "une partie du chemin {path} est un fichier, pas un dossier ; choisissez un autre emplacement"),
    "period.backwards": ("the period ends on {end}, before it starts ({start}); choose an end on or after the start",
                         "la période finit le {end}, avant de commencer ({start}) ; choisissez une fin le jour du début ou après"),
    "period.too_long": ("the period {start} to {end} is longer than {years} years; report on shorter periods",
                        "la période du {start} au {end} dépasse {years} ans ; travaillez sur des périodes plus courtes"),
    "books.account_malformed": ("'{value}' ({setting}) is not an account number: three digits of the French chart first (such as 4091 or 6135), then letters or digits, at most 20 characters",
                                "« {value} » ({setting}) n'est pas un numéro de compte : trois chiffres du plan comptable d'abord (par exemple 4091 ou 6135), puis des lettres ou des chiffres, 20 caractères au plus"),
    "books.account_class": ("'{value}' ({setting}) is not in class {expected} of the French chart; give an account starting with {expected}",
                            "« {value} » ({setting}) n'est pas dans la classe {expected} du plan comptable ; indiquez un compte commençant par {expected}"),
    "books.table_malformed": ("'{text}' in {setting} is not a pair; write NAME=VALUE pairs separated by ';', such as ai=6156; storage=6135",
                              "« {text} » dans {setting} n'est pas une paire ; écrivez des paires NOM=VALEUR séparées par « ; », par exemple ai=6156; storage=6135"),
    "books.aux_malformed": ("'{value}' ({setting}) is not an auxiliary account: at most 20 letters, digits, '-' or '_', such as OVHCLOUD",
                            "« {value} » ({setting}) n'est pas un compte auxiliaire : 20 lettres, chiffres, « - » ou « _ » au plus, par exemple OVHCLOUD"),
    "books.journal_code_malformed": ("'{value}' is not a journal code: 1 to 10 capital letters or digits, such as HA",
                                     "« {value} » n'est pas un code journal : 1 à 10 lettres majuscules ou chiffres, par exemple HA"),
    "credit_note.already_reversed": ("invoice {invoice} is already reversed by credit note {credit_note}; an invoice is reversed once, whole",
                                     "la facture {invoice} est déjà annulée par l'avoir {credit_note} ; une facture s'annule une seule fois, en entier"),
    "credit_note.before_invoice": ("a credit note for invoice {invoice} cannot be dated {date}, before the invoice ({invoice_date}); date it {invoice_date} or later",
                                   "un avoir sur la facture {invoice} ne peut pas être daté du {date}, avant la facture ({invoice_date}) ; datez-le du {invoice_date} ou après"),
    "credit_note.future": ("the credit note's date {date} is after today ({today}); date it today or earlier",
                           "la date de l'avoir, {date}, est après aujourd'hui ({today}) ; datez-le d'aujourd'hui ou avant"),
    "fec.siren_malformed": ("'{siren}' is not a SIREN (nine digits); type the company's SIREN in the account details (buyer) to name the FEC file",
                            "« {siren} » n'est pas un SIREN (neuf chiffres) ; saisissez le SIREN de la société dans les coordonnées (acheteur) pour nommer le fichier FEC"),
    "top_up.already_reversed": ("this top-up is already reversed by credit note {credit_note}",
                                "cet approvisionnement est déjà annulé par l'avoir {credit_note}"),
    "top_up.used": ("this top-up of {amount} € is partly used (the account holds {balance} €); only an unused top-up can be reversed",
                    "cet approvisionnement de {amount} € est en partie utilisé (le compte contient {balance} €) ; seul un approvisionnement inutilisé peut être annulé"),
    "bug.report": ("this is a bug in Cloud Credit Desk, please report it: {summary}",
                   "c'est un bogue de Cloud Credit Desk, merci de le signaler : {summary}"),
    "ledger.no_memory": ("there was not enough memory to use the ledger {path}; close other programs and try again",
                         "la mémoire a manqué pour utiliser le registre {path} ; fermez d'autres programmes et réessayez"),
    "ledger.no_wal": ("the ledger {path} cannot keep its write-ahead log where it is (the journal stays {detail}); copy it to a folder on a local disk",
                      "le registre {path} ne peut pas tenir son journal d'écriture anticipée là où il est (le journal reste {detail}) ; copiez-le dans un dossier d'un disque local"),
    # -- check: what `check` finds wrong with a ledger (domain.problems.Problem), not refusals
    "check.file_cut": ("the file is {size} bytes, not a whole number of {page_size}-byte pages: it was cut short or written over",
                       "le fichier fait {size} octets, pas un nombre entier de pages de {page_size} octets : il a été tronqué ou écrasé"),
    "check.sqlite": ("SQLite reports: {detail}",
                     "SQLite signale : {detail}"),
    "check.foreign_key": ("foreign key: {table} row {row} -> {parent}",
                          "clé étrangère : {table} ligne {row} -> {parent}"),
    "check.lot_totals": ("lot {lot} ({reference}): stored total/used/expired {total}/{used}/{expired} €, movements say {issued}/{rebuilt_used}/{lost} €",
                         "lot {lot} ({reference}) : total/utilisé/expiré enregistrés {total}/{used}/{expired} €, les mouvements disent {issued}/{rebuilt_used}/{lost} €"),
    "check.account_balance": ("account {account}: stored {stored} €, its movements say {rebuilt} €",
                              "compte {account} : enregistré {stored} €, ses mouvements disent {rebuilt} €"),
    "check.invoice_split": ("invoice {invoice}: total {total} €, lines {lines} €, paid by credit {allocated} € and by the payment method {method} €: these do not add up",
                            "facture {invoice} : total {total} €, lignes {lines} €, payée par le crédit {allocated} € et par le moyen de paiement {method} € : le compte n'y est pas"),
    "check.order_lot": ("order {order}: status {status} but lot {lot}",
                        "bon de commande {order} : statut {status} mais lot {lot}"),
    "check.order_lot_total": ("order {order}: its lot {lot} holds another amount than the order",
                              "bon de commande {order} : son lot {lot} n'a pas le montant du bon"),
    "check.order_numbers": ("order numbers of {year}: {count} orders but the last number is {last}",
                            "numéros de bons de commande de {year} : {count} bons mais le dernier numéro est {last}"),
    "check.lot_validity": ("lot {lot}: used outside its validity window",
                           "lot {lot} : utilisé hors de sa période de validité"),
    "check.lot_products": ("lot {lot}: paid more of {invoice} than its products allow",
                           "lot {lot} : a payé plus de {invoice} que ses produits ne le permettent"),
}  # fmt: skip


#: The window's own words for a code, where the command line's name a command or an option
#: (``see `cloud-credit order list```): code: (English, French).
WINDOW: dict[str, tuple[str, str]] = {
    "project.unknown": ("no project '{project}'; it may have been archived or renamed",
                        "aucun projet « {project} » ; il a peut-être été archivé ou renommé"),
    "order.unknown": ("no purchase order {number}; refresh the list of orders",
                      "aucun bon de commande {number} ; actualisez la liste des bons"),
    "invoice.no_lines": ("an invoice needs at least one line with a product and an amount",
                         "une facture a besoin d'au moins une ligne avec un produit et un montant"),
    "invoice.line_malformed": ("'{line}' is not a line; give a product and an amount, such as compute and 120.00",
                               "« {line} » n'est pas une ligne ; indiquez un produit et un montant, par exemple compute et 120,00"),
    "forecast.no_spend": ("give a monthly spend per product, or base the forecast on the history",
                          "indiquez une dépense mensuelle par produit, ou basez la prévision sur l'historique"),
    "output.after_commit": ("the change is recorded in the ledger, but its output could not be written ({detail}); do not run the command again: see the history",
                            "la modification est enregistrée dans le registre, mais sa sortie n'a pas pu être écrite ({detail}) ; ne recommencez pas : voir l'historique"),
    "demo.not_empty": ("this ledger already has projects; use a new file for the demo",
                       "ce registre contient déjà des projets ; utilisez un nouveau fichier pour la démo"),
    "ledger.corrupted": ("the ledger {path} is damaged ({detail}); nothing was written to it. Restore your last backup: a copy made by File > Backup now (or `cloud-credit backup`) or the one taken before an upgrade, next to the ledger",
                         "le registre {path} est endommagé ({detail}) ; rien n'y a été écrit. Restaurez votre dernière sauvegarde : une copie faite par Fichier > Sauvegarder maintenant (ou `cloud-credit backup`) ou celle prise avant une mise à jour, à côté du registre"),
    "ledger.disk": ("the disk reported an error on the ledger {path} ({detail}); check the disk and that it has free space, then use File > Check the ledger",
                    "le disque a signalé une erreur sur le registre {path} ({detail}) ; vérifiez le disque et qu'il reste de la place, puis utilisez Fichier > Vérifier le registre"),
}  # fmt: skip

#: Words for a code that has none here (a test sees to it that every code raised has words).
UNKNOWN_CODE = ("the request was refused ({code})", "la demande a été refusée ({code})")


class _Safe(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def words(code: str, language: str = "en", *, window: bool = False) -> str | None:
    """The template of ``code`` in ``language`` (``fr``, else English), the window's where it
    has its own; None for a code without words."""
    templates = (WINDOW.get(code) if window else None) or MESSAGES.get(code)
    if templates is None:
        return None
    return templates[LANGUAGES.index(language) if language in LANGUAGES else 0]


def describe(error: CodedError, language: str = "en", *, window: bool = False) -> str:
    """One sentence, on one line: what is wrong, and what to do. ``window``: the window's
    words where they differ (see ``WINDOW``).

    Typed text in the parameters is shown with its control characters escaped
    (``domain.errors.shown_params``): a typed newline cannot split the ``error:`` line."""
    template = words(error.code, language, window=window)
    if template is None:
        unknown = UNKNOWN_CODE[LANGUAGES.index(language) if language in LANGUAGES else 0]
        return unknown.format(code=error.code)
    return Formatter().vformat(template, (), _Safe(shown_params(error.params)))


def describe_bug(error: BaseException, language: str = "en") -> str:
    """A bug, on one line: that it is one, and its type and message (``domain.errors.bug_summary``);
    never the words of a refusal."""
    template = words("bug.report", language) or "{summary}"
    return template.format(summary=bug_summary(error))


def describe_problem(problem: Problem, language: str = "en") -> str:
    """What `check` found, in words (``describe``'s catalog and escaping)."""
    return describe(DomainError(problem.code, **problem.params), language)
