<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountView</name>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="181" />
        <source>Account balances</source>
        <extracomment>What each field (and ``vat_rate``) last showed from the ledger: a field the user has changed since is kept on refresh, and only changed fields are saved.</extracomment>
        <translation>Soldes du compte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="182" />
        <source>Digital LaunchPad:</source>
        <translation>Digital LaunchPad :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="183" />
        <source>Loyalty account:</source>
        <translation>Compte fidélité :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="184" />
        <location filename="../../desktop_app/ui/account/view.py" line="185" />
        <source>Top up</source>
        <translation>Créditer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="186" />
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="191" />
        <source>Shared by every project: an invoice uses them after vouchers and purchased credit, before the payment method.</source>
        <translation>Partagés par tous les projets : une facture les utilise après les vouchers et le crédit acheté, avant le moyen de paiement.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="195" />
        <source>Payment methods (the default one pays the rest)</source>
        <translation>Moyens de paiement (celui par défaut règle le reste)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="201" />
        <source>label, such as Visa •••• 4242</source>
        <translation>libellé, par exemple Visa •••• 4242</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="202" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="203" />
        <source>Make default</source>
        <translation>Définir par défaut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="204" />
        <source>Seller (on purchase orders)</source>
        <translation>Vendeur (sur les bons de commande)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="205" />
        <source>Buyer: your company</source>
        <translation>Acheteur : votre société</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="207" />
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="208" />
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="209" />
        <source>SIREN:</source>
        <translation>SIREN :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="210" />
        <source>VAT number:</source>
        <translation>N° de TVA :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="211" />
        <source>Email:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="215" />
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="216" />
        <source>VAT rate (%):</source>
        <translation>Taux de TVA (%) :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="217" />
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="218" />
        <source>Save details</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="333" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>AddVoucherDialog</name>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="249" />
        <source>Add a voucher</source>
        <translation>Ajouter un voucher</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="250" />
        <source>Project:</source>
        <translation>Projet :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="251" />
        <source>Voucher &amp;code:</source>
        <translation>&amp;Code du voucher :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="253" />
        <source>Add voucher</source>
        <translation>Ajouter le voucher</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="266" />
        <source>Type the code as written on the voucher; dashes are optional.</source>
        <translation>Saisissez le code tel qu'il est écrit sur le voucher ; les tirets sont facultatifs.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="268" />
        <source>%1 of %2 characters typed.</source>
        <translation>%1 caractères saisis sur %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="271" />
        <source>Not a voucher code: codes have 12 letters and digits.</source>
        <translation>Ce n'est pas un code de voucher : un code a 12 lettres et chiffres.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="274" />
        <source>Typo: the check character does not match. Check each character.</source>
        <translation>Faute de frappe : le caractère de contrôle ne correspond pas. Vérifiez chaque caractère.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="277" />
        <source>The code is well formed.</source>
        <translation>Le code est bien formé.</translation>
    </message>
</context>
<context>
    <name>AdvicePanel</name>
    <message>
        <location filename="../../desktop_app/ui/forecast/advice.py" line="74" />
        <source>Purchase advice</source>
        <extracomment>Purchases of the plan shown without scrolling.</extracomment>
        <translation>Conseil d'achat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/advice.py" line="75" />
        <source>Prepare this purchase order…</source>
        <translation>Préparer ce bon de commande…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/advice.py" line="76" />
        <source>Show the forecast with these purchases</source>
        <translation>Afficher la prévision avec ces achats</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/advice.py" line="93" />
        <source>No purchase is needed: the credit covers the %1 months.</source>
        <translation>Aucun achat n'est nécessaire : le crédit couvre les %1 mois.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/advice.py" line="105" />
        <source>Any purchase today would be partly lost: the credit already covers the next 13 months.</source>
        <translation>Tout achat aujourd'hui serait en partie perdu : le crédit couvre déjà les 13 prochains mois.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/advice.py" line="110" />
        <source>Largest purchase today that is never lost: &lt;b&gt;%1 excl. VAT&lt;/b&gt; (%2 incl. VAT), valid until %3.</source>
        <translation>Le plus gros achat possible aujourd'hui sans rien perdre : &lt;b&gt;%1 HT&lt;/b&gt; (%2 TTC), valable jusqu'au %3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/advice.py" line="124" />
        <source>To cover the %1 months with nothing bought lost, buy:</source>
        <translation>Pour couvrir les %1 mois sans rien perdre du crédit acheté, acheter :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/advice.py" line="139" />
        <source>With this plan the payment method pays %1 excl. VAT, and %2 of the credit bought is lost.</source>
        <translation>Avec ce plan, le moyen de paiement règle %1 HT, et %2 du crédit acheté est perdu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/advice.py" line="144" />
        <source>With this plan the payment method pays %1 excl. VAT, and none of the credit bought is lost.</source>
        <translation>Avec ce plan, le moyen de paiement règle %1 HT, et rien du crédit acheté n'est perdu.</translation>
    </message>
</context>
<context>
    <name>AsOfBar</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/as_of.py" line="62" />
        <source>&amp;As of:</source>
        <extracomment>Not today: the date in the palette's highlight (no colour of our own: dark themes, high contrast), bold, with a warning icon and words beside it.</extracomment>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/as_of.py" line="63" />
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/as_of.py" line="64" />
        <source>View only</source>
        <translation>Consultation seule</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/as_of.py" line="88" />
        <source>Not today: balances and expiries are shown as of this date.</source>
        <translation>Pas aujourd'hui : soldes et expirations sont calculés à cette date.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/as_of.py" line="92" />
        <source>Back to today, where the ledger can be written</source>
        <translation>Revenir à aujourd'hui, où le registre peut être modifié</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/as_of.py" line="95" />
        <source>The date balances and expiries are computed for.</source>
        <translation>La date à laquelle soldes et expirations sont calculés.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/as_of.py" line="96" />
        <source>Already today</source>
        <translation>Déjà aujourd'hui</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <location filename="../../desktop_app/ui/forecast/chart.py" line="132" />
        <source>€ excl. VAT</source>
        <extracomment>The window's own frame: grid lines and axis labels. A single month is drawn as a flat band this wide each side of it. What the tests and the tooltips read: series by role.</extracomment>
        <translation>€ HT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/chart.py" line="147" />
        <source>Lost to expiry</source>
        <translation>Perdu à l'expiration</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/chart.py" line="149" />
        <source>Advised purchase</source>
        <translation>Achat conseillé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/chart.py" line="152" />
        <source>Credit runs out (%1)</source>
        <translation>Crédit épuisé (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/chart.py" line="263" />
        <source>After the invoice of %1:</source>
        <translation>Après la facture du %1 :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/chart.py" line="265" />
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/chart.py" line="271" />
        <source>Lost to expiry by %1: %2</source>
        <translation>Perdu à l'expiration au %1 : %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/chart.py" line="277" />
        <source>…and %1 more</source>
        <translation>…et %1 de plus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/chart.py" line="298" />
        <source>Advised purchase on %1: %2 excl. VAT</source>
        <translation>Achat conseillé le %1 : %2 HT</translation>
    </message>
</context>
<context>
    <name>BuyCreditDialog</name>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="122" />
        <source>Buy Public Cloud credit</source>
        <translation>Acheter du crédit Public Cloud</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="123" />
        <source>Project:</source>
        <translation>Projet :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="124" />
        <source>&amp;Amount in euros excl. VAT:</source>
        <translation>&amp;Montant en euros HT :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="126" />
        <source>VAT (%1):</source>
        <translation>TVA (%1) :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="127" />
        <source>Total incl. VAT:</source>
        <translation>Total TTC :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="130" />
        <source>A pending purchase order is created with its PDF. The credit appears in the credits &amp; vouchers list once the order is marked paid, and expires 13 months after payment.</source>
        <translation>Un bon de commande en attente est créé avec son PDF. Le crédit apparaît dans la liste des crédits &amp; vouchers une fois le bon payé, et expire 13 mois après le paiement.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="136" />
        <source>Create purchase order</source>
        <translation>Créer le bon de commande</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="137" />
        <source>Open PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="138" />
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="139" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="178" />
        <source>Purchase order %1 was created: %2 excl. VAT, %3 incl. VAT. The credit appears once the order is marked paid (tab Purchase orders).</source>
        <translation>Le bon de commande %1 a été créé : %2 HT, %3 TTC. Le crédit apparaît une fois le bon marqué payé (onglet Bons de commande).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="187" />
        <source>No program could open %1.</source>
        <translation>Aucun programme n'a pu ouvrir %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="203" />
        <source>A copy was saved as %1.</source>
        <translation>Une copie a été enregistrée sous %1.</translation>
    </message>
</context>
<context>
    <name>CreditsView</name>
    <message>
        <location filename="../../desktop_app/ui/credits/view.py" line="101" />
        <source>&amp;Buy credit…</source>
        <translation>&amp;Acheter du crédit…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/view.py" line="102" />
        <source>Add a &amp;voucher…</source>
        <translation>Ajouter un &amp;voucher…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/view.py" line="103" />
        <source>&amp;Import voucher codes…</source>
        <translation>&amp;Importer des codes de vouchers…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/view.py" line="104" />
        <source>Search a reference or description</source>
        <translation>Rechercher une référence ou une description</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/view.py" line="105" />
        <source>Show exhausted and expired</source>
        <translation>Afficher épuisés et expirés</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/view.py" line="106" />
        <source>Buy credit…</source>
        <translation>Acheter du crédit…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/view.py" line="107" />
        <source>Add a voucher…</source>
        <translation>Ajouter un voucher…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/view.py" line="109" />
        <source>Highlighted: expires within %1 days</source>
        <translation>Surligné : expire dans les %1 jours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/view.py" line="178" />
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/view.py" line="180" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ExpiryBanner</name>
    <message>
        <location filename="../../desktop_app/ui/credits/expiry_banner.py" line="103" />
        <source>Dismiss</source>
        <extracomment>The two horizons of the notice, in days. Lots listed by name; the rest are counted.</extracomment>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/expiry_banner.py" line="105" />
        <source>Hide this notice; the status bar keeps the count and shows it again.</source>
        <translation>Masquer cet avis ; la barre d'état garde le décompte et le réaffiche.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/expiry_banner.py" line="137" />
        <location filename="../../desktop_app/ui/credits/expiry_banner.py" line="140" />
        <source>Within %1 days: %2 lot(s), %3 left.</source>
        <translation>Sous %1 jours : %2 lot(s), %3 restants.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/expiry_banner.py" line="150" />
        <source>Credit about to expire</source>
        <translation>Crédit bientôt expiré</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/expiry_banner.py" line="151" />
        <location filename="../../desktop_app/ui/credits/expiry_banner.py" line="152" />
        <source>Within %1 days:</source>
        <translation>Sous %1 jours :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/expiry_banner.py" line="153" />
        <source>%1 lot(s), %2 left</source>
        <translation>%1 lot(s), %2 restants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/expiry_banner.py" line="157" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/expiry_banner.py" line="171" />
        <source>expires on %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/expiry_banner.py" line="174" />
        <source>%1 left</source>
        <translation>%1 restants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/expiry_banner.py" line="184" />
        <source>…and %1 more: sort a project's lots by expiry to see them.</source>
        <translation>…et %1 autres : triez les lots d'un projet par date d'expiration pour les voir.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/progress.py" line="53" />
        <source>Writing the CSV file…</source>
        <translation>Écriture du fichier CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/progress.py" line="54" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/progress.py" line="55" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="54" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="55" />
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="56" />
        <source>&amp;New ledger…</source>
        <translation>&amp;Nouveau registre…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="57" />
        <source>&amp;Open ledger…</source>
        <translation>&amp;Ouvrir un registre…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="58" />
        <source>&amp;Backup now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="59" />
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="128" />
        <source>Check the ledger</source>
        <translation>Vérifier le registre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="60" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="69" />
        <source>New ledger</source>
        <translation>Nouveau registre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="71" />
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="80" />
        <source>Ledgers (*.sqlite3);;All files (*)</source>
        <translation>Registres (*.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="78" />
        <source>Open a ledger</source>
        <translation>Ouvrir un registre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="113" />
        <source>Backup written to %1</source>
        <translation>Sauvegarde écrite dans %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="125" />
        <source>The ledger is sound: every balance matches its movements.</source>
        <translation>Le registre est sain : chaque solde correspond à ses mouvements.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="127" />
        <source>Problems found:</source>
        <translation>Problèmes trouvés :</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/documents.py" line="25" />
        <source>Save a copy of the purchase order</source>
        <translation>Enregistrer une copie du bon de commande</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/documents.py" line="26" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ForecastInputs</name>
    <message>
        <location filename="../../desktop_app/ui/forecast/inputs.py" line="107" />
        <source>Monthly spend per product (excl. VAT)</source>
        <translation>Consommation mensuelle par produit (HT)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/inputs.py" line="108" />
        <source>Add line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/inputs.py" line="109" />
        <source>Remove line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/inputs.py" line="110" />
        <source>Average of the last</source>
        <translation>Moyenne des</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/inputs.py" line="111" />
        <source> months</source>
        <translation> derniers mois</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/inputs.py" line="112" />
        <source>Fill from history</source>
        <translation>Reprendre l'historique</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/inputs.py" line="114" />
        <source>The monthly average per product of the project's posted invoices over the last complete calendar months.</source>
        <translation>La moyenne mensuelle par produit des factures comptabilisées du projet sur les derniers mois civils complets.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/inputs.py" line="117" />
        <source>&amp;Growth per month:</source>
        <translation>&amp;Croissance par mois :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/inputs.py" line="120" />
        <source>Negative for a spend that shrinks.</source>
        <translation>Négative pour une consommation qui baisse.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/inputs.py" line="121" />
        <source>&amp;Months to forecast:</source>
        <translation>&amp;Mois à prévoir :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/inputs.py" line="123" />
        <source>Compute forecast</source>
        <translation>Calculer la prévision</translation>
    </message>
</context>
<context>
    <name>ForecastTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="74" />
        <source>Invoice of</source>
        <translation>Facture du</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="75" />
        <source>Total excl. VAT</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="76" />
        <source>Credit &amp; vouchers</source>
        <translation>Crédit et vouchers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="77" />
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="78" />
        <source>Payment excl. VAT</source>
        <translation>Paiement HT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="79" />
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="80" />
        <source>Payment incl. VAT</source>
        <translation>Paiement TTC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="81" />
        <source>Lost to expiry</source>
        <translation>Perdu à l'expiration</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="82" />
        <source>Balance left</source>
        <translation>Solde restant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="83" />
        <source>Advised purchase</source>
        <translation>Achat conseillé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="100" />
        <source>Each month's invoice, dated as the first one (today).</source>
        <translation>La facture de chaque mois, datée comme la première (aujourd'hui).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="101" />
        <source>Paid by vouchers and purchased credit, soonest expiry first.</source>
        <translation>Réglé par les vouchers et le crédit acheté, le plus proche de l'expiration d'abord.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="103" />
        <source>Paid by the Digital LaunchPad and loyalty accounts. They are shared by every project: the forecast lets this project use all of them.</source>
        <translation>Réglé par les comptes Digital LaunchPad et fidélité. Ils sont partagés par tous les projets : la prévision les laisse entièrement à ce projet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="106" />
        <source>What the default payment method pays, excl. VAT.</source>
        <translation>Ce que règle le moyen de paiement par défaut, HT.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="107" />
        <source>The VAT on what the payment method pays.</source>
        <translation>La TVA sur ce que règle le moyen de paiement.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="108" />
        <source>What the default payment method pays, incl. VAT.</source>
        <translation>Ce que règle le moyen de paiement par défaut, TTC.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="109" />
        <source>Credit left in lots that expire this month: lost.</source>
        <translation>Crédit restant dans les lots qui expirent ce mois-ci : perdu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="110" />
        <source>What every source holds after this month's invoice.</source>
        <translation>Ce que détient chaque source après la facture du mois.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="111" />
        <source>A purchase of the advisor's plan, made this month.</source>
        <translation>Un achat du plan conseillé, fait ce mois-ci.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="128" />
        <source>The first invoice the payment method pays part of.</source>
        <translation>La première facture dont le moyen de paiement règle une partie.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="146" />
        <source>%1, expires on %2: %3</source>
        <translation>%1, expire le %2 : %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="160" />
        <source>…and %1 more</source>
        <translation>…et %1 de plus</translation>
    </message>
</context>
<context>
    <name>ForecastView</name>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="47" />
        <source>Vouchers</source>
        <extracomment>Lots listed in a cell's tooltip before "and N more". The chart's red and blue (one table, shared with the PDF), for the same things in the table and the summary; the rest are the panel's own.</extracomment>
        <translation>Vouchers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="48" />
        <source>Purchased credit</source>
        <translation>Crédit acheté</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="49" />
        <source>Digital LaunchPad</source>
        <translation>Digital LaunchPad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="50" />
        <source>Loyalty account</source>
        <translation>Compte fidélité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/view.py" line="113" />
        <source>Project:</source>
        <extracomment>(project id, amount excl. VAT): the main window opens its buy-credit dialog with it.</extracomment>
        <translation>Projet :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/view.py" line="115" />
        <location filename="../../desktop_app/ui/forecast/view.py" line="148" />
        <location filename="../../desktop_app/ui/forecast/view.py" line="155" />
        <source>(choose a project on the left)</source>
        <translation>(choisissez un projet à gauche)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/view.py" line="116" />
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/view.py" line="117" />
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/view.py" line="284" />
        <source>Export the forecast</source>
        <translation>Exporter la prévision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/view.py" line="286" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/view.py" line="304" />
        <source>Export the forecast as PDF</source>
        <translation>Exporter la prévision en PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/view.py" line="306" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../desktop_app/ui/history/view.py" line="97" />
        <source>Project:</source>
        <translation>Projet :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/view.py" line="98" />
        <source>Movement:</source>
        <translation>Mouvement :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/view.py" line="99" />
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/view.py" line="100" />
        <source>Newest first</source>
        <translation>Plus récents d'abord</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/view.py" line="101" />
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/view.py" line="103" />
        <source>All movements</source>
        <translation>Tous les mouvements</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/view.py" line="102" />
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/view.py" line="155" />
        <source>%1 movement(s)</source>
        <translation>%1 mouvement(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/view.py" line="162" />
        <source>Export the history</source>
        <translation>Exporter l'historique</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/view.py" line="164" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <location filename="../../desktop_app/ui/credits/voucher_import.py" line="91" />
        <source>Voucher import</source>
        <translation>Import de vouchers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/voucher_import.py" line="92" />
        <source>%1 code(s) imported from %2.</source>
        <translation>%1 code(s) importé(s) depuis %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/voucher_import.py" line="96" />
        <source>%1 line(s) refused, listed below; the other lines were imported.</source>
        <translation>%1 ligne(s) refusée(s), listée(s) ci-dessous ; les autres lignes ont été importées.</translation>
    </message>
</context>
<context>
    <name>InvoiceLinesModel</name>
    <message>
        <location filename="../../desktop_app/ui/tables/lines.py" line="28" />
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/lines.py" line="28" />
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
</context>
<context>
    <name>InvoiceView</name>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="155" />
        <source>Project:</source>
        <translation>Projet :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="156" />
        <source>Invoice &amp;date:</source>
        <translation>&amp;Date de la facture :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="158" />
        <source>Invoice lines (amounts excl. VAT)</source>
        <translation>Lignes de facture (montants HT)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="159" />
        <source>Who pays what, in the order applied</source>
        <translation>Qui paie quoi, dans l'ordre appliqué</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="160" />
        <source>Add line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="161" />
        <source>Remove line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="162" />
        <source>Simulate</source>
        <translation>Simuler</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="163" />
        <source>Post invoice…</source>
        <translation>Comptabiliser la facture…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="164" />
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="165" />
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="169" />
        <location filename="../../desktop_app/ui/invoices/view.py" line="223" />
        <source>(choose a project on the left)</source>
        <translation>(choisissez un projet à gauche)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="205" />
        <source>The ledger has changed since this simulation: simulate again.</source>
        <translation>Le registre a changé depuis cette simulation : simulez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="279" />
        <source>Total %1 excl. VAT: %2 from credit and accounts, %3 excl. VAT left to pay.</source>
        <translation>Total %1 HT : %2 pris sur le crédit et les comptes, %3 HT restant à payer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="284" />
        <source>Posted as invoice %1.</source>
        <translation>Comptabilisée sous le numéro %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="318" />
        <source>Post this invoice of %1 excl. VAT dated %2 on %3? Credit and balances are used as shown; this cannot be undone.</source>
        <translation>Comptabiliser cette facture de %1 HT datée du %2 sur %3 ? Le crédit et les soldes sont utilisés comme indiqué ; c'est définitif.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="296" />
        <source>Post invoice</source>
        <translation>Comptabiliser la facture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="325" />
        <source>%1 incl. VAT is left to pay by %2.</source>
        <translation>%1 TTC restent à régler par %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="326" />
        <source>(no payment method registered)</source>
        <translation>(aucun moyen de paiement enregistré)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="337" />
        <source>Export the simulation</source>
        <translation>Exporter la simulation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="339" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="360" />
        <source>Export the simulation as PDF</source>
        <translation>Exporter la simulation en PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="362" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="383" />
        <source>PDF saved as %1.</source>
        <translation>PDF enregistré sous %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="384" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>LotModel</name>
    <message>
        <location filename="../../desktop_app/ui/credits/models.py" line="51" />
        <source>Kind</source>
        <extracomment>Lots expiring within this many days are highlighted. Every project's lots at once (no project chosen is then not an empty table).</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/models.py" line="52" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/models.py" line="53" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/models.py" line="54" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/models.py" line="55" />
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/models.py" line="56" />
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/models.py" line="57" />
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/models.py" line="58" />
        <source>Valid from</source>
        <translation>Valable du</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/models.py" line="59" />
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/models.py" line="60" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/models.py" line="157" />
        <source>Expires in %1 day(s)</source>
        <translation>Expire dans %1 jour(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/models.py" line="159" />
        <source>Only for: %1</source>
        <translation>Uniquement pour : %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="159" />
        <source>&amp;Credit</source>
        <translation>&amp;Crédit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="160" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="161" />
        <source>&amp;Simulate an invoice</source>
        <translation>&amp;Simuler une facture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="162" />
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="163" />
        <source>&amp;Refresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="166" />
        <source>Credits &amp;&amp; vouchers</source>
        <translation>Crédits &amp;&amp; vouchers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="166" />
        <source>Purchase orders</source>
        <translation>Bons de commande</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="167" />
        <source>Invoice simulation</source>
        <translation>Simulation de facture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="167" />
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="167" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="168" />
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="244" />
        <source>%1 — Cloud Credit Desk</source>
        <translation>%1 — Cloud Credit Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="364" />
        <source>Exported to %1</source>
        <translation>Exporté dans %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="19" />
        <source>no amount given; type an amount such as 100 or 100,50</source>
        <translation>aucun montant ; saisissez un montant comme 100 ou 100,50</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="23" />
        <source>'{text}' is not an amount; type digits such as 100, 100.50 or 1 234,56</source>
        <translation>« {text} » n'est pas un montant ; saisissez par exemple 100, 100,50 ou 1 234,56</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="27" />
        <source>'{text}': amounts cannot be negative</source>
        <translation>« {text} » : un montant ne peut pas être négatif</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="31" />
        <source>the amount must be more than zero</source>
        <translation>le montant doit être supérieur à zéro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="35" />
        <source>'{text}' has more than two decimals; amounts are in euros and cents</source>
        <translation>« {text} » a plus de deux décimales ; les montants sont en euros et centimes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="39" />
        <source>'{text}' is above the maximum of {maximum} €; check the amount</source>
        <translation>« {text} » dépasse le maximum de {maximum} € ; vérifiez le montant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="43" />
        <source>'{text}' could be {grouped} or {decimal}; type {plain} for the first or {cents} for the second</source>
        <translation>« {text} » peut se lire {grouped} ou {decimal} ; saisissez {plain} pour le premier ou {cents} pour le second</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="47" />
        <source>'{text}' could be {grouped}, or {decimal}, which has more than two decimals; type {plain} if you mean {grouped}</source>
        <translation>« {text} » peut se lire {grouped}, ou {decimal}, qui a plus de deux décimales ; saisissez {plain} si vous voulez dire {grouped}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="51" />
        <source>no percentage given; type a number such as 20 or 5,5</source>
        <translation>aucun pourcentage ; saisissez un nombre comme 20 ou 5,5</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="55" />
        <source>'{text}' is not a percentage; type a number such as 20, 5.5 or -3,5</source>
        <translation>« {text} » n'est pas un pourcentage ; saisissez un nombre comme 20, 5,5 ou -3,5</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="59" />
        <source>'{text}' has more than two decimals; give the percentage to the hundredth, such as 2.56</source>
        <translation>« {text} » a plus de deux décimales ; donnez le pourcentage au centième, par exemple 2,56</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="63" />
        <source>'{text}' is outside {minimum} % to {maximum} %</source>
        <translation>« {text} » est hors de l'intervalle {minimum} % à {maximum} %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="67" />
        <source>the text contains a control character ({char}) that cannot be shown; type it again without it</source>
        <translation>le texte contient un caractère de contrôle ({char}) qui ne peut pas être affiché ; saisissez-le à nouveau sans ce caractère</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="71" />
        <source>the text contains a direction control ({char}) that can make it display differently from what is stored; remove it</source>
        <translation>le texte contient un caractère de contrôle de direction ({char}) qui peut le faire afficher autrement qu'il n'est enregistré ; supprimez-le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="75" />
        <source>the text contains {char}, which is not a usable character (unassigned, private-use or a broken surrogate); remove it</source>
        <translation>le texte contient {char}, qui n'est pas un caractère utilisable (non attribué, à usage privé ou demi-caractère isolé) ; supprimez-le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="79" />
        <source>the text is longer than {maximum} characters</source>
        <translation>le texte dépasse {maximum} caractères</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="83" />
        <source>'{text}' is not a date; use YYYY-MM-DD</source>
        <translation>« {text} » n'est pas une date ; utilisez AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="87" />
        <source>'{text}' is outside the dates this program takes ({first} to {last})</source>
        <translation>« {text} » est hors des dates que ce programme accepte ({first} à {last})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="91" />
        <source>'{text}' is not a whole number; type digits such as 12</source>
        <translation>« {text} » n'est pas un nombre entier ; saisissez des chiffres, par exemple 12</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="95" />
        <source>'{text}' is not between {low} and {high}</source>
        <translation>« {text} » n'est pas entre {low} et {high}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="99" />
        <source>no project '{project}'; it may have been archived or renamed</source>
        <translation>aucun projet « {project} » ; il a peut-être été archivé ou renommé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="103" />
        <source>a project named '{name}' already exists; choose another name</source>
        <translation>un projet nommé « {name} » existe déjà ; choisissez un autre nom</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="107" />
        <source>the project needs a name</source>
        <translation>le projet doit avoir un nom</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="111" />
        <source>the name is longer than {maximum} characters</source>
        <translation>le nom dépasse {maximum} caractères</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="115" />
        <source>'{name}' is only digits; a project name needs a letter (ids are numbers)</source>
        <translation>« {name} » ne contient que des chiffres ; un nom de projet doit contenir une lettre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="119" />
        <source>the company name cannot be empty</source>
        <translation>le nom de la société ne peut pas être vide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="123" />
        <source>the company name is longer than {maximum} characters</source>
        <translation>le nom de la société dépasse {maximum} caractères</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="127" />
        <source>the company name needs a letter</source>
        <translation>le nom de la société doit contenir une lettre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="131" />
        <source>the payment method needs a label</source>
        <translation>le moyen de paiement doit avoir un libellé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="135" />
        <source>the label is longer than {maximum} characters</source>
        <translation>le libellé dépasse {maximum} caractères</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="139" />
        <source>the label needs a letter</source>
        <translation>le libellé doit contenir une lettre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="143" />
        <source>unknown payment method type '{type}'; use card, sepa, paypal or transfer</source>
        <translation>type de moyen de paiement « {type} » inconnu ; utilisez card, sepa, paypal ou transfer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="147" />
        <source>no payment method {id}</source>
        <translation>aucun moyen de paiement {id}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="151" />
        <source>no account '{account}'; use digital_launchpad or loyalty</source>
        <translation>aucun compte « {account} » ; utilisez digital_launchpad ou loyalty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="155" />
        <source>'{code}' is not a voucher code; a code looks like ABCD-EFGH-JKMN</source>
        <translation>« {code} » n'est pas un code de voucher ; un code ressemble à ABCD-EFGH-JKMN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="159" />
        <source>'{code}' has a typo (its check character does not match); check each character</source>
        <translation>« {code} » contient une faute de frappe (le caractère de contrôle ne correspond pas) ; vérifiez chaque caractère</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="163" />
        <source>voucher {code} is unknown; check the code with whoever gave it to you</source>
        <translation>le voucher {code} est inconnu ; vérifiez le code auprès de qui vous l'a remis</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="167" />
        <source>voucher {code} was already redeemed on {on}; a code is used once</source>
        <translation>le voucher {code} a déjà été utilisé le {on} ; un code ne sert qu'une fois</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="171" />
        <source>voucher {code} expired on {on}; it can no longer be redeemed</source>
        <translation>le voucher {code} a expiré le {on} ; il ne peut plus être utilisé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="175" />
        <source>voucher {code} is valid from {on}; redeem it then</source>
        <translation>le voucher {code} est valable à partir du {on} ; utilisez-le à cette date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="179" />
        <source>the voucher must expire after it becomes valid ({valid_from} -&gt; {expires_on})</source>
        <translation>le voucher doit expirer après sa date de début ({valid_from} -&gt; {expires_on})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="183" />
        <source>count must be between 1 and {maximum}</source>
        <translation>le nombre doit être entre 1 et {maximum}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="187" />
        <source>code {code} is already in the catalogue</source>
        <translation>le code {code} est déjà au catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="191" />
        <source>expected code,amount,expires_on[,valid_from][,products]; found {found} columns</source>
        <translation>attendu code,montant,expiration[,début][,produits] ; {found} colonnes trouvées</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="195" />
        <source>code {code} already appears on line {line}</source>
        <translation>le code {code} figure déjà ligne {line}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="199" />
        <source>cannot read {path}: {detail}</source>
        <translation>impossible de lire {path} : {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="203" />
        <source>this file is not a CSV of vouchers ({detail}); expected code,amount,expires_on lines</source>
        <translation>ce fichier n'est pas un CSV de vouchers ({detail}) ; attendu des lignes code,montant,expiration</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="207" />
        <source>{path} is not UTF-8 text; save it as CSV UTF-8</source>
        <translation>{path} n'est pas du texte UTF-8 ; enregistrez-le en CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="211" />
        <source>'{number}' is not an order number; they look like PO-2026-00001</source>
        <translation>« {number} » n'est pas un numéro de bon de commande ; ils ressemblent à PO-2026-00001</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="215" />
        <source>no purchase order {number}; refresh the list of orders</source>
        <translation>aucun bon de commande {number} ; actualisez la liste des bons</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="219" />
        <source>order {number} is already paid</source>
        <translation>le bon de commande {number} est déjà payé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="223" />
        <source>order {number} was cancelled and cannot be paid; buy credit again</source>
        <translation>le bon de commande {number} a été annulé et ne peut pas être payé ; achetez à nouveau du crédit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="227" />
        <source>order {number} is paid and cannot be cancelled: credit is not refundable</source>
        <translation>le bon de commande {number} est payé et ne peut pas être annulé : le crédit n'est pas remboursable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="231" />
        <source>order {number} is already cancelled</source>
        <translation>le bon de commande {number} est déjà annulé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="235" />
        <source>order {number} was created on {created}; it cannot be paid on {date}</source>
        <translation>le bon de commande {number} date du {created} ; il ne peut pas être payé le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="239" />
        <source>the payment date {date} is in the future</source>
        <translation>la date de paiement {date} est dans le futur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="243" />
        <source>the VAT rate is now {rate} %, not the {shown} % shown; nothing was ordered: check the new total and confirm again</source>
        <translation>le taux de TVA est maintenant de {rate} %, et non {shown} % comme affiché ; rien n'a été commandé : vérifiez le nouveau total et confirmez à nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="247" />
        <source>unknown status '{status}'; use pending, paid or cancelled</source>
        <translation>statut « {status} » inconnu ; utilisez pending, paid ou cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="251" />
        <source>an invoice needs at least one line with a product and an amount</source>
        <translation>une facture a besoin d'au moins une ligne avec un produit et un montant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="255" />
        <source>an invoice has at most {maximum} lines</source>
        <translation>une facture a au plus {maximum} lignes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="259" />
        <source>'{line}' is not a line; give a product and an amount, such as compute and 120.00</source>
        <translation>« {line} » n'est pas une ligne ; indiquez un produit et un montant, par exemple compute et 120,00</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="263" />
        <source>'{product}' is not a product name</source>
        <translation>« {product} » n'est pas un nom de produit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="267" />
        <source>the invoice date {date} is before the project's last invoice ({last}); date it {last} or later</source>
        <translation>la date {date} précède la dernière facture du projet ({last}) ; datez-la du {last} ou après</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="271" />
        <source>the invoice date {date} is after today ({today}); simulate it instead</source>
        <translation>la date {date} est postérieure à aujourd'hui ({today}) ; simulez-la plutôt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="275" />
        <source>the ledger changed since this invoice was simulated (another program wrote to it); nothing was posted: simulate it again and check the result</source>
        <translation>le registre a changé depuis la simulation de cette facture (un autre programme y a écrit) ; rien n'a été comptabilisé : simulez-la à nouveau et vérifiez le résultat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="279" />
        <source>the invoice date {date} is before {expiry}, when credit of project '{project}' expired unused; an invoice cannot take credit the history counts as lost: date it {expiry} or later</source>
        <translation>la date {date} précède le {expiry}, jour où du crédit du projet « {project} » a expiré sans être utilisé ; une facture ne peut pas prendre un crédit compté comme perdu : datez-la du {expiry} ou après</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="283" />
        <source>a forecast covers 1 to {maximum} months, not {months}</source>
        <translation>une prévision couvre de 1 à {maximum} mois, pas {months}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="287" />
        <source>give a monthly spend per product, or base the forecast on the history</source>
        <translation>indiquez une dépense mensuelle par produit, ou basez la prévision sur l'historique</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="291" />
        <source>a monthly growth of {growth} % makes no sense; use -99 to 100</source>
        <translation>une croissance mensuelle de {growth} % n'a pas de sens ; utilisez -99 à 100</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="295" />
        <source>history covers 1 to {maximum} months, not {months}</source>
        <translation>l'historique couvre de 1 à {maximum} mois, pas {months}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="299" />
        <source>project {project} has no posted invoice in the last {months} months; type a monthly spend instead</source>
        <translation>le projet {project} n'a aucune facture ces {months} derniers mois ; saisissez une dépense mensuelle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="303" />
        <source>at {growth} % growth a month, {product} would cost {amount} € in month {month} of {months} ({date}), above the {maximum} € an invoice line can hold; forecast fewer months or use a smaller growth</source>
        <translation>avec une croissance de {growth} % par mois, {product} coûterait {amount} € au mois {month} sur {months} ({date}), au-delà des {maximum} € qu'une ligne de facture peut porter ; prévoyez moins de mois ou une croissance plus faible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="307" />
        <source>the advisor looks at least 13 months ahead (the life of purchased credit): at {growth} % growth a month, {product} would cost {amount} € in month {month} ({date}), above the {maximum} € an invoice line can hold; use a smaller growth</source>
        <translation>le conseiller regarde au moins 13 mois devant lui (la durée de vie du crédit acheté) : avec une croissance de {growth} % par mois, {product} coûterait {amount} € au mois {month} ({date}), au-delà des {maximum} € qu'une ligne de facture peut porter ; utilisez une croissance plus faible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="311" />
        <source>cannot sort by '{sort}'</source>
        <translation>impossible de trier par « {sort} »</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="315" />
        <source>nothing called '{what}' to export; use credits, orders or movements</source>
        <translation>rien à exporter sous le nom « {what} » ; utilisez credits, orders ou movements</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="319" />
        <source>cannot write {path}: {detail}</source>
        <translation>impossible d'écrire {path} : {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="323" />
        <source>export cancelled; nothing was written</source>
        <translation>export annulé ; rien n'a été écrit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="327" />
        <source>{path} is the ledger itself or one of its files; nothing was written: choose another file name</source>
        <translation>{path} est le registre lui-même ou l'un de ses fichiers ; rien n'a été écrit : choisissez un autre nom de fichier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="332" />
        <source>{path} is a folder; nothing was written: give the name of a file</source>
        <translation>{path} est un dossier ; rien n'a été écrit : indiquez un nom de fichier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="336" />
        <source>{path} is not a regular file (a device, a pipe or a socket); nothing was written: choose a file name</source>
        <translation>{path} n'est pas un fichier ordinaire (un périphérique, un tube ou un socket) ; rien n'a été écrit : choisissez un nom de fichier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="341" />
        <source>{path} is a file, not a folder; nothing was written: give a folder (a new one is created)</source>
        <translation>{path} est un fichier, pas un dossier ; rien n'a été écrit : indiquez un dossier (un nouveau est créé)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="345" />
        <source>the name {path} is too long for the file system (at most {maximum} bytes between two slashes); choose a shorter name</source>
        <translation>le nom {path} est trop long pour le système de fichiers (au plus {maximum} octets entre deux barres obliques) ; choisissez un nom plus court</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="350" />
        <source>{path} is read-only; nothing was written: choose another file or change its permissions</source>
        <translation>{path} est en lecture seule ; rien n'a été écrit : choisissez un autre fichier ou changez ses droits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="354" />
        <source>the output could not be written ({detail}); nothing was changed in the ledger</source>
        <translation>la sortie n'a pas pu être écrite ({detail}) ; rien n'a été modifié dans le registre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="358" />
        <source>the change is recorded in the ledger, but its output could not be written ({detail}); do not run the command again: see the history</source>
        <translation>la modification est enregistrée dans le registre, mais sa sortie n'a pas pu être écrite ({detail}) ; ne recommencez pas : voir l'historique</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="363" />
        <source>the change is recorded in the ledger, but then: {detail}</source>
        <translation>la modification est enregistrée dans le registre, mais ensuite : {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="367" />
        <source>{count} backups of {path} were already made this second; try again in a second</source>
        <translation>{count} sauvegardes de {path} ont déjà été faites cette seconde ; réessayez dans une seconde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="371" />
        <source>cannot write the PDF {path}: {detail}</source>
        <translation>impossible d'écrire le PDF {path} : {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="375" />
        <source>no setting '{key}'</source>
        <translation>aucun réglage « {key} »</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="379" />
        <source>language '{language}' is not available; use en or fr</source>
        <translation>la langue « {language} » n'est pas disponible ; utilisez en ou fr</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="383" />
        <source>payment terms must be a whole number of days up to 365</source>
        <translation>le délai de paiement doit être un nombre entier de jours, au plus 365</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="387" />
        <source>'{key}' has no value; a setting is written KEY=VALUE, such as vat_rate=20</source>
        <translation>« {key} » n'a pas de valeur ; un réglage s'écrit CLÉ=VALEUR, par exemple vat_rate=20</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="391" />
        <source>credit cannot be transferred between projects: it belongs to the project it was bought for</source>
        <translation>le crédit n'est pas transférable entre projets : il appartient au projet pour lequel il a été acheté</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="395" />
        <source>credit cannot be refunded: it has no monetary value</source>
        <translation>le crédit n'est pas remboursable : il n'a aucune valeur monétaire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="399" />
        <source>this ledger already has projects; use a new file for the demo</source>
        <translation>ce registre contient déjà des projets ; utilisez un nouveau fichier pour la démo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="403" />
        <source>the ledger is shown as of {as_of}, not today ({today}): nothing can be written on another day; set "As of" back to today (the Today button) to write</source>
        <translation>le registre est affiché au {as_of}, pas à aujourd'hui ({today}) : rien ne peut être écrit un autre jour ; remettez « Au » à aujourd'hui (bouton Aujourd'hui) pour écrire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="408" />
        <source>the ledger {path} is busy (another program is writing); try again in a moment</source>
        <translation>le registre {path} est occupé (un autre programme écrit) ; réessayez dans un instant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="412" />
        <source>the ledger {path} is read-only; copy it somewhere writable or change its permissions</source>
        <translation>le registre {path} est en lecture seule ; copiez-le ailleurs ou changez ses droits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="416" />
        <source>{path} is not a ledger (not an SQLite file); it was left untouched</source>
        <translation>{path} n'est pas un registre (pas un fichier SQLite) ; il n'a pas été modifié</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="420" />
        <source>{path} is an SQLite file of another program; it was left untouched</source>
        <translation>{path} est un fichier SQLite d'un autre programme ; il n'a pas été modifié</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="424" />
        <source>the ledger {path} is damaged ({detail}); nothing was written to it. Restore your last backup: a copy made by File &gt; Backup now (or `cloud-credit backup`) or the one taken before an upgrade, next to the ledger</source>
        <translation>le registre {path} est endommagé ({detail}) ; rien n'y a été écrit. Restaurez votre dernière sauvegarde : une copie faite par Fichier &gt; Sauvegarder maintenant (ou `cloud-credit backup`) ou celle prise avant une mise à jour, à côté du registre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="434" />
        <source>the disk reported an error on the ledger {path} ({detail}); check the disk and that it has free space, then use File &gt; Check the ledger</source>
        <translation>le disque a signalé une erreur sur le registre {path} ({detail}) ; vérifiez le disque et qu'il reste de la place, puis utilisez Fichier &gt; Vérifier le registre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="439" />
        <source>the disk holding the ledger {path} is full: nothing was written and the ledger is unchanged; free some space on that disk and try again</source>
        <translation>le disque du registre {path} est plein : rien n'a été écrit et le registre est inchangé ; libérez de la place sur ce disque et réessayez</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="430" />
        <source>the ledger {path} was written by a newer version (schema {version}, this one reads {supported}); update Cloud Credit Desk</source>
        <translation>le registre {path} vient d'une version plus récente (schéma {version}, celle-ci lit {supported}) ; mettez à jour Cloud Credit Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="444" />
        <source>cannot open the ledger {path}: {detail}</source>
        <translation>impossible d'ouvrir le registre {path} : {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="448" />
        <source>{path} is a folder; give a ledger file</source>
        <translation>{path} est un dossier ; indiquez un fichier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="452" />
        <source>{path} is a device, not a file; give the path of a ledger file</source>
        <translation>{path} est un périphérique, pas un fichier ; indiquez le chemin d'un fichier registre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="456" />
        <source>{path} is a named pipe (FIFO), not a file; give the path of a ledger file</source>
        <translation>{path} est un tube nommé (FIFO), pas un fichier ; indiquez le chemin d'un fichier registre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="460" />
        <source>{path} is a socket, not a file; give the path of a ledger file</source>
        <translation>{path} est une socket, pas un fichier ; indiquez le chemin d'un fichier registre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="464" />
        <source>{path} is not a regular file; give the path of a ledger file</source>
        <translation>{path} n'est pas un fichier ordinaire ; indiquez le chemin d'un fichier registre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="468" />
        <source>{path} is a symbolic link to nothing (or a loop of links); give the path of a ledger file</source>
        <translation>{path} est un lien symbolique vers rien (ou une boucle de liens) ; indiquez le chemin d'un fichier registre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="472" />
        <source>the name {path} is too long for this system (at most 255 bytes per file or folder name); choose a shorter one</source>
        <translation>le nom {path} est trop long pour ce système (255 octets au plus par nom de fichier ou de dossier) ; choisissez-en un plus court</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="477" />
        <source>cannot use {path}: permission denied; choose a place you may write to, or change its permissions</source>
        <translation>impossible d'utiliser {path} : permission refusée ; choisissez un emplacement où vous pouvez écrire, ou changez ses droits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="482" />
        <source>{path} is on a read-only disk; choose a folder you may write to</source>
        <translation>{path} est sur un disque en lecture seule ; choisissez un dossier où vous pouvez écrire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="486" />
        <source>a part of the path {path} is a file, not a folder; choose another place</source>
        <translation>une partie du chemin {path} est un fichier, pas un dossier ; choisissez un autre emplacement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="490" />
        <source>the ledger {path} could not be used: {detail}</source>
        <translation>le registre {path} est inutilisable : {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="508" />
        <source>the request was refused ({code})</source>
        <translation>la demande a été refusée ({code})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="520" />
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="522" />
        <source>Ledger problem</source>
        <translation>Problème de registre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="561" />
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="563" />
        <source>Something went wrong inside Cloud Credit Desk. Nothing half-written was kept in the ledger. Please copy the details below and send them to your support.</source>
        <translation>Une erreur interne s'est produite dans Cloud Credit Desk. Rien d'écrit à moitié n'a été gardé dans le registre. Copiez les détails ci-dessous et envoyez-les à votre support.</translation>
    </message>
</context>
<context>
    <name>MovementModel</name>
    <message>
        <location filename="../../desktop_app/ui/history/models.py" line="43" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/models.py" line="44" />
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/models.py" line="45" />
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/models.py" line="46" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/models.py" line="47" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/models.py" line="48" />
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/models.py" line="49" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/models.py" line="85" />
        <source>(account)</source>
        <translation>(compte)</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="19" />
        <location filename="../../desktop_app/ui/tables/names.py" line="49" />
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="20" />
        <location filename="../../desktop_app/ui/tables/names.py" line="50" />
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="28" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="29" />
        <source>Exhausted</source>
        <translation>Épuisé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="30" />
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="31" />
        <source>Not yet valid</source>
        <translation>Pas encore valable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="39" />
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="40" />
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="41" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="51" />
        <source>Digital LaunchPad</source>
        <translation>Digital LaunchPad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="52" />
        <source>Loyalty account</source>
        <translation>Compte fidélité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="60" />
        <source>Voucher redeemed</source>
        <translation>Voucher utilisé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="61" />
        <source>Order paid</source>
        <translation>Bon de commande payé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="62" />
        <source>Used by an invoice</source>
        <translation>Utilisé par une facture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="63" />
        <source>Lost at expiry</source>
        <translation>Perdu à l'expiration</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="64" />
        <source>Account top-up</source>
        <translation>Crédit de compte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="65" />
        <source>Order cancelled</source>
        <translation>Bon de commande annulé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="66" />
        <source>Adjustment</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="74" />
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="75" />
        <source>SEPA direct debit</source>
        <translation>Prélèvement SEPA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="76" />
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="77" />
        <source>Bank transfer</source>
        <translation>Virement bancaire</translation>
    </message>
</context>
<context>
    <name>OrderModel</name>
    <message>
        <location filename="../../desktop_app/ui/orders/models.py" line="38" />
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/models.py" line="39" />
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/models.py" line="40" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/models.py" line="41" />
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/models.py" line="42" />
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/models.py" line="43" />
        <source>Amount incl. VAT</source>
        <translation>Montant TTC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/models.py" line="44" />
        <source>Created on</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/models.py" line="45" />
        <source>Paid or cancelled on</source>
        <translation>Payé ou annulé le</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="86" />
        <source>Show:</source>
        <extracomment>What the "Show" list offers, in its order (None: every order).</extracomment>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="87" />
        <source>All orders</source>
        <translation>Tous les bons</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="87" />
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="87" />
        <source>Paid</source>
        <translation>Payés</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="87" />
        <source>Cancelled</source>
        <translation>Annulés</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="90" />
        <source>Mark paid…</source>
        <translation>Marquer payé…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="91" />
        <source>Cancel order…</source>
        <translation>Annuler le bon…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="92" />
        <source>Open PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="93" />
        <source>Save PDF as…</source>
        <translation>Enregistrer le PDF sous…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="159" />
        <source>Cancel purchase order %1 (%2 incl. VAT)? Its number stays, marked cancelled.</source>
        <translation>Annuler le bon de commande %1 (%2 TTC) ? Son numéro reste, marqué annulé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="164" />
        <source>Cancel purchase order</source>
        <translation>Annuler le bon de commande</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="179" />
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="181" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>PayOrderDialog</name>
    <message>
        <location filename="../../desktop_app/ui/orders/dialogs.py" line="56" />
        <source>Mark order paid</source>
        <translation>Marquer le bon payé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/dialogs.py" line="57" />
        <source>Order %1, %2 incl. VAT. The credit expires 13 months after payment.</source>
        <translation>Bon de commande %1, %2 TTC. Le crédit expire 13 mois après le paiement.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/dialogs.py" line="60" />
        <source>Payment &amp;date:</source>
        <translation>&amp;Date de paiement :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/dialogs.py" line="61" />
        <source>Mark paid</source>
        <translation>Marquer payé</translation>
    </message>
</context>
<context>
    <name>PaymentMethodModel</name>
    <message>
        <location filename="../../desktop_app/ui/account/models.py" line="19" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/models.py" line="19" />
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/models.py" line="19" />
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/models.py" line="35" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="199" />
        <source>Buy on</source>
        <translation>Acheter le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="200" />
        <source>Excl. VAT</source>
        <translation>HT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="201" />
        <source>Incl. VAT</source>
        <translation>TTC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="227" />
        <source>VAT: %1. The credit is valid until %2.</source>
        <translation>TVA : %1. Le crédit est valable jusqu'au %2.</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../desktop_app/ui/projects/dialogs.py" line="57" />
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/projects/dialogs.py" line="59" />
        <source>Rename project</source>
        <translation>Renommer le projet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/projects/dialogs.py" line="60" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/projects/dialogs.py" line="61" />
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
</context>
<context>
    <name>ProjectModel</name>
    <message>
        <location filename="../../desktop_app/ui/projects/models.py" line="33" />
        <source>Project</source>
        <extracomment>Shared with the tables that show project names; this model reloads it.</extracomment>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/projects/models.py" line="33" />
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/projects/models.py" line="48" />
        <source> (archived)</source>
        <translation> (archivé)</translation>
    </message>
</context>
<context>
    <name>ProjectsPane</name>
    <message>
        <location filename="../../desktop_app/ui/projects/pane.py" line="79" />
        <source>Projects</source>
        <extracomment>Every project's name, read once per refresh by the model and shared by the tables that show names (orders, history, the expiry notice).</extracomment>
        <translation>Projets</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/projects/pane.py" line="80" />
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/projects/pane.py" line="81" />
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/projects/pane.py" line="82" />
        <source>Show archived projects</source>
        <translation>Afficher les projets archivés</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/projects/pane.py" line="127" />
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/projects/pane.py" line="129" />
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
</context>
<context>
    <name>RejectedLinesModel</name>
    <message>
        <location filename="../../desktop_app/ui/credits/voucher_import.py" line="44" />
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/voucher_import.py" line="44" />
        <source>Why it was refused</source>
        <translation>Motif du refus</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/forecast/results.py" line="105" />
        <source>Credit lasts until</source>
        <translation>Le crédit dure jusqu'au</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/results.py" line="106" />
        <source>Lost to expiry</source>
        <translation>Perdu à l'expiration</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/results.py" line="107" />
        <source>Paid by the payment method</source>
        <translation>Réglé par le moyen de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/results.py" line="109" />
        <source>Type a monthly spend per product, or fill it from the history, then compute the forecast.</source>
        <translation>Saisissez une consommation mensuelle par produit, ou reprenez-la de l'historique, puis calculez la prévision.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/results.py" line="150" />
        <source>From that invoice on, the payment method pays part of each month.</source>
        <translation>À partir de cette facture, le moyen de paiement en règle une partie chaque mois.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/results.py" line="156" />
        <source>Beyond %1</source>
        <translation>Au-delà du %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/results.py" line="157" />
        <source>The credit covers the %1 months forecast.</source>
        <translation>Le crédit couvre les %1 mois prévus.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/results.py" line="163" />
        <source>1 lot expires with credit left.</source>
        <translation>1 lot expire avec du crédit restant.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/results.py" line="165" />
        <source>%1 lots expire with credit left.</source>
        <translation>%1 lots expirent avec du crédit restant.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/results.py" line="169" />
        <source>Nothing expires unused.</source>
        <translation>Rien n'expire inutilisé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/results.py" line="173" />
        <source>%1 excl. VAT</source>
        <translation>%1 HT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/results.py" line="174" />
        <source>%1 incl. VAT over %2 months.</source>
        <translation>%1 TTC sur %2 mois.</translation>
    </message>
</context>
<context>
    <name>SplitChart</name>
    <message>
        <location filename="../../desktop_app/ui/invoices/split_chart.py" line="52" />
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/split_chart.py" line="93" />
        <source>Simulate the invoice to see who pays how much.</source>
        <translation>Simulez la facture pour voir qui paie combien.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/split_chart.py" line="95" />
        <location filename="../../desktop_app/ui/invoices/split_chart.py" line="101" />
        <source>Split, excl. VAT</source>
        <translation>Répartition HT</translation>
    </message>
</context>
<context>
    <name>StatusSummary</name>
    <message>
        <location filename="../../desktop_app/ui/ledger/status.py" line="42" />
        <source>No project selected</source>
        <translation>Aucun projet sélectionné</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/status.py" line="49" />
        <source>%1: %2 available</source>
        <translation>%1 : %2 disponibles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/status.py" line="52" />
        <source>Nothing expires</source>
        <translation>Aucune expiration</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/status.py" line="54" />
        <source>Next expiry: %1</source>
        <translation>Prochaine expiration : %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/status.py" line="61" />
        <source>Digital LaunchPad: %1</source>
        <translation>Digital LaunchPad : %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/status.py" line="63" />
        <source>Loyalty: %1</source>
        <translation>Fidélité : %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/status.py" line="73" />
        <source>%1 lot(s) expire within %2 days</source>
        <translation>%1 lot(s) expirent sous %2 jours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/status.py" line="81" />
        <source>Click to show the notice.</source>
        <translation>Cliquez pour afficher l'avis.</translation>
    </message>
</context>
<context>
    <name>ViewOnly</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/view_only.py" line="28" />
        <source>Shown as of %1, not today (%2): nothing can be written on another day. Click “Today” beside “As of” to write again.</source>
        <translation>Affiché au %1, pas à aujourd'hui (%2) : rien ne peut être écrit un autre jour. Cliquez sur « Aujourd'hui » à côté de « Au » pour écrire à nouveau.</translation>
    </message>
</context>
<context>
    <name>VoucherImport</name>
    <message>
        <location filename="../../desktop_app/ui/credits/voucher_import.py" line="107" />
        <source>Import voucher codes</source>
        <translation>Importer des codes de vouchers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/voucher_import.py" line="109" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/voucher_import.py" line="126" />
        <source>Reading the voucher codes…</source>
        <translation>Lecture des codes de vouchers…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/voucher_import.py" line="127" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/voucher_import.py" line="128" />
        <location filename="../../desktop_app/ui/credits/voucher_import.py" line="141" />
        <source>Voucher import</source>
        <translation>Import de vouchers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/voucher_import.py" line="142" />
        <source>Import cancelled: no code was imported.</source>
        <translation>Import annulé : aucun code n'a été importé.</translation>
    </message>
</context>
<context>
    <name>WaterfallModel</name>
    <message>
        <location filename="../../desktop_app/ui/invoices/models.py" line="37" />
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/models.py" line="38" />
        <source>Paid from</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/models.py" line="39" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/models.py" line="40" />
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/models.py" line="41" />
        <source>Excl. VAT</source>
        <translation>HT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/models.py" line="42" />
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/models.py" line="43" />
        <source>Incl. VAT</source>
        <translation>TTC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/models.py" line="64" />
        <source>(no payment method registered)</source>
        <translation>(aucun moyen de paiement enregistré)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/models.py" line="67" />
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
</context>
</TS>