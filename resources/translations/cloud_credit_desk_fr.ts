<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="164" />
        <location filename="../../desktop_app/ui/help/dialogs.py" line="165" />
        <source>About Cloud Credit Desk</source>
        <translation>À propos de Cloud Credit Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="166" />
        <source>About Qt</source>
        <translation>À propos de Qt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="167" />
        <source>development build</source>
        <translation>version de développement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="178" />
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="179" />
        <source>Prepaid Public Cloud credit, vouchers, purchase orders and invoice simulation, in one ledger file.</source>
        <translation>Crédit Public Cloud prépayé, vouchers, bons de commande et simulation de factures, dans un seul fichier registre.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="181" />
        <source>Libraries</source>
        <translation>Bibliothèques</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="182" />
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="183" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="184" />
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="185" />
        <source>Fonts (embedded in the PDF documents)</source>
        <translation>Polices (incorporées dans les documents PDF)</translation>
    </message>
</context>
<context>
    <name>AccountView</name>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="189" />
        <source>Account balances</source>
        <extracomment>What each field (and ``vat_rate``) last showed from the ledger: a field the user has changed since is kept on refresh, and only changed fields are saved.</extracomment>
        <translation>Soldes du compte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="190" />
        <source>Digital LaunchPad:</source>
        <translation>Digital LaunchPad :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="191" />
        <source>Loyalty account:</source>
        <translation>Compte fidélité :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="192" />
        <location filename="../../desktop_app/ui/account/view.py" line="193" />
        <source>Top up</source>
        <translation>Créditer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="194" />
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="199" />
        <source>Shared by every project: an invoice uses them after vouchers and purchased credit, before the payment method.</source>
        <translation>Partagés par tous les projets : une facture les utilise après les vouchers et le crédit acheté, avant le moyen de paiement.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="203" />
        <source>Payment methods (the default one pays the rest)</source>
        <translation>Moyens de paiement (celui par défaut règle le reste)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="209" />
        <source>label, such as Visa •••• 4242</source>
        <translation>libellé, par exemple Visa •••• 4242</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="210" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="211" />
        <source>Make default</source>
        <translation>Définir par défaut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="212" />
        <source>Seller (on purchase orders)</source>
        <translation>Vendeur (sur les bons de commande)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="213" />
        <source>Buyer: your company</source>
        <translation>Acheteur : votre société</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="215" />
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="216" />
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="217" />
        <source>SIREN:</source>
        <translation>SIREN :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="218" />
        <source>VAT number:</source>
        <translation>N° de TVA :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="219" />
        <source>Email:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="223" />
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="224" />
        <source>Accounting accounts…</source>
        <translation>Comptes comptables…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="225" />
        <source>VAT rate (%):</source>
        <translation>Taux de TVA (%) :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="226" />
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="227" />
        <source>Save details</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/account/view.py" line="354" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>AddVoucherDialog</name>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="255" />
        <source>Add a voucher</source>
        <translation>Ajouter un voucher</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="256" />
        <source>Project:</source>
        <translation>Projet :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="257" />
        <source>Voucher &amp;code:</source>
        <translation>&amp;Code du voucher :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="259" />
        <source>Add voucher</source>
        <translation>Ajouter le voucher</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="272" />
        <source>Type the code as written on the voucher; dashes are optional.</source>
        <translation>Saisissez le code tel qu'il est écrit sur le voucher ; les tirets sont facultatifs.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="274" />
        <source>%1 of %2 characters typed.</source>
        <translation>%1 caractères saisis sur %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="277" />
        <source>Not a voucher code: codes have 12 letters and digits.</source>
        <translation>Ce n'est pas un code de voucher : un code a 12 lettres et chiffres.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="280" />
        <source>Typo: the check character does not match. Check each character.</source>
        <translation>Faute de frappe : le caractère de contrôle ne correspond pas. Vérifiez chaque caractère.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="283" />
        <source>The code is well formed.</source>
        <translation>Le code est bien formé.</translation>
    </message>
</context>
<context>
    <name>AdvicePanel</name>
    <message>
        <location filename="../../desktop_app/ui/forecast/advice.py" line="71" />
        <source>Purchase advice</source>
        <extracomment>Purchases of the plan shown without scrolling.</extracomment>
        <translation>Conseil d'achat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/advice.py" line="72" />
        <source>Prepare this purchase order…</source>
        <translation>Préparer ce bon de commande…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/advice.py" line="73" />
        <source>Show the forecast with these purchases</source>
        <translation>Afficher la prévision avec ces achats</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/advice.py" line="90" />
        <source>No purchase is needed: the credit covers the %1 months.</source>
        <translation>Aucun achat n'est nécessaire : le crédit couvre les %1 mois.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/advice.py" line="102" />
        <source>Any purchase today would be partly lost: the credit already covers the next 13 months.</source>
        <translation>Tout achat aujourd'hui serait en partie perdu : le crédit couvre déjà les 13 prochains mois.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/advice.py" line="107" />
        <source>Largest purchase today that is never lost: &lt;b&gt;%1 excl. VAT&lt;/b&gt; (%2 incl. VAT), valid until %3.</source>
        <translation>Le plus gros achat possible aujourd'hui sans rien perdre : &lt;b&gt;%1 HT&lt;/b&gt; (%2 TTC), valable jusqu'au %3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/advice.py" line="121" />
        <source>To cover the %1 months with nothing bought lost, buy:</source>
        <translation>Pour couvrir les %1 mois sans rien perdre du crédit acheté, acheter :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/advice.py" line="136" />
        <source>With this plan the payment method pays %1 excl. VAT, and %2 of the credit bought is lost.</source>
        <translation>Avec ce plan, le moyen de paiement règle %1 HT, et %2 du crédit acheté est perdu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/advice.py" line="141" />
        <source>With this plan the payment method pays %1 excl. VAT, and none of the credit bought is lost.</source>
        <translation>Avec ce plan, le moyen de paiement règle %1 HT, et rien du crédit acheté n'est perdu.</translation>
    </message>
</context>
<context>
    <name>AsOfBar</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/as_of.py" line="67" />
        <source>&amp;As of:</source>
        <extracomment>Not today: the date in the palette's highlight (no colour of our own: dark themes, high contrast), bold, with a warning icon and words beside it.</extracomment>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/as_of.py" line="68" />
        <source>&amp;Today</source>
        <translation>&amp;Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/as_of.py" line="69" />
        <source>View only</source>
        <translation>Consultation seule</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/as_of.py" line="98" />
        <source>Not today: balances and expiries are shown as of this date.</source>
        <translation>Pas aujourd'hui : soldes et expirations sont calculés à cette date.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/as_of.py" line="102" />
        <source>Back to today, where the ledger can be written</source>
        <translation>Revenir à aujourd'hui, où le registre peut être modifié</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/as_of.py" line="106" />
        <source>The date balances and expiries are computed for.</source>
        <translation>La date à laquelle soldes et expirations sont calculés.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/as_of.py" line="107" />
        <source>Already today</source>
        <translation>Déjà aujourd'hui</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <location filename="../../desktop_app/ui/forecast/chart.py" line="135" />
        <source>€ excl. VAT</source>
        <extracomment>A single month is drawn as a flat band this wide each side of it. What the tests and the tooltips read: series by role.</extracomment>
        <translation>€ HT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/chart.py" line="151" />
        <source>Lost to expiry</source>
        <translation>Perdu à l'expiration</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/chart.py" line="153" />
        <source>Advised purchase</source>
        <translation>Achat conseillé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/chart.py" line="156" />
        <source>Credit runs out (%1)</source>
        <translation>Crédit épuisé (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/chart.py" line="267" />
        <source>After the invoice of %1:</source>
        <translation>Après la facture du %1 :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/chart.py" line="269" />
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/chart.py" line="275" />
        <source>Lost to expiry by %1: %2</source>
        <translation>Perdu à l'expiration au %1 : %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/chart.py" line="281" />
        <source>…and %1 more</source>
        <translation>…et %1 de plus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/chart.py" line="302" />
        <source>Advised purchase on %1: %2 excl. VAT</source>
        <translation>Achat conseillé le %1 : %2 HT</translation>
    </message>
</context>
<context>
    <name>BankPage</name>
    <message>
        <location filename="../../desktop_app/ui/preferences/pages.py" line="66" />
        <source>Bank details</source>
        <translation>Coordonnées bancaires</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preferences/pages.py" line="70" />
        <source>Where your company pays the seller: printed on every purchase order.</source>
        <translation>Où votre société paie le vendeur : imprimé sur chaque bon de commande.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preferences/pages.py" line="72" />
        <source>Bank:</source>
        <translation>Banque :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preferences/pages.py" line="73" />
        <source>IBAN:</source>
        <translation>IBAN :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preferences/pages.py" line="74" />
        <source>BIC:</source>
        <translation>BIC :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preferences/pages.py" line="75" />
        <source>Payment terms (days):</source>
        <translation>Délai de paiement (jours) :</translation>
    </message>
</context>
<context>
    <name>BooksPage</name>
    <message>
        <location filename="../../desktop_app/ui/books/settings.py" line="120" />
        <source>Accounting accounts</source>
        <translation>Comptes comptables</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/settings.py" line="123" />
        <source>The accounts and journal of the journal export (FEC, beancount).</source>
        <translation>Les comptes et le journal de l'export des écritures (FEC, beancount).</translation>
    </message>
</context>
<context>
    <name>BooksSettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/books/settings.py" line="33" />
        <source>Journal code</source>
        <translation>Code journal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/settings.py" line="34" />
        <source>Journal name</source>
        <translation>Libellé du journal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/settings.py" line="35" />
        <source>Prepaid credit</source>
        <translation>Crédit prépayé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/settings.py" line="36" />
        <source>Deductible VAT</source>
        <translation>TVA déductible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/settings.py" line="37" />
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/settings.py" line="39" />
        <source>Supplier auxiliary account</source>
        <translation>Compte auxiliaire fournisseur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/settings.py" line="42" />
        <source>Supplier auxiliary name</source>
        <translation>Libellé auxiliaire fournisseur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/settings.py" line="44" />
        <source>Cloud expense</source>
        <translation>Charge cloud</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/settings.py" line="46" />
        <source>Expense per product</source>
        <translation>Charge par produit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/settings.py" line="48" />
        <source>Loss at expiry</source>
        <translation>Perte à l'expiration</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/settings.py" line="49" />
        <source>Account names</source>
        <translation>Libellés des comptes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/settings.py" line="57" />
        <source>Accounting accounts</source>
        <translation>Comptes comptables</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/settings.py" line="68" />
        <source>French defaults (PCG): 4091 prepaid credit, 44566 deductible VAT, 401 supplier, 6135 cloud expense, 658 credit lost at expiry, journal HA. One expense account per product: ai=6156; storage=6135.</source>
        <translation>Valeurs par défaut (PCG) : 4091 crédit prépayé, 44566 TVA déductible, 401 fournisseur, 6135 charge cloud, 658 crédit perdu à l'expiration, journal HA. Un compte de charge par produit : ai=6156; storage=6135.</translation>
    </message>
</context>
<context>
    <name>BuyCreditDialog</name>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="124" />
        <source>Buy Public Cloud credit</source>
        <translation>Acheter du crédit Public Cloud</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="125" />
        <source>Project:</source>
        <translation>Projet :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="126" />
        <source>&amp;Amount in euros excl. VAT:</source>
        <translation>&amp;Montant en euros HT :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="128" />
        <source>VAT (%1):</source>
        <translation>TVA (%1) :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="129" />
        <source>Total incl. VAT:</source>
        <translation>Total TTC :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="132" />
        <source>A pending purchase order is created with its PDF. The credit appears in the credits &amp; vouchers list once the order is marked paid, and expires 13 months after payment.</source>
        <translation>Un bon de commande en attente est créé avec son PDF. Le crédit apparaît dans la liste des crédits &amp; vouchers une fois le bon payé, et expire 13 mois après le paiement.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="138" />
        <source>Create purchase order</source>
        <translation>Créer le bon de commande</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="139" />
        <source>Open PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="140" />
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="141" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="180" />
        <source>Purchase order %1 was created: %2 excl. VAT, %3 incl. VAT. The credit appears once the order is marked paid (tab Purchase orders).</source>
        <translation>Le bon de commande %1 a été créé : %2 HT, %3 TTC. Le crédit apparaît une fois le bon marqué payé (onglet Commandes).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="189" />
        <source>No program could open %1.</source>
        <translation>Aucun programme n'a pu ouvrir %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/dialogs.py" line="205" />
        <source>A copy was saved as %1.</source>
        <translation>Une copie a été enregistrée sous %1.</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../desktop_app/ui/preferences/pages.py" line="30" />
        <source>Your company</source>
        <translation>Votre société</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preferences/pages.py" line="30" />
        <source>Seller</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preferences/pages.py" line="34" />
        <source>Your own company: the buyer named on every purchase order.</source>
        <translation>Votre propre société : l'acheteur nommé sur chaque bon de commande.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preferences/pages.py" line="37" />
        <source>The provider the credit is bought from: the seller on purchase orders.</source>
        <translation>Le fournisseur auprès de qui le crédit est acheté : le vendeur sur les bons de commande.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preferences/pages.py" line="40" />
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preferences/pages.py" line="41" />
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preferences/pages.py" line="42" />
        <source>SIREN:</source>
        <translation>SIREN :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preferences/pages.py" line="43" />
        <source>VAT number:</source>
        <translation>N° de TVA :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preferences/pages.py" line="44" />
        <source>Email:</source>
        <translation>E-mail :</translation>
    </message>
</context>
<context>
    <name>Connecting</name>
    <message>
        <location filename="../../desktop_app/ui/ledger/connecting.py" line="126" />
        <source>this machine</source>
        <extracomment>A connection made within this shows no dialog at all (a server on the same network). The signals of attempts cancelled while their thread still ran, kept until it ends (it emits one last time, to no one).</extracomment>
        <translation>cette machine</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/connecting.py" line="129" />
        <source>Opening a server ledger</source>
        <translation>Ouverture d'un registre serveur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/connecting.py" line="130" />
        <source>Connecting to %1 on %2…</source>
        <translation>Connexion à %1 sur %2…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/connecting.py" line="132" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <location filename="../../desktop_app/ui/posted/detail.py" line="220" />
        <source>What the credit note gave back</source>
        <translation>Ce que l'avoir a rendu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/detail.py" line="228" />
        <source>Credit note %1</source>
        <translation>Avoir %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/detail.py" line="231" />
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 reverses invoice %3 (project %4): %5 excl. VAT.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; du %2 annule la facture %3 (projet %4) : %5 HT.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/detail.py" line="239" />
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/detail.py" line="241" />
        <source>Given back, where it came from</source>
        <translation>Rendu, là d'où il venait</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/detail.py" line="244" />
        <source>Refund due by the payment method: %1 excl. VAT + %2 VAT = %3 incl. VAT.</source>
        <translation>Remboursement dû par le moyen de paiement : %1 HT + %2 de TVA = %3 TTC.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/detail.py" line="249" />
        <source>Open the PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/detail.py" line="250" />
        <source>Save the PDF as…</source>
        <translation>Enregistrer le PDF sous…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/detail.py" line="251" />
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
</context>
<context>
    <name>CreditsView</name>
    <message>
        <location filename="../../desktop_app/ui/credits/view.py" line="136" />
        <source>&amp;Buy credit…</source>
        <extracomment>A search that only lots left out match: how many, and a link to show them.</extracomment>
        <translation>&amp;Acheter du crédit…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/view.py" line="137" />
        <source>Add a &amp;voucher…</source>
        <translation>Ajouter un &amp;voucher…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/view.py" line="138" />
        <source>&amp;Import voucher codes…</source>
        <translation>&amp;Importer des codes de vouchers…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/view.py" line="139" />
        <source>Search a reference or description</source>
        <translation>Rechercher une référence ou une description</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/view.py" line="140" />
        <source>Search the credits and vouchers</source>
        <translation>Rechercher dans les crédits et vouchers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/view.py" line="141" />
        <source>Credits and vouchers</source>
        <translation>Crédits et vouchers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/view.py" line="142" />
        <source>Show exhausted and expired</source>
        <translation>Afficher épuisés et expirés</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/view.py" line="143" />
        <source>Buy credit…</source>
        <translation>Acheter du crédit…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/view.py" line="144" />
        <source>Add a voucher…</source>
        <translation>Ajouter un voucher…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/view.py" line="203" />
        <source>Highlighted: expires within %1 days</source>
        <translation>Surligné : expire dans les %1 jours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/view.py" line="147" />
        <source>Totals of the credits and vouchers listed</source>
        <translation>Totaux des crédits et vouchers listés</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/view.py" line="211" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/view.py" line="210" />
        <source>%1 lot(s)</source>
        <translation>%1 lot(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/view.py" line="215" />
        <source>The sum of every lot listed, not only those on screen</source>
        <translation>La somme de tous les lots listés, pas seulement de ceux à l'écran</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/view.py" line="231" />
        <source>No lot with credit left matches; %1 exhausted or expired do.</source>
        <translation>Aucun lot avec du crédit restant ne correspond ; %1 épuisés ou expirés, si.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/view.py" line="232" />
        <source>Show them</source>
        <translation>Les afficher</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/view.py" line="264" />
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/view.py" line="264" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../desktop_app/ui/posted/detail.py" line="100" />
        <source>Save the PDF of %1</source>
        <extracomment>The dialogs open (non-modal), kept alive while shown.</extracomment>
        <translation>Enregistrer le PDF de %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/detail.py" line="101" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/detail.py" line="111" />
        <source>PDF written: %1</source>
        <translation>PDF écrit : %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/detail.py" line="127" />
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/detail.py" line="128" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/fields.py" line="36" />
        <source>Line %1 (%2):</source>
        <translation>Ligne %1 (%2) :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/fields.py" line="38" />
        <source>Line %1:</source>
        <translation>Ligne %1 :</translation>
    </message>
</context>
<context>
    <name>ExpiryBanner</name>
    <message>
        <location filename="../../desktop_app/ui/credits/expiry_banner.py" line="145" />
        <source>Dismiss</source>
        <extracomment>Lots that reached a threshold not announced yet (the notice shows itself for them), with that threshold. Lots listed by name; the rest are counted.</extracomment>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/expiry_banner.py" line="147" />
        <source>Hide this notice; the status bar keeps the count and shows it again.</source>
        <translation>Masquer cet avis ; la barre d'état garde le décompte et le réaffiche.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/expiry_banner.py" line="194" />
        <location filename="../../desktop_app/ui/credits/expiry_banner.py" line="199" />
        <source>Within %1 days: %2 lot(s), %3 left.</source>
        <translation>Sous %1 jours : %2 lot(s), %3 restants.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/expiry_banner.py" line="211" />
        <source>Credit about to expire</source>
        <translation>Crédit bientôt expiré</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/expiry_banner.py" line="212" />
        <location filename="../../desktop_app/ui/credits/expiry_banner.py" line="213" />
        <source>Within %1 days:</source>
        <translation>Sous %1 jours :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/expiry_banner.py" line="214" />
        <source>%1 lot(s), %2 left</source>
        <translation>%1 lot(s), %2 restants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/expiry_banner.py" line="218" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/expiry_banner.py" line="234" />
        <source>expires on %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/expiry_banner.py" line="237" />
        <source>%1 left</source>
        <translation>%1 restants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/expiry_banner.py" line="247" />
        <source>…and %1 more: sort a project's lots by expiry to see them.</source>
        <translation>…et %1 autres : triez les lots d'un projet par date d'expiration pour les voir.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/progress.py" line="49" />
        <source>Writing the CSV file…</source>
        <translation>Écriture du fichier CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/progress.py" line="50" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/progress.py" line="51" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="87" />
        <source>&amp;File</source>
        <extracomment>The file's quick check starts this long after the ledger is shown (after the first paint).</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="88" />
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="89" />
        <source>&amp;New ledger…</source>
        <translation>&amp;Nouveau registre…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="90" />
        <source>&amp;Open ledger…</source>
        <translation>&amp;Ouvrir un registre…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="91" />
        <source>Open a &amp;server ledger…</source>
        <translation>Ouvrir un registre ser&amp;veur…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="101" />
        <source>&amp;Backup now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="93" />
        <source>&amp;Check the ledger</source>
        <translation>Vérifier le re&amp;gistre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="232" />
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="241" />
        <source>Check the ledger</source>
        <translation>Vérifier le registre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="94" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/onboarding/start.py" line="45" />
        <source>New ledger</source>
        <extracomment>The extension of a ledger file, added to a new ledger's name typed without it.</extracomment>
        <translation>Nouveau registre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="126" />
        <location filename="../../desktop_app/ui/onboarding/start.py" line="47" />
        <source>Ledgers (*.sqlite3);;All files (*)</source>
        <translation>Registres (*.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="124" />
        <source>Open a ledger</source>
        <translation>Ouvrir un registre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="99" />
        <source>&amp;Back up to a file…</source>
        <translation>&amp;Sauvegarder dans un fichier…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="184" />
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="219" />
        <source>Backup written to %1</source>
        <translation>Sauvegarde écrite dans %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="199" />
        <source>Copy the server ledger to a file</source>
        <translation>Copier le registre serveur dans un fichier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="200" />
        <source>Ledgers (*.sqlite3)</source>
        <translation>Registres (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="212" />
        <source>Copying the server ledger to %1…</source>
        <translation>Copie du registre serveur dans %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="214" />
        <source>Backup now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="232" />
        <source>Checking the ledger…</source>
        <translation>Vérification du registre…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="213" />
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="232" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="237" />
        <source>The ledger is sound: every balance matches its movements.</source>
        <translation>Le registre est sain : chaque solde correspond à ses mouvements.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/file_menu.py" line="240" />
        <source>Problems found:</source>
        <translation>Problèmes trouvés :</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/documents.py" line="24" />
        <source>Save a copy of the purchase order</source>
        <translation>Enregistrer une copie du bon de commande</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/documents.py" line="25" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FirstRunAssistant</name>
    <message>
        <location filename="../../desktop_app/ui/onboarding/assistant.py" line="154" />
        <source>First steps</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/onboarding/assistant.py" line="155" />
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>ForecastInputs</name>
    <message>
        <location filename="../../desktop_app/ui/forecast/inputs.py" line="114" />
        <source>Monthly spend per product (excl. VAT)</source>
        <extracomment>True while the amounts are only shown anew (another language): not a change.</extracomment>
        <translation>Consommation mensuelle par produit (HT)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/inputs.py" line="115" />
        <source>Add line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/inputs.py" line="116" />
        <source>Remove line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/inputs.py" line="117" />
        <source>Average of the last</source>
        <translation>Moyenne des</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/inputs.py" line="118" />
        <source> months</source>
        <translation> derniers mois</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/inputs.py" line="119" />
        <source>Fill from history</source>
        <translation>Reprendre l'historique</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/inputs.py" line="121" />
        <source>The monthly average per product of the project's posted invoices over the last complete calendar months.</source>
        <translation>La moyenne mensuelle par produit des factures comptabilisées du projet sur les derniers mois civils complets.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/inputs.py" line="124" />
        <source>&amp;Growth per month:</source>
        <translation>&amp;Croissance par mois :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/inputs.py" line="127" />
        <source>Negative for a spend that shrinks.</source>
        <translation>Négative pour une consommation qui baisse.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/inputs.py" line="128" />
        <source>&amp;Months to forecast:</source>
        <translation>&amp;Mois à prévoir :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/inputs.py" line="130" />
        <source>Compute forecast</source>
        <translation>Calculer la prévision</translation>
    </message>
</context>
<context>
    <name>ForecastTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="97" />
        <source>Invoice of</source>
        <extracomment>Each column's amount of a month, by column (the date's column shows no amount).</extracomment>
        <translation>Facture du</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="98" />
        <source>Total excl. VAT</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="99" />
        <source>Credit &amp; vouchers</source>
        <translation>Crédit et vouchers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="100" />
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="101" />
        <source>Payment excl. VAT</source>
        <translation>Paiement HT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="102" />
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="103" />
        <source>Payment incl. VAT</source>
        <translation>Paiement TTC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="104" />
        <source>Lost to expiry</source>
        <translation>Perdu à l'expiration</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="105" />
        <source>Balance left</source>
        <translation>Solde restant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="106" />
        <source>Advised purchase</source>
        <translation>Achat conseillé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="129" />
        <source>Each month's invoice, dated as the first one (today).</source>
        <translation>La facture de chaque mois, datée comme la première (aujourd'hui).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="130" />
        <source>Paid by vouchers and purchased credit, soonest expiry first.</source>
        <translation>Réglé par les vouchers et le crédit acheté, le plus proche de l'expiration d'abord.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="132" />
        <source>Paid by the Digital LaunchPad and loyalty accounts. They are shared by every project: the forecast lets this project use all of them.</source>
        <translation>Réglé par les comptes Digital LaunchPad et fidélité. Ils sont partagés par tous les projets : la prévision les laisse entièrement à ce projet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="135" />
        <source>What the default payment method pays, excl. VAT.</source>
        <translation>Ce que règle le moyen de paiement par défaut, HT.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="136" />
        <source>The VAT on what the payment method pays.</source>
        <translation>La TVA sur ce que règle le moyen de paiement.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="137" />
        <source>What the default payment method pays, incl. VAT.</source>
        <translation>Ce que règle le moyen de paiement par défaut, TTC.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="138" />
        <source>Credit left in lots that expire this month: lost.</source>
        <translation>Crédit restant dans les lots qui expirent ce mois-ci : perdu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="139" />
        <source>What every source holds after this month's invoice.</source>
        <translation>Ce que détient chaque source après la facture du mois.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="140" />
        <source>A purchase of the advisor's plan, made this month.</source>
        <translation>Un achat du plan conseillé, fait ce mois-ci.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="153" />
        <source>The first invoice the payment method pays part of.</source>
        <translation>La première facture dont le moyen de paiement règle une partie.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="171" />
        <source>%1, expires on %2: %3</source>
        <translation>%1, expire le %2 : %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="185" />
        <source>…and %1 more</source>
        <translation>…et %1 de plus</translation>
    </message>
</context>
<context>
    <name>ForecastView</name>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="55" />
        <source>Vouchers</source>
        <extracomment>Lots listed in a cell's tooltip before "and N more". The chart's red and blue (one table, shared with the PDF), for the same things in the table and the summary; the rest are the panel's own.</extracomment>
        <translation>Vouchers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="56" />
        <source>Purchased credit</source>
        <translation>Crédit acheté</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="57" />
        <source>Digital LaunchPad</source>
        <translation>Digital LaunchPad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="58" />
        <source>Loyalty account</source>
        <translation>Compte fidélité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/view.py" line="118" />
        <source>Project:</source>
        <extracomment>The table's months, without the plan and with it (made in the worker). (project id, amount excl. VAT): the main window opens its buy-credit dialog with it.</extracomment>
        <translation>Projet :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/view.py" line="120" />
        <location filename="../../desktop_app/ui/forecast/view.py" line="154" />
        <location filename="../../desktop_app/ui/forecast/view.py" line="161" />
        <source>(choose a project on the left)</source>
        <translation>(choisissez un projet à gauche)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/view.py" line="121" />
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/view.py" line="122" />
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/view.py" line="233" />
        <source>Computing the forecast…</source>
        <translation>Calcul de la prévision…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/view.py" line="233" />
        <location filename="../../desktop_app/ui/forecast/view.py" line="340" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/view.py" line="233" />
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/view.py" line="299" />
        <source>Export the forecast</source>
        <translation>Exporter la prévision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/view.py" line="300" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/view.py" line="319" />
        <source>Export the forecast as PDF</source>
        <translation>Exporter la prévision en PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/view.py" line="320" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/view.py" line="340" />
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/view.py" line="340" />
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../desktop_app/ui/preferences/pages.py" line="91" />
        <source>VAT and language</source>
        <translation>TVA et langue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preferences/pages.py" line="94" />
        <source>The VAT rate of new purchase orders; the language of the window, the documents and the messages.</source>
        <translation>Le taux de TVA des nouveaux bons de commande ; la langue de la fenêtre, des documents et des messages.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preferences/pages.py" line="96" />
        <source>VAT rate (%):</source>
        <translation>Taux de TVA (%) :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preferences/pages.py" line="98" />
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="107" />
        <location filename="../../desktop_app/ui/help/dialogs.py" line="108" />
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="111" />
        <source>&lt;b&gt;Your details.&lt;/b&gt; File &gt; Preferences: your company (the buyer), the seller, the bank details, the VAT rate and the language.</source>
        <translation>&lt;b&gt;Vos informations.&lt;/b&gt; Fichier &gt; Préférences : votre société (l'acheteur), le vendeur, les coordonnées bancaires, le taux de TVA et la langue.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="115" />
        <source>&lt;b&gt;Projects.&lt;/b&gt; The list on the left: each project has its own credit and vouchers. Add, rename or archive one with the buttons under it.</source>
        <translation>&lt;b&gt;Projets.&lt;/b&gt; La liste de gauche : chaque projet a son propre crédit et ses vouchers. Ajoutez, renommez ou archivez-en un avec les boutons en dessous.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="119" />
        <source>&lt;b&gt;Buy credit.&lt;/b&gt; Credit &gt; Buy credit (Ctrl+B) writes a purchase order and its PDF. Once paid, mark it so in Purchase orders: the credit appears, valid 13 months.</source>
        <translation>&lt;b&gt;Acheter du crédit.&lt;/b&gt; Crédit &gt; Acheter du crédit (Ctrl+B) établit un bon de commande et son PDF. Une fois payé, marquez-le comme tel dans l'onglet Commandes : le crédit apparaît, valable 13 mois.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="124" />
        <source>&lt;b&gt;Vouchers.&lt;/b&gt; Credit &gt; Add a voucher (Ctrl+Shift+V) redeems a code for the project chosen; Credit &gt; Voucher catalogue (Ctrl+Shift+K) lists every code issued, redeemed or not, by campaign.</source>
        <translation>&lt;b&gt;Vouchers.&lt;/b&gt; Crédit &gt; Ajouter un voucher (Ctrl+Maj+V) utilise un code pour le projet choisi ; Crédit &gt; Catalogue des vouchers (Ctrl+Maj+K) liste chaque code émis, utilisé ou non, par campagne.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="129" />
        <source>&lt;b&gt;Invoices.&lt;/b&gt; Invoices &gt; New invoice (Ctrl+I): type the month's lines, see who pays what, in the order applied (vouchers, credit, Digital LaunchPad, loyalty, then the payment method), and post it. Invoices &gt; Posted invoices: each one's lines, who paid what lot by lot, its statement (PDF) and its credit note. A double-click on a lot shows its movements.</source>
        <translation>&lt;b&gt;Factures.&lt;/b&gt; Factures &gt; Nouvelle facture (Ctrl+I) : saisissez les lignes du mois, voyez qui paie quoi, dans l'ordre appliqué (vouchers, crédit, Digital LaunchPad, fidélité, puis le moyen de paiement), et comptabilisez-la. Factures &gt; Factures enregistrées : les lignes de chacune, qui a payé quoi lot par lot, son relevé (PDF) et son avoir. Un double-clic sur un lot montre ses mouvements.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="136" />
        <source>&lt;b&gt;Forecast.&lt;/b&gt; When the credit runs out, what expires unused, and what to buy so that nothing bought is lost.</source>
        <translation>&lt;b&gt;Prévision.&lt;/b&gt; Quand le crédit s'épuise, ce qui expire inutilisé, et quoi acheter pour que rien d'acheté ne soit perdu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="140" />
        <source>&lt;b&gt;As of.&lt;/b&gt; The date beside “As of” shows the ledger on another day; nothing can be written then. “Today” comes back.</source>
        <translation>&lt;b&gt;Au.&lt;/b&gt; La date à côté de « Au » montre le registre à un autre jour ; rien ne peut alors être écrit. « Aujourd'hui » y revient.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="144" />
        <source>&lt;b&gt;History and exports.&lt;/b&gt; Every movement, filtered; File &gt; Export (Ctrl+E) writes what the tab shows to CSV.</source>
        <translation>&lt;b&gt;Historique et exports.&lt;/b&gt; Chaque mouvement, filtré ; Fichier &gt; Exporter (Ctrl+E) écrit en CSV ce que montre l'onglet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="149" />
        <source>Cloud Credit Desk in a few steps</source>
        <translation>Cloud Credit Desk en quelques étapes</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../desktop_app/ui/help/menu.py" line="43" />
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/menu.py" line="44" />
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/menu.py" line="45" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/menu.py" line="46" />
        <source>&amp;About Cloud Credit Desk</source>
        <translation>À &amp;propos de Cloud Credit Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/menu.py" line="47" />
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/menu.py" line="48" />
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/menu.py" line="49" />
        <source>&amp;Rename project…</source>
        <translation>&amp;Renommer le projet…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/menu.py" line="50" />
        <source>&amp;Archive or restore project</source>
        <translation>&amp;Archiver ou restaurer le projet</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../desktop_app/ui/history/view.py" line="100" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/view.py" line="101" />
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/view.py" line="102" />
        <source>Period to</source>
        <translation>Période au</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/view.py" line="103" />
        <source>Movement:</source>
        <translation>Mouvement :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/view.py" line="104" />
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/view.py" line="105" />
        <source>Newest first</source>
        <translation>Plus récents d'abord</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/view.py" line="106" />
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/view.py" line="107" />
        <source>All movements</source>
        <translation>Tous les mouvements</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/view.py" line="147" />
        <source>%1 movement(s)</source>
        <translation>%1 mouvement(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/view.py" line="163" />
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
        <location filename="../../desktop_app/ui/credits/voucher_import.py" line="92" />
        <source>Voucher import</source>
        <translation>Import de vouchers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/voucher_import.py" line="93" />
        <source>%1 code(s) imported from %2.</source>
        <translation>%1 code(s) importé(s) depuis %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/voucher_import.py" line="98" />
        <source>%1 line(s) refused, listed below; the other lines were imported.</source>
        <translation>%1 ligne(s) refusée(s), listée(s) ci-dessous ; les autres lignes ont été importées.</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../desktop_app/ui/posted/detail.py" line="149" />
        <source>Invoice lines</source>
        <translation>Lignes de la facture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/detail.py" line="150" />
        <source>Who paid what</source>
        <translation>Qui a payé quoi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/detail.py" line="160" />
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/detail.py" line="162" />
        <source>&lt;b&gt;%1&lt;/b&gt; of %2, project %3: %4 excl. VAT.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; du %2, projet %3 : %4 HT.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/detail.py" line="170" />
        <source>Reversed by credit note %1.</source>
        <translation>Annulée par l'avoir %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/detail.py" line="172" />
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/detail.py" line="173" />
        <source>Who paid what, in the order applied</source>
        <translation>Qui a payé quoi, dans l'ordre appliqué</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/detail.py" line="175" />
        <source>no payment method</source>
        <translation>aucun moyen de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/detail.py" line="177" />
        <source>Payment method (%1): %2 excl. VAT + %3 VAT = %4 incl. VAT.</source>
        <translation>Moyen de paiement (%1) : %2 HT + %3 de TVA = %4 TTC.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/detail.py" line="183" />
        <source>Open the statement (PDF)</source>
        <translation>Ouvrir le relevé (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/detail.py" line="184" />
        <source>Save the statement as…</source>
        <translation>Enregistrer le relevé sous…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/detail.py" line="185" />
        <source>Credit note %1</source>
        <translation>Avoir %1</translation>
    </message>
</context>
<context>
    <name>InvoiceLinesModel</name>
    <message>
        <location filename="../../desktop_app/ui/tables/lines.py" line="41" />
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/lines.py" line="41" />
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
</context>
<context>
    <name>InvoiceView</name>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="173" />
        <source>Project:</source>
        <translation>Projet :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="174" />
        <source>Invoice &amp;date:</source>
        <translation>&amp;Date de la facture :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="176" />
        <source>Invoice lines (amounts excl. VAT)</source>
        <translation>Lignes de facture (montants HT)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="177" />
        <source>Who pays what, in the order applied</source>
        <translation>Qui paie quoi, dans l'ordre appliqué</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="178" />
        <source>Add line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="179" />
        <source>Remove line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="180" />
        <source>Simulate</source>
        <translation>Simuler</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="181" />
        <source>Post invoice…</source>
        <translation>Comptabiliser la facture…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="182" />
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="183" />
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="187" />
        <location filename="../../desktop_app/ui/invoices/view.py" line="242" />
        <source>(choose a project on the left)</source>
        <translation>(choisissez un projet à gauche)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="224" />
        <source>The ledger has changed since this simulation: simulate again.</source>
        <translation>Le registre a changé depuis cette simulation : simulez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="299" />
        <source>Total %1 excl. VAT: %2 from credit and accounts, %3 excl. VAT left to pay.</source>
        <translation>Total %1 HT : %2 pris sur le crédit et les comptes, %3 HT restant à payer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="304" />
        <source>Posted as invoice %1.</source>
        <translation>Comptabilisée sous le numéro %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="315" />
        <source>Post invoice</source>
        <translation>Comptabiliser la facture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="337" />
        <source>Export the simulation</source>
        <translation>Exporter la simulation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="338" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="359" />
        <source>Export the simulation as PDF</source>
        <translation>Exporter la simulation en PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="360" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="369" />
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="369" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="369" />
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="384" />
        <source>PDF saved as %1.</source>
        <translation>PDF enregistré sous %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/view.py" line="385" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <location filename="../../desktop_app/ui/invoices/tabs.py" line="50" />
        <source>New invoice</source>
        <extracomment>The window's layout memory, given the posted page once built (its columns).</extracomment>
        <translation>Nouvelle facture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/tabs.py" line="51" />
        <source>Posted invoices</source>
        <translation>Factures enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/tabs.py" line="52" />
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
</context>
<context>
    <name>LedgerUpgrade</name>
    <message>
        <location filename="../../desktop_app/ui/ledger/upgrade.py" line="36" />
        <source>Upgrading the ledger</source>
        <translation>Mise à niveau du registre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/upgrade.py" line="37" />
        <source>Upgrading %1 to this version of Cloud Credit Desk… A copy of the ledger as it was is kept in the same folder.</source>
        <translation>Mise à niveau de %1 pour cette version de Cloud Credit Desk… Une copie du registre tel qu'il était est gardée dans le même dossier.</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <location filename="../../desktop_app/ui/posted/models.py" line="111" />
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/models.py" line="111" />
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
</context>
<context>
    <name>LinesTotal</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/lines.py" line="82" />
        <source>Total of the lines</source>
        <translation>Total des lignes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/lines.py" line="86" />
        <source>Total: %1 excl. VAT (%2 line(s))</source>
        <translation>Total : %1 HT (%2 ligne(s))</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/lines.py" line="92" />
        <source>Not counted:</source>
        <translation>Non comptée :</translation>
    </message>
</context>
<context>
    <name>LotModel</name>
    <message>
        <location filename="../../desktop_app/ui/credits/models.py" line="47" />
        <source>Kind</source>
        <extracomment>Every project's lots at once (no project chosen is then not an empty table). Lots expiring within ``notice.days`` are highlighted (the ledger's lead time).</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/models.py" line="48" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/models.py" line="49" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/models.py" line="50" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/models.py" line="51" />
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/models.py" line="52" />
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/models.py" line="53" />
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/models.py" line="54" />
        <source>Valid from</source>
        <translation>Valable du</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/models.py" line="55" />
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/models.py" line="56" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/models.py" line="160" />
        <source>Expires in %1 day(s)</source>
        <translation>Expire dans %1 jour(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/models.py" line="162" />
        <source>Only for: %1</source>
        <translation>Uniquement pour : %1</translation>
    </message>
</context>
<context>
    <name>LotMovementsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/history/lot.py" line="64" />
        <source>Movements of %1</source>
        <translation>Mouvements de %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/lot.py" line="65" />
        <source>Movements of the lot</source>
        <translation>Mouvements du lot</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/lot.py" line="67" />
        <source>%1 &lt;b&gt;%2&lt;/b&gt; (%3), project %4: total %5, used %6, expired %7, available %8; valid from %9 to %10.</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt; (%3), projet %4 : total %5, utilisé %6, expiré %7, disponible %8 ; valable du %9 au %10.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/lot.py" line="84" />
        <source>%1 movement(s)</source>
        <translation>%1 mouvement(s)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="193" />
        <source>&amp;Credit</source>
        <extracomment>With ``later``: once the first screen is painted, and the notice read (the start). Every project's name, shared by the parts; read once per change (``refresh``).</extracomment>
        <translation>&amp;Crédit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="194" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="195" />
        <source>&amp;Simulate an invoice</source>
        <translation>&amp;Simuler une facture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="196" />
        <source>&amp;Export the current view…</source>
        <translation>&amp;Exporter la vue affichée…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="197" />
        <source>&amp;Refresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="200" />
        <source>Credits &amp;&amp; vouchers</source>
        <translation>Crédits &amp;&amp; vouchers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="200" />
        <source>Purchase orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="201" />
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="201" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="201" />
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="202" />
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="202" />
        <source>Period report</source>
        <translation>Rapport de période</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="248" />
        <source>%1 — Cloud Credit Desk</source>
        <translation>%1 — Cloud Credit Desk</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="67" />
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="69" />
        <source>Ledger problem</source>
        <translation>Problème de registre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="95" />
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="96" />
        <source>Written to %1</source>
        <translation>Écrit dans %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="101" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="137" />
        <source>Unexpected error</source>
        <extracomment>The report dialog on screen, if any: a bug met again and again (once per cell of a table, once per tick of a timer) is reported once, not in a pile of dialogs.</extracomment>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="139" />
        <source>Something went wrong inside Cloud Credit Desk. Nothing half-written was kept in the ledger. Please copy the details below and send them to your support.</source>
        <translation>Une erreur interne s'est produite dans Cloud Credit Desk. Rien d'écrit à moitié n'a été gardé dans le registre. Copiez les détails ci-dessous et envoyez-les à votre support.</translation>
    </message>
</context>
<context>
    <name>MovementModel</name>
    <message>
        <location filename="../../desktop_app/ui/history/models.py" line="44" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/models.py" line="45" />
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/models.py" line="46" />
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/models.py" line="47" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/models.py" line="48" />
        <source>Lot or account</source>
        <translation>Lot ou compte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/models.py" line="49" />
        <source>Document</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/models.py" line="50" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/models.py" line="58" />
        <source>The credit (its order) or voucher (its code) the movement took from or gave to, or the account; double-click: its movements</source>
        <extracomment>The columns a double-click opens: the lot's own history, the document.</extracomment>
        <translation>Le crédit (son bon de commande) ou le voucher (son code) sur lequel le mouvement a pris ou rendu, ou le compte ; double-clic : ses mouvements</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/models.py" line="60" />
        <source>The invoice, credit note or order behind the movement; double-click an invoice or a credit note to open it</source>
        <translation>La facture, l'avoir ou le bon de commande à l'origine du mouvement ; double-cliquez sur une facture ou un avoir pour l'ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history/models.py" line="100" />
        <source>(account)</source>
        <translation>(compte)</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="20" />
        <location filename="../../desktop_app/ui/tables/names.py" line="50" />
        <location filename="../../desktop_app/ui/tables/names.py" line="90" />
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="21" />
        <location filename="../../desktop_app/ui/tables/names.py" line="51" />
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="29" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="30" />
        <source>Exhausted</source>
        <translation>Épuisé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="31" />
        <location filename="../../desktop_app/ui/vouchers/catalogue.py" line="51" />
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="32" />
        <source>Not yet valid</source>
        <translation>Pas encore valable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="40" />
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="41" />
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="42" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="52" />
        <source>Digital LaunchPad</source>
        <translation>Digital LaunchPad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="53" />
        <source>Loyalty account</source>
        <translation>Compte fidélité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="61" />
        <source>Voucher redeemed</source>
        <translation>Voucher utilisé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="62" />
        <source>Order paid</source>
        <translation>Bon de commande payé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="63" />
        <source>Used by an invoice</source>
        <translation>Utilisé par une facture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="64" />
        <source>Lost at expiry</source>
        <translation>Perdu à l'expiration</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="65" />
        <source>Account top-up</source>
        <translation>Crédit de compte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="66" />
        <source>Order created</source>
        <translation>Bon de commande créé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="67" />
        <source>Order cancelled</source>
        <translation>Bon de commande annulé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="68" />
        <source>Adjustment</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="69" />
        <source>Given back by a credit note</source>
        <translation>Rendu par un avoir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="77" />
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="78" />
        <source>SEPA direct debit</source>
        <translation>Prélèvement SEPA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="79" />
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="80" />
        <source>Bank transfer</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="89" />
        <source>Public Cloud credit</source>
        <translation>Crédit Public Cloud</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="91" />
        <source>purchase order created</source>
        <translation>bon de commande créé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="92" />
        <source>unused at expiry</source>
        <translation>inutilisé à l'expiration</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="93" />
        <source>OVHcloud credit</source>
        <translation>Crédit OVHcloud</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/names.py" line="94" />
        <source>used at OVHcloud before the import</source>
        <translation>utilisé chez OVHcloud avant l'import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vouchers/catalogue.py" line="49" />
        <source>Available</source>
        <extracomment>What the "Show" list offers, in its order (None: every code).</extracomment>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vouchers/catalogue.py" line="50" />
        <source>Redeemed</source>
        <translation>Utilisé</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <location filename="../../desktop_app/ui/preferences/pages.py" line="113" />
        <source>Expiry notices</source>
        <translation>Avis d'expiration</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preferences/pages.py" line="117" />
        <source>Credit expiring within the first lead time is announced (the notice at the top of the window, its status bar, the highlighted rows, `cloud-credit alerts`), and once more, as urgent, within the second. A lot already announced is not announced again until it reaches the next one.</source>
        <translation>Le crédit qui expire dans le premier délai est annoncé (l'avis en haut de la fenêtre, sa barre d'état, les lignes surlignées, `cloud-credit alerts`), puis une fois encore, comme urgent, dans le second. Un lot déjà annoncé ne l'est pas à nouveau avant d'atteindre le suivant.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preferences/pages.py" line="122" />
        <source>First notice (days before expiry):</source>
        <translation>Premier avis (jours avant l'expiration) :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preferences/pages.py" line="123" />
        <source>Urgent notice (days before expiry):</source>
        <translation>Avis urgent (jours avant l'expiration) :</translation>
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
        <location filename="../../desktop_app/ui/orders/view.py" line="93" />
        <source>Show:</source>
        <extracomment>What the "Show" list offers, in its order (None: every order).</extracomment>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="96" />
        <source>All orders</source>
        <translation>Tous les bons</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="96" />
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="96" />
        <source>Paid</source>
        <translation>Payés</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="96" />
        <source>Cancelled</source>
        <translation>Annulés</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="99" />
        <source>Mark paid…</source>
        <translation>Marquer payé…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="100" />
        <source>Cancel order…</source>
        <translation>Annuler le bon…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="101" />
        <source>Open PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="102" />
        <source>Save PDF as…</source>
        <translation>Enregistrer le PDF sous…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="103" />
        <source>Save the PDFs shown…</source>
        <translation>Enregistrer les PDF affichés…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="182" />
        <source>Cancel purchase order %1 (%2 incl. VAT)? Its number stays, marked cancelled.</source>
        <translation>Annuler le bon de commande %1 (%2 TTC) ? Son numéro reste, marqué annulé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="187" />
        <source>Cancel purchase order</source>
        <translation>Annuler le bon de commande</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="201" />
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="201" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="224" />
        <source>Save the PDFs of the orders shown</source>
        <translation>Enregistrer les PDF des bons affichés</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="237" />
        <source>%1 PDF(s) saved in %2</source>
        <translation>%1 PDF enregistré(s) dans %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="95" />
        <location filename="../../desktop_app/ui/orders/view.py" line="238" />
        <location filename="../../desktop_app/ui/orders/view.py" line="240" />
        <source>Purchase orders</source>
        <translation>Bons de commande</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="240" />
        <source>Writing the PDFs…</source>
        <translation>Écriture des PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/view.py" line="240" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PaidByModel</name>
    <message>
        <location filename="../../desktop_app/ui/posted/models.py" line="123" />
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/models.py" line="123" />
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/models.py" line="127" />
        <source>The voucher's code or the order's number; double-click: its movements</source>
        <translation>Le code du voucher ou le numéro du bon de commande ; double-clic : ses mouvements</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/models.py" line="123" />
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
</context>
<context>
    <name>PayOrderDialog</name>
    <message>
        <location filename="../../desktop_app/ui/orders/dialogs.py" line="58" />
        <source>Mark order paid</source>
        <translation>Marquer le bon payé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/dialogs.py" line="59" />
        <source>Order %1, %2 incl. VAT. The credit expires 13 months after payment.</source>
        <translation>Bon de commande %1, %2 TTC. Le crédit expire 13 mois après le paiement.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/dialogs.py" line="62" />
        <source>Payment &amp;date:</source>
        <translation>&amp;Date de paiement :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/orders/dialogs.py" line="63" />
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
    <name>PeriodReportView</name>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="124" />
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="125" />
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="126" />
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="127" />
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="131" />
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="132" />
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="133" />
        <source>Export journal…</source>
        <translation>Exporter le journal…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="134" />
        <location filename="../../desktop_app/ui/books/view.py" line="140" />
        <source>Invoices posted in the period</source>
        <translation>Factures enregistrées dans la période</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="135" />
        <source>Reverse…</source>
        <translation>Annuler par un avoir…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="136" />
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="137" />
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="138" />
        <source>Period end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="139" />
        <source>Roll-forward</source>
        <translation>Tableau de variation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="193" />
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="194" />
        <source>Bought</source>
        <translation>Acheté</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="195" />
        <source>Redeemed</source>
        <translation>Offert</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="196" />
        <source>Returned</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="197" />
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="198" />
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="199" />
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="228" />
        <source>Export the period report</source>
        <translation>Exporter le rapport de période</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="230" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="242" />
        <source>Export the roll-forward</source>
        <translation>Exporter le tableau de variation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="244" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="257" />
        <source>FEC (*.txt)</source>
        <translation>FEC (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="257" />
        <source>beancount (*.beancount)</source>
        <translation>beancount (*.beancount)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="258" />
        <source>Export the journal</source>
        <translation>Exporter le journal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="268" />
        <source>Writing the journal…</source>
        <translation>Écriture du journal…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="268" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="268" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="280" />
        <source>No entry in the period: the file holds its header only.</source>
        <translation>Aucune écriture dans la période : le fichier ne contient que son en-tête.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="282" />
        <source>%1 entries written, debit %2, credit %3.</source>
        <translation>%1 écritures écrites, débit %2, crédit %3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="287" />
        <source>Journal exported</source>
        <translation>Journal exporté</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="313" />
        <source>Reverse invoice</source>
        <translation>Annuler la facture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/view.py" line="336" />
        <source>Reverse invoice %1 (%2 excl. VAT) by credit note %3 dated %4? %5 goes back to credit and vouchers (%6 of it expired since and is lost again), %7 to the accounts; %8 incl. VAT is a refund due by the payment method. This cannot be undone.</source>
        <translation>Annuler la facture %1 (%2 HT) par l'avoir %3 daté du %4 ? %5 retourne au crédit et aux vouchers (dont %6 expiré depuis et perdu à nouveau), %7 aux comptes ; %8 TTC est un remboursement dû au moyen de paiement. Cette opération est définitive.</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="224" />
        <source>Buy on</source>
        <translation>Acheter le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="225" />
        <source>Excl. VAT</source>
        <translation>HT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="226" />
        <source>Incl. VAT</source>
        <translation>TTC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/models.py" line="252" />
        <source>VAT: %1. The credit is valid until %2.</source>
        <translation>TVA : %1. Le crédit est valable jusqu'au %2.</translation>
    </message>
</context>
<context>
    <name>PostedInvoiceModel</name>
    <message>
        <location filename="../../desktop_app/ui/posted/models.py" line="46" />
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/models.py" line="47" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/models.py" line="48" />
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/models.py" line="49" />
        <source>Total excl. VAT</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/models.py" line="50" />
        <source>Credit and vouchers</source>
        <translation>Crédit et vouchers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/models.py" line="51" />
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/models.py" line="58" />
        <source>What the payment method paid, excl. VAT</source>
        <translation>Ce qu'a payé le moyen de paiement, HT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/models.py" line="59" />
        <source>The credit note reversing the invoice</source>
        <translation>L'avoir qui annule la facture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/models.py" line="52" />
        <source>Reversed by</source>
        <translation>Annulée par</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/models.py" line="57" />
        <source>Paid by vouchers, purchased credit and the account balances</source>
        <translation>Payé par les vouchers, le crédit acheté et les soldes du compte</translation>
    </message>
</context>
<context>
    <name>PostedInvoicesModel</name>
    <message>
        <location filename="../../desktop_app/ui/books/models.py" line="93" />
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/models.py" line="94" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/models.py" line="95" />
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/models.py" line="96" />
        <source>Total excl. VAT</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/models.py" line="97" />
        <source>Payment method excl. VAT</source>
        <translation>Moyen de paiement HT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/models.py" line="98" />
        <source>Reversed by</source>
        <translation>Annulée par</translation>
    </message>
</context>
<context>
    <name>PostedInvoicesView</name>
    <message>
        <location filename="../../desktop_app/ui/posted/view.py" line="92" />
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/view.py" line="93" />
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/view.py" line="94" />
        <source>Period to</source>
        <translation>Période au</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/view.py" line="95" />
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/view.py" line="96" />
        <source>The invoice's lines and who paid what (Enter)</source>
        <translation>Les lignes de la facture et qui a payé quoi (Entrée)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/view.py" line="97" />
        <source>Statement PDF</source>
        <translation>Relevé PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/view.py" line="98" />
        <source>Write the invoice's statement again and open it</source>
        <translation>Réécrire le relevé de la facture et l'ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/view.py" line="99" />
        <source>Credit note…</source>
        <translation>Avoir…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/view.py" line="100" />
        <source>The credit note reversing the invoice</source>
        <translation>L'avoir qui annule la facture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/view.py" line="101" />
        <source>Posted invoices</source>
        <translation>Factures enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/view.py" line="149" />
        <source>%1 invoice(s)</source>
        <translation>%1 facture(s)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/preferences/dialog.py" line="96" />
        <location filename="../../desktop_app/ui/preferences/dialog.py" line="99" />
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
</context>
<context>
    <name>ProjectChoice</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/project_choice.py" line="32" />
        <source>Project:</source>
        <translation>Projet :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/project_choice.py" line="33" />
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/project_choice.py" line="34" />
        <source>Project</source>
        <translation>Projet</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../desktop_app/ui/projects/dialogs.py" line="59" />
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/projects/dialogs.py" line="61" />
        <source>Rename project</source>
        <translation>Renommer le projet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/projects/dialogs.py" line="62" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/projects/dialogs.py" line="63" />
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
</context>
<context>
    <name>ProjectModel</name>
    <message>
        <location filename="../../desktop_app/ui/projects/models.py" line="36" />
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/projects/models.py" line="36" />
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/projects/models.py" line="54" />
        <source> (archived)</source>
        <translation> (archivé)</translation>
    </message>
</context>
<context>
    <name>ProjectsPane</name>
    <message>
        <location filename="../../desktop_app/ui/projects/pane.py" line="87" />
        <location filename="../../desktop_app/ui/projects/pane.py" line="88" />
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/projects/pane.py" line="89" />
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/projects/pane.py" line="90" />
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/projects/pane.py" line="91" />
        <source>Show archived projects</source>
        <translation>Afficher les projets archivés</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/projects/pane.py" line="142" />
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/projects/pane.py" line="144" />
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/projects/pane.py" line="190" />
        <source>%1 has %2 purchase order(s) still pending. Archive it anyway? The orders stay pending: they can still be paid or cancelled in the Purchase orders tab.</source>
        <translation>%1 a %2 bon(s) de commande encore en attente. L'archiver quand même ? Les bons restent en attente : ils peuvent encore être payés ou annulés dans l'onglet Commandes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/projects/pane.py" line="194" />
        <source>Archive project</source>
        <translation>Archiver le projet</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../desktop_app/ui/qt_words.py" line="19" />
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_words.py" line="20" />
        <source>File Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_words.py" line="21" />
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_words.py" line="22" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_words.py" line="23" />
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_words.py" line="24" />
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_words.py" line="25" />
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop_app/ui/qt_words.py" line="16" />
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/qt_words.py" line="17" />
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
<context>
    <name>Reconcile</name>
    <message>
        <location filename="../../desktop_app/ui/reconcile/models.py" line="17" />
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/models.py" line="18" />
        <source>missing in the ledger</source>
        <translation>absent du registre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/models.py" line="19" />
        <source>missing at OVHcloud</source>
        <translation>absent chez OVHcloud</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/models.py" line="20" />
        <source>matched</source>
        <translation>concorde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/models.py" line="26" />
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/models.py" line="27" />
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/models.py" line="28" />
        <source>used</source>
        <translation>utilisé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/models.py" line="29" />
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/models.py" line="30" />
        <source>valid from</source>
        <translation>valide dès</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/models.py" line="31" />
        <source>expires on</source>
        <translation>expire le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/models.py" line="32" />
        <source>products</source>
        <translation>produits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/models.py" line="33" />
        <source>project name</source>
        <translation>nom du projet</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <location filename="../../desktop_app/ui/reconcile/dialog.py" line="84" />
        <location filename="../../desktop_app/ui/reconcile/dialog.py" line="140" />
        <source>Reconcile with OVHcloud</source>
        <extracomment>The statuses each choice of "Show:" keeps (none: every row).</extracomment>
        <translation>Rapprocher avec OVHcloud</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/dialog.py" line="87" />
        <source>%1, as of %2: %3 lots match, %4 differ; %5 missing in the ledger, %6 missing at OVHcloud. Nothing in the ledger is changed.</source>
        <translation>%1, au %2 : %3 lots concordent, %4 diffèrent ; %5 absents du registre, %6 absents chez OVHcloud. Rien n'est modifié dans le registre.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/dialog.py" line="93" />
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/dialog.py" line="94" />
        <source>Every lot</source>
        <translation>Tous les lots</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/dialog.py" line="94" />
        <source>What differs</source>
        <translation>Ce qui diffère</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/dialog.py" line="95" />
        <source>What is on one side only</source>
        <translation>Ce qui n'est que d'un côté</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/dialog.py" line="96" />
        <source>What matches</source>
        <translation>Ce qui concorde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/dialog.py" line="98" />
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/dialog.py" line="99" />
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/dialog.py" line="113" />
        <location filename="../../desktop_app/ui/reconcile/dialog.py" line="126" />
        <source>Export the reconciliation</source>
        <translation>Exporter le rapprochement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/dialog.py" line="115" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/dialog.py" line="128" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/dialog.py" line="139" />
        <source>Writing the reconciliation…</source>
        <translation>Écriture du rapprochement…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/dialog.py" line="139" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/dialog.py" line="143" />
        <source>Written to %1</source>
        <translation>Écrit dans %1</translation>
    </message>
</context>
<context>
    <name>ReconcileEntry</name>
    <message>
        <location filename="../../desktop_app/ui/reconcile/entry.py" line="46" />
        <source>Reconci&amp;le with OVHcloud…</source>
        <translation>R&amp;approcher avec OVHcloud…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/entry.py" line="47" />
        <source>Compare an OVHcloud dump (ovh fetch) with the ledger</source>
        <translation>Comparer un export OVHcloud (ovh fetch) avec le registre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/entry.py" line="49" />
        <source>&amp;Import from OVHcloud…</source>
        <translation>&amp;Importer depuis OVHcloud…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/entry.py" line="51" />
        <source>Add what an OVHcloud dump has and the ledger lacks; report what differs</source>
        <translation>Ajouter ce qu'un export OVHcloud contient et que le registre n'a pas ; signaler ce qui diffère</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/entry.py" line="59" />
        <location filename="../../desktop_app/ui/reconcile/entry.py" line="71" />
        <source>Reconcile with OVHcloud</source>
        <translation>Rapprocher avec OVHcloud</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/entry.py" line="60" />
        <location filename="../../desktop_app/ui/reconcile/entry.py" line="92" />
        <source>OVHcloud dumps (*.json);;All files (*)</source>
        <translation>Exports OVHcloud (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/entry.py" line="70" />
        <source>Comparing with OVHcloud…</source>
        <translation>Comparaison avec OVHcloud…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/entry.py" line="70" />
        <location filename="../../desktop_app/ui/reconcile/entry.py" line="103" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/entry.py" line="91" />
        <location filename="../../desktop_app/ui/reconcile/entry.py" line="104" />
        <location filename="../../desktop_app/ui/reconcile/entry.py" line="119" />
        <source>Import from OVHcloud</source>
        <translation>Importer depuis OVHcloud</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/entry.py" line="103" />
        <source>Importing from OVHcloud…</source>
        <translation>Import depuis OVHcloud…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/entry.py" line="112" />
        <source>%1 projects added, %2 matched; %3 lots added, %4 matched, %5 differ (reported, not changed); %6 lines of consumption added.</source>
        <translation>%1 projets ajoutés, %2 reconnus ; %3 lots ajoutés, %4 reconnus, %5 diffèrent (signalés, non modifiés) ; %6 lignes de consommation ajoutées.</translation>
    </message>
</context>
<context>
    <name>ReconcileModel</name>
    <message>
        <location filename="../../desktop_app/ui/reconcile/models.py" line="45" />
        <source>Status</source>
        <extracomment>Each status's hue; a match is in the palette's own text colour.</extracomment>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/models.py" line="45" />
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/models.py" line="45" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/models.py" line="45" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/models.py" line="46" />
        <source>Ledger</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reconcile/models.py" line="46" />
        <source>OVHcloud</source>
        <translation>OVHcloud</translation>
    </message>
</context>
<context>
    <name>RejectedLinesModel</name>
    <message>
        <location filename="../../desktop_app/ui/credits/voucher_import.py" line="45" />
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/voucher_import.py" line="45" />
        <source>Why it was refused</source>
        <translation>Motif du refus</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/forecast/results.py" line="127" />
        <source>Credit lasts until</source>
        <translation>Le crédit dure jusqu'au</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/results.py" line="128" />
        <source>Forecast, month by month</source>
        <translation>Prévision, mois par mois</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/results.py" line="129" />
        <source>Lost to expiry</source>
        <translation>Perdu à l'expiration</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/results.py" line="130" />
        <source>Paid by the payment method</source>
        <translation>Réglé par le moyen de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/results.py" line="132" />
        <source>Type a monthly spend per product, or fill it from the history, then compute the forecast.</source>
        <translation>Saisissez une consommation mensuelle par produit, ou reprenez-la de l'historique, puis calculez la prévision.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/results.py" line="181" />
        <source>From that invoice on, the payment method pays part of each month.</source>
        <translation>À partir de cette facture, le moyen de paiement en règle une partie chaque mois.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/results.py" line="187" />
        <source>Beyond %1</source>
        <translation>Au-delà du %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/results.py" line="188" />
        <source>The credit covers the %1 months forecast.</source>
        <translation>Le crédit couvre les %1 mois prévus.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/results.py" line="194" />
        <source>1 lot expires with credit left.</source>
        <translation>1 lot expire avec du crédit restant.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/results.py" line="196" />
        <source>%1 lots expire with credit left.</source>
        <translation>%1 lots expirent avec du crédit restant.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/results.py" line="201" />
        <source>Nothing expires unused.</source>
        <translation>Rien n'expire inutilisé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/results.py" line="206" />
        <source>%1 excl. VAT</source>
        <translation>%1 HT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forecast/results.py" line="207" />
        <source>%1 incl. VAT over %2 months.</source>
        <translation>%1 TTC sur %2 mois.</translation>
    </message>
</context>
<context>
    <name>ReturnedModel</name>
    <message>
        <location filename="../../desktop_app/ui/posted/models.py" line="145" />
        <source>Given back to</source>
        <translation>Rendu à</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/models.py" line="146" />
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/models.py" line="147" />
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/posted/models.py" line="148" />
        <source>Lost again at expiry</source>
        <translation>Reperdu à l'expiration</translation>
    </message>
</context>
<context>
    <name>RollForwardModel</name>
    <message>
        <location filename="../../desktop_app/ui/books/models.py" line="39" />
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/models.py" line="40" />
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/models.py" line="41" />
        <source>Bought</source>
        <translation>Acheté</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/models.py" line="42" />
        <source>Redeemed</source>
        <translation>Offert</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/models.py" line="43" />
        <source>Returned</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/models.py" line="44" />
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/models.py" line="45" />
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/models.py" line="46" />
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/models.py" line="51" />
        <source>The balance at the start of the period</source>
        <translation>Le solde au début de la période</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/models.py" line="52" />
        <source>Orders paid in the period</source>
        <translation>Bons de commande payés dans la période</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/models.py" line="53" />
        <source>Vouchers redeemed and account top-ups</source>
        <translation>Vouchers ajoutés et approvisionnements des comptes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/models.py" line="54" />
        <source>Given back by credit notes</source>
        <translation>Rendu par des avoirs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/models.py" line="55" />
        <source>Taken by invoices</source>
        <translation>Pris par les factures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/models.py" line="56" />
        <source>Lost at expiry, recorded or due</source>
        <translation>Perdu à l'expiration, enregistré ou dû</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/models.py" line="57" />
        <source>What the credits table shows available at the end of the period</source>
        <translation>Le disponible du tableau des crédits à la fin de la période</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/books/models.py" line="74" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ServerLedgerDialog</name>
    <message>
        <location filename="../../desktop_app/ui/ledger/server_dialog.py" line="41" />
        <source>Open a server ledger</source>
        <translation>Ouvrir un registre serveur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/server_dialog.py" line="44" />
        <source>The &amp;address of a team ledger on a PostgreSQL server: a URL such as postgresql://you@server/credits, or a service of pg_service.conf written service=name. Keep the password in ~/.pgpass: it is never shown here.</source>
        <translation>L'&amp;adresse d'un registre d'équipe sur un serveur PostgreSQL : une URL comme postgresql://vous@serveur/credits, ou un service de pg_service.conf écrit service=nom. Gardez le mot de passe dans ~/.pgpass : il n'est jamais affiché ici.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/server_dialog.py" line="49" />
        <source>postgresql://user@host/database or service=name</source>
        <translation>postgresql://utilisateur@hôte/base ou service=nom</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="75" />
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="77" />
        <source>Next / previous control</source>
        <translation>Contrôle suivant / précédent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="78" />
        <source>Move in a table or a list</source>
        <translation>Se déplacer dans un tableau ou une liste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="78" />
        <source>Arrow keys</source>
        <translation>Touches fléchées</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="79" />
        <source>Next / previous tab</source>
        <translation>Onglet suivant / précédent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="80" />
        <source>Leave a field for the tab's table</source>
        <translation>Quitter un champ pour le tableau de l'onglet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="81" />
        <source>Go to a field or a button</source>
        <translation>Aller à un champ ou un bouton</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="81" />
        <source>Alt + its underlined letter</source>
        <translation>Alt + sa lettre soulignée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="82" />
        <source>Open a menu</source>
        <translation>Ouvrir un menu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="82" />
        <source>Alt + its underlined letter, or F10</source>
        <translation>Alt + sa lettre soulignée, ou F10</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="86" />
        <location filename="../../desktop_app/ui/help/dialogs.py" line="88" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="87" />
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="87" />
        <source>Does</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help/dialogs.py" line="87" />
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SplitChart</name>
    <message>
        <location filename="../../desktop_app/ui/invoices/split_chart.py" line="59" />
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/split_chart.py" line="102" />
        <source>Simulate the invoice to see who pays how much.</source>
        <translation>Simulez la facture pour voir qui paie combien.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoices/split_chart.py" line="104" />
        <location filename="../../desktop_app/ui/invoices/split_chart.py" line="110" />
        <source>Split, excl. VAT</source>
        <translation>Répartition HT</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../desktop_app/ui/onboarding/start.py" line="105" />
        <source>Cloud Credit Desk</source>
        <extracomment>The ledger asked for could not be opened: why, in the warning's tone, bold.</extracomment>
        <translation>Cloud Credit Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/onboarding/start.py" line="106" />
        <source>Prepaid Public Cloud credit and vouchers, per project, in one ledger file. How would you like to start?</source>
        <translation>Le crédit Public Cloud prépayé et les vouchers, par projet, dans un seul fichier registre. Comment voulez-vous commencer ?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/onboarding/start.py" line="108" />
        <source>Open the demo</source>
        <translation>Ouvrir la démo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/onboarding/start.py" line="111" />
        <source>A made-up company with a year of orders, vouchers and invoices: try everything, nothing of yours is touched.</source>
        <translation>Une société fictive avec un an de commandes, de vouchers et de factures : essayez tout, rien de vos données n'est touché.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/onboarding/start.py" line="115" />
        <source>New ledger</source>
        <translation>Nouveau registre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/onboarding/start.py" line="118" />
        <source>Your own ledger, empty: a short assistant asks for your company's details, the seller's and the bank details.</source>
        <translation>Votre propre registre, vide : un court assistant demande les informations de votre société, celles du vendeur et les coordonnées bancaires.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/onboarding/start.py" line="122" />
        <source>Open a ledger…</source>
        <translation>Ouvrir un registre…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/onboarding/start.py" line="123" />
        <source>A ledger file you already have.</source>
        <translation>Un fichier registre que vous avez déjà.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/onboarding/start.py" line="124" />
        <source>Open a server ledger…</source>
        <translation>Ouvrir un registre serveur…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/onboarding/start.py" line="126" />
        <source>Your team's ledger on a PostgreSQL server: its address or service=name.</source>
        <translation>Le registre de votre équipe sur un serveur PostgreSQL : son adresse ou service=nom.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/onboarding/start.py" line="142" />
        <source>Open a ledger</source>
        <translation>Ouvrir un registre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/onboarding/start.py" line="144" />
        <source>Ledgers (*.sqlite3);;All files (*)</source>
        <translation>Registres (*.sqlite3);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>StatusSummary</name>
    <message>
        <location filename="../../desktop_app/ui/ledger/status.py" line="69" />
        <source>No project selected</source>
        <extracomment>What a server ledger away says (the storage makes its connection again in the background). A server ledger's connection lost: said until the poll reaches the ledger again. A server ledger: which database, and who wrote last (hidden for a file). All of them in one permanent widget, which makes way for a temporary message ("Backup written to…"): permanent widgets are never hidden by one, and these fill the bar of a 1024-pixel window, leaving the message no room at all.</extracomment>
        <translation>Aucun projet sélectionné</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/status.py" line="77" />
        <source>%1: %2 available</source>
        <translation>%1 : %2 disponibles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/status.py" line="78" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/status.py" line="88" />
        <source>Nothing expires</source>
        <translation>Aucune expiration</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/status.py" line="91" />
        <source>Next expiry: %1</source>
        <translation>Prochaine expiration : %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/status.py" line="93" />
        <source>Expiry: %1</source>
        <translation>Expiration : %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/status.py" line="101" />
        <source>Digital LaunchPad: %1</source>
        <translation>Digital LaunchPad : %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/status.py" line="103" />
        <source>LaunchPad: %1</source>
        <translation>LaunchPad : %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/status.py" line="105" />
        <source>Loyalty: %1</source>
        <translation>Fidélité : %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/status.py" line="132" />
        <source>this machine</source>
        <translation>cette machine</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/status.py" line="133" />
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/status.py" line="134" />
        <source>Server ledger %1 on %2</source>
        <translation>Registre serveur %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/status.py" line="139" />
        <source>last written by %1 at %2</source>
        <translation>dernière écriture par %1 le %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/status.py" line="140" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/status.py" line="168" />
        <source>Connection to the server lost; reconnecting…</source>
        <translation>Connexion au serveur perdue ; reconnexion en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/status.py" line="184" />
        <source>%1 lot(s) expire within %2 days</source>
        <translation>%1 lot(s) expirent sous %2 jours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/status.py" line="185" />
        <source>%1 lot(s) within %2 days</source>
        <translation>%1 lot(s) sous %2 jours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/ledger/status.py" line="190" />
        <source>Click to show the notice.</source>
        <translation>Cliquez pour afficher l'avis.</translation>
    </message>
</context>
<context>
    <name>TableBehaviour</name>
    <message>
        <location filename="../../desktop_app/ui/tables/behaviour.py" line="144" />
        <source>&amp;Copy</source>
        <extracomment>Opens a row: given its index (a double-click, Enter, the menu's Open).</extracomment>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/behaviour.py" line="149" />
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/behaviour.py" line="153" />
        <source>&amp;Export the selection…</source>
        <translation>&amp;Exporter la sélection…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/behaviour.py" line="180" />
        <source>Export the selection</source>
        <translation>Exporter la sélection</translation>
    </message>
</context>
<context>
    <name>ViewOnly</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/view_only.py" line="26" />
        <source>Shown as of %1, not today (%2): nothing can be written on another day. Click “Today” beside “As of” to write again.</source>
        <translation>Affiché au %1, pas à aujourd'hui (%2) : rien ne peut être écrit un autre jour. Cliquez sur « Aujourd'hui » à côté de « Au » pour écrire à nouveau.</translation>
    </message>
</context>
<context>
    <name>VoucherCatalogueDialog</name>
    <message>
        <location filename="../../desktop_app/ui/vouchers/catalogue.py" line="162" />
        <location filename="../../desktop_app/ui/vouchers/catalogue.py" line="174" />
        <source>Voucher catalogue</source>
        <translation>Catalogue des vouchers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vouchers/catalogue.py" line="163" />
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vouchers/catalogue.py" line="164" />
        <source>Campaign:</source>
        <translation>Campagne :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vouchers/catalogue.py" line="165" />
        <source>All codes</source>
        <translation>Tous les codes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vouchers/catalogue.py" line="168" />
        <source>All campaigns</source>
        <translation>Toutes les campagnes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vouchers/catalogue.py" line="171" />
        <location filename="../../desktop_app/ui/vouchers/catalogue.py" line="202" />
        <source>(no campaign)</source>
        <translation>(sans campagne)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vouchers/catalogue.py" line="172" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vouchers/catalogue.py" line="173" />
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vouchers/catalogue.py" line="175" />
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vouchers/catalogue.py" line="216" />
        <source>%1 code(s)</source>
        <translation>%1 code(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vouchers/catalogue.py" line="221" />
        <source>Export the voucher catalogue</source>
        <translation>Exporter le catalogue des vouchers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vouchers/catalogue.py" line="222" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vouchers/catalogue.py" line="238" />
        <source>Writing the CSV file…</source>
        <translation>Écriture du fichier CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vouchers/catalogue.py" line="238" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vouchers/catalogue.py" line="238" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>VoucherCatalogueModel</name>
    <message>
        <location filename="../../desktop_app/ui/vouchers/catalogue.py" line="68" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vouchers/catalogue.py" line="69" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vouchers/catalogue.py" line="70" />
        <source>Valid from</source>
        <translation>Valable du</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vouchers/catalogue.py" line="71" />
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vouchers/catalogue.py" line="72" />
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vouchers/catalogue.py" line="73" />
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vouchers/catalogue.py" line="74" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vouchers/catalogue.py" line="75" />
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vouchers/catalogue.py" line="76" />
        <source>Redeemed on</source>
        <translation>Utilisé le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vouchers/catalogue.py" line="103" />
        <source>every product</source>
        <translation>tous les produits</translation>
    </message>
</context>
<context>
    <name>VoucherImport</name>
    <message>
        <location filename="../../desktop_app/ui/credits/voucher_import.py" line="112" />
        <source>Import voucher codes</source>
        <translation>Importer des codes de vouchers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/voucher_import.py" line="114" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/voucher_import.py" line="166" />
        <source>Reading the voucher codes…</source>
        <translation>Lecture des codes de vouchers…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/voucher_import.py" line="167" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/voucher_import.py" line="152" />
        <location filename="../../desktop_app/ui/credits/voucher_import.py" line="168" />
        <source>Voucher import</source>
        <translation>Import de vouchers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/credits/voucher_import.py" line="153" />
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
<context>
    <name>WindowExtras</name>
    <message>
        <location filename="../../desktop_app/ui/window_extras.py" line="86" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_extras.py" line="88" />
        <source>Voucher &amp;catalogue…</source>
        <translation>&amp;Catalogue des vouchers…</translation>
    </message>
</context>
<context>
    <name>_Step</name>
    <message>
        <location filename="../../desktop_app/ui/onboarding/assistant.py" line="100" />
        <source>Needed for purchase orders: %1.</source>
        <translation>Nécessaire aux bons de commande : %1.</translation>
    </message>
</context>
<context>
    <name>_Welcome</name>
    <message>
        <location filename="../../desktop_app/ui/onboarding/assistant.py" line="58" />
        <source>Welcome to Cloud Credit Desk</source>
        <extracomment>Why the assistant is shown: a new ledger, or a purchase order asked for before its details.</extracomment>
        <translation>Bienvenue dans Cloud Credit Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/onboarding/assistant.py" line="60" />
        <source>A purchase order names your company as the buyer, the seller and where to pay. Type them once here; they can be changed later in File &gt; Preferences.</source>
        <translation>Un bon de commande nomme votre société comme acheteur, le vendeur et où payer. Saisissez-les une fois ici ; ils se modifient ensuite dans Fichier &gt; Préférences.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/onboarding/assistant.py" line="64" />
        <source>This ledger is new and empty. A few details first: your company (the buyer on purchase orders), the seller you buy the credit from, the bank details and the VAT rate. Everything can be changed later in File &gt; Preferences.</source>
        <translation>Ce registre est neuf et vide. Quelques informations d'abord : votre société (l'acheteur sur les bons de commande), le vendeur auprès de qui vous achetez le crédit, les coordonnées bancaires et le taux de TVA. Tout se modifie ensuite dans Fichier &gt; Préférences.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/onboarding/assistant.py" line="69" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/onboarding/assistant.py" line="70" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
</TS>