<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Rimedio – add a user</source>
        <translation>Rimedio – aggiungi un utente</translation>
    </message>
    <message>
        <source>e.g. 30,00 – empty: the role's limit</source>
        <translation>es. 30,00 – vuoto: il limite del ruolo</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nome &amp;completo:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Limit per &amp;case:</source>
        <translation>Limite per &amp;caso:</translation>
    </message>
    <message>
        <source>&amp;Daily limit:</source>
        <translation>Limite &amp;giornaliero:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
</context>
<context>
    <name>AdminView</name>
    <message>
        <source>Shop settings</source>
        <translation>Impostazioni del negozio</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Loading</source>
        <translation>Caricamento</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>Questa colonna non si può ordinare.</translation>
    </message>
    <message>
        <source>Resolution due: %1</source>
        <translation>Da risolvere entro: %1</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Torna all'elenco (Alt+Sinistra)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canale:</translation>
    </message>
    <message>
        <source>The customer wants:</source>
        <translation>Il cliente vuole:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Ordine:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsabile:</translation>
    </message>
    <message>
        <source>Resolution due:</source>
        <translation>Da risolvere entro:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descrizione:</translation>
    </message>
    <message>
        <source>Affected lines</source>
        <translation>Righe interessate</translation>
    </message>
    <message>
        <source>Affected lines:</source>
        <translation>Righe interessate:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Write a note (Ctrl+Enter adds it)</source>
        <translation>Scrivi una nota (Ctrl+Invio la aggiunge)</translation>
    </message>
    <message>
        <source>&amp;Internal (never on the customer's paper)</source>
        <translation>&amp;Interna (mai sui documenti per il cliente)</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Aggiungi &amp;nota</translation>
    </message>
    <message>
        <source>What the customer answered</source>
        <translation>Cosa ha risposto il cliente</translation>
    </message>
    <message>
        <source>The customer's answer</source>
        <translation>La risposta del cliente</translation>
    </message>
    <message>
        <source>&amp;Record answer</source>
        <translation>&amp;Registra risposta</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nuovo stato</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Motivo (facoltativo)</translation>
    </message>
    <message>
        <source>Reason for the status change</source>
        <translation>Motivo del cambio di stato</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>Cambia &amp;stato</translation>
    </message>
    <message>
        <source>C&amp;lose case</source>
        <translation>C&amp;hiudi caso</translation>
    </message>
    <message>
        <source>Work on the case</source>
        <translation>Lavora sul caso</translation>
    </message>
    <message>
        <source>Case %1 · %2 · %3</source>
        <translation>Caso %1 · %2 · %3</translation>
    </message>
    <message>
        <source>no order</source>
        <translation>nessun ordine</translation>
    </message>
    <message>
        <source>Rimedio – case %1</source>
        <translation>Rimedio – caso %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Rimedio – unexpected error</source>
        <translation>Rimedio – errore imprevisto</translation>
    </message>
    <message>
        <source>Rimedio ran into an error it did not expect. Your last change may not have been saved. The details below are in the log file too; please send them to whoever looks after Rimedio.</source>
        <translation>Rimedio ha incontrato un errore imprevisto. L'ultima modifica potrebbe non essere stata salvata. I dettagli qui sotto sono anche nel file di log; inviali a chi si occupa di Rimedio.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Rapporto dell'errore</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copia rapporto</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contatti:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segmento:</translation>
    </message>
    <message>
        <source>Lifetime spend:</source>
        <translation>Speso in totale:</translation>
    </message>
    <message>
        <source>Orders:</source>
        <translation>Ordini:</translation>
    </message>
    <message>
        <source>Claims so far:</source>
        <translation>Reclami finora:</translation>
    </message>
    <message>
        <source>Store credit:</source>
        <translation>Credito negozio:</translation>
    </message>
    <message>
        <source>Claim rate:</source>
        <translation>Tasso di reclami:</translation>
    </message>
    <message>
        <source>Customer &amp;details</source>
        <translation>&amp;Dettagli cliente</translation>
    </message>
    <message>
        <source>shown here once store credit is available</source>
        <translation>appare qui quando il credito negozio sarà disponibile</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nuovo cliente</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Abituale</translation>
    </message>
    <message>
        <source>Loyal (VIP)</source>
        <translation>Fedele (VIP)</translation>
    </message>
    <message>
        <source>Lapsed – a win-back chance</source>
        <translation>Inattivo – un'occasione per riconquistarlo</translation>
    </message>
    <message>
        <source>Occasional small buyer</source>
        <translation>Acquirente occasionale di piccoli importi</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n ordine</numerusform>
            <numerusform>%n ordini</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casi</numerusform>
            </translation>
    </message>
    <message>
        <source>⚑ Unusually many claims: any credit needs a supervisor.</source>
        <translation>⚑ Reclami insolitamente frequenti: ogni credito richiede un supervisore.</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normale</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>Search customers: name, e-mail or phone (Ctrl+F)</source>
        <translation>Cerca clienti: nome, e-mail o telefono (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Cerca clienti</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Choose a customer</source>
        <translation>Scegli un cliente</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Credito negozio</translation>
    </message>
    <message>
        <source>The customer's credit ledger (grants, redemptions, expiry) appears here once store credit is available.</source>
        <translation>Il registro del credito del cliente (concessioni, utilizzi, scadenze) appare qui quando il credito negozio sarà disponibile.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Note and voucher</source>
        <translation>Biglietto e buono</translation>
    </message>
    <message>
        <source>Pre&amp;view and print…</source>
        <translation>Antepri&amp;ma e stampa…</translation>
    </message>
    <message>
        <source>&amp;E-mail to the customer…</source>
        <translation>Invia per &amp;e-mail al cliente…</translation>
    </message>
    <message>
        <source>Available once the apology note and voucher can be printed.</source>
        <translation>Disponibile quando biglietto di scuse e buono si potranno stampare.</translation>
    </message>
    <message>
        <source>The apology note, the voucher and the case sheet can be previewed, printed and e-mailed here once documents are available.</source>
        <translation>Il biglietto di scuse, il buono e la scheda del caso si potranno vedere in anteprima, stampare e inviare per e-mail qui quando i documenti saranno disponibili.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Rimedio – first start</source>
        <translation>Rimedio – primo avvio</translation>
    </message>
    <message>
        <source>This database is new: it has no users and no shop data yet (%1).</source>
        <translation>Questo database è nuovo: non ha ancora utenti né dati del negozio (%1).</translation>
    </message>
    <message>
        <source>Try Rimedio</source>
        <translation>Prova Rimedio</translation>
    </message>
    <message>
        <source>Fill it with the demo shop Bottega Aurora: customers, orders and cases to try everything. The users agent, supervisor and admin have their own name as password — for trying only, never for real work.</source>
        <translation>Riempilo con il negozio dimostrativo Bottega Aurora: clienti, ordini e casi per provare tutto. Gli utenti agent, supervisor e admin hanno il proprio nome come password — solo per prova, mai per il lavoro vero.</translation>
    </message>
    <message>
        <source>Fill with the &amp;demo shop</source>
        <translation>Riempi con il negozio &amp;dimostrativo</translation>
    </message>
    <message>
        <source>Start for real</source>
        <translation>Inizia sul serio</translation>
    </message>
    <message>
        <source>Create the first administrator; they add the other users.</source>
        <translation>Crea il primo amministratore; sarà lui ad aggiungere gli altri utenti.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nome &amp;completo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Ripeti la pass&amp;word:</translation>
    </message>
    <message>
        <source>Create the &amp;administrator</source>
        <translation>Crea l'&amp;amministratore</translation>
    </message>
    <message>
        <source>Welcome to Rimedio</source>
        <translation>Benvenuto in Rimedio</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Le due password sono diverse.</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Name, e-mail, phone, order or words</source>
        <translation>Nome, e-mail, telefono, ordine o parole</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Cerca casi</translation>
    </message>
    <message>
        <source>Search cases (Ctrl+F): every word must match; accents and capitals do not matter.</source>
        <translation>Cerca casi (Ctrl+F): ogni parola deve corrispondere; accenti e maiuscole non contano.</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro per stato</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Casi aperti</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtro per tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>Filtro per canale</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tutti i canali</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Miei</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;Scaduti</translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation>Numero di casi</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casi</numerusform>
            </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Rimedio – log in</source>
        <translation>Rimedio – accesso</translation>
    </message>
    <message>
        <source>Welcome to Rimedio</source>
        <translation>Benvenuto in Rimedio</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Ricordami su questo computer</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Connessione…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigazione</translation>
    </message>
    <message>
        <source>Credit requests above an agent's limit wait here for a supervisor, with a count on the left, once approvals are available.</source>
        <translation>Le richieste di credito oltre il limite di un operatore aspetteranno qui un supervisore, con il conteggio a sinistra, quando le approvazioni saranno disponibili.</translation>
    </message>
    <message>
        <source>Store credit — grants, vouchers, redemptions and what the shop still owes — appears here once the credit ledger is available.</source>
        <translation>Il credito negozio — concessioni, buoni, utilizzi e quanto il negozio deve ancora — appare qui quando il registro del credito sarà disponibile.</translation>
    </message>
    <message>
        <source>Reports (cases by kind and channel, deadlines met, keep-and-credit acceptance, savings, credit liability) appear here once they exist.</source>
        <translation>I report (casi per tipo e canale, scadenze rispettate, accettazione di «tieni e ricevi credito», risparmi, credito da onorare) appariranno qui quando esisteranno.</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nuovo caso…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Trova</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <source>Printing arrives with the apology notes and vouchers.</source>
        <translation>La stampa arriverà con i biglietti di scuse e i buoni.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Ricarica</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sessione</translation>
    </message>
    <message>
        <source>&amp;Connection and language…</source>
        <translation>&amp;Connessione e lingua…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Chiudi Rimedio</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Database in uso</translation>
    </message>
    <message>
        <source>Rimedio</source>
        <translation>Rimedio</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>caso %1</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Inbox</source>
        <translation>Posta in arrivo</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>I miei casi</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approvazioni</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credito</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>Rimedio – new case</source>
        <translation>Rimedio – nuovo caso</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or order number</source>
        <translation>Nome, e-mail, telefono o numero d'ordine</translation>
    </message>
    <message>
        <source>Find the customer or order</source>
        <translation>Trova il cliente o l'ordine</translation>
    </message>
    <message>
        <source>Matching customers and orders</source>
        <translation>Clienti e ordini trovati</translation>
    </message>
    <message>
        <source>No customer chosen yet.</source>
        <translation>Nessun cliente scelto.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>Affected lines (space ticks a line)</source>
        <translation>Righe interessate (la barra spaziatrice spunta una riga)</translation>
    </message>
    <message>
        <source>In a few words: what went wrong</source>
        <translation>In poche parole: cosa è andato storto</translation>
    </message>
    <message>
        <source>What the customer said, in their words</source>
        <translation>Cosa ha detto il cliente, con parole sue</translation>
    </message>
    <message>
        <source>&amp;Open case (Ctrl+Enter)</source>
        <translation>&amp;Apri caso (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>&amp;Customer or order:</source>
        <translation>&amp;Cliente o ordine:</translation>
    </message>
    <message>
        <source>O&amp;rder:</source>
        <translation>O&amp;rdine:</translation>
    </message>
    <message>
        <source>Affected &amp;lines:</source>
        <translation>&amp;Righe interessate:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;anale:</translation>
    </message>
    <message>
        <source>The customer &amp;wants:</source>
        <translation>Il cliente &amp;vuole:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>Ri&amp;epilogo:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source>No order</source>
        <translation>Nessun ordine</translation>
    </message>
    <message>
        <source>Find the customer or the order first.</source>
        <translation>Prima trova il cliente o l'ordine.</translation>
    </message>
</context>
<context>
    <name>OrderLinesModel</name>
    <message>
        <source>SKU</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qtà</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Prodotti</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Rimedio – connection and language</source>
        <translation>Rimedio – connessione e lingua</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>La lingua del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>&amp;SQLite file on this computer (one workstation)</source>
        <translation>File &amp;SQLite su questo computer (una postazione)</translation>
    </message>
    <message>
        <source>Post&amp;greSQL server (a team)</source>
        <translation>Server Post&amp;greSQL (un gruppo)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>conservata nel portachiavi di sistema</translation>
    </message>
    <message>
        <source>Require an encrypted connection (&amp;TLS)</source>
        <translation>Richiedi una connessione cifrata (&amp;TLS)</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Server PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Prova connessione</translation>
    </message>
    <message>
        <source>Rimedio – SQLite database file</source>
        <translation>Rimedio – file di database SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Database SQLite (*.sqlite3 *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione in corso…</translation>
    </message>
    <message>
        <source>The connection works: %1</source>
        <translation>La connessione funziona: %1</translation>
    </message>
</context>
<context>
    <name>RemediesPanel</name>
    <message>
        <source>Remedies</source>
        <translation>Rimedi</translation>
    </message>
    <message>
        <source>Remedies appear here once proposals are available: each option ranked with its cost to the shop and why, the amount to change, and whether it needs a supervisor's approval before it is sent.</source>
        <translation>I rimedi appariranno qui quando le proposte saranno disponibili: ogni opzione in ordine, con il suo costo per il negozio e il perché, l'importo da modificare e se serve l'approvazione di un supervisore prima dell'invio.</translation>
    </message>
</context>
<context>
    <name>SettingsModel</name>
    <message>
        <source>Setting</source>
        <translation>Impostazione</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinito</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significato</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Groups of settings</source>
        <translation>Gruppi di impostazioni</translation>
    </message>
    <message>
        <source>Shop settings</source>
        <translation>Impostazioni del negozio</translation>
    </message>
    <message>
        <source>Double-click a value (or press F2) to change it. Shared by every workstation.</source>
        <translation>Doppio clic su un valore (o F2) per cambiarlo. Valgono per tutte le postazioni.</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings.</source>
        <translation>Solo un amministratore può cambiare queste impostazioni.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvata.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Rimedio – no database</source>
        <translation>Rimedio – nessun database</translation>
    </message>
    <message>
        <source>Rimedio cannot open its database.</source>
        <translation>Rimedio non riesce ad aprire il suo database.</translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation>Impostazioni di connessione…</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>(internal)</source>
        <translation>(interna)</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Limit per case</source>
        <translation>Limite per caso</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>Limite giornaliero</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloccato</translation>
    </message>
    <message>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>non attivo</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Aggiungi utente…</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Rimedio – changed by someone else</source>
        <translation>Rimedio – modificato da un'altra persona</translation>
    </message>
    <message>
        <source>Rimedio</source>
        <translation>Rimedio</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Wrong item</source>
        <translation>Articolo sbagliato</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Danneggiato</translation>
    </message>
    <message>
        <source>Missing item</source>
        <translation>Articolo mancante</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Ritardo</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reclamo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Click to call</source>
        <translation>Click to call</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposto</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>In attesa di approvazione</translation>
    </message>
    <message>
        <source>Awaiting customer</source>
        <translation>In attesa del cliente</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Keep the item</source>
        <translation>Tenere l'articolo</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Sostituzione</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rimborso</translation>
    </message>
    <message>
        <source>Does not know yet</source>
        <translation>Non sa ancora</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisore</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Caso aperto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Stato cambiato</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assegnato</translation>
    </message>
    <message>
        <source>Remedies proposed</source>
        <translation>Rimedi proposti</translation>
    </message>
    <message>
        <source>Remedy chosen</source>
        <translation>Rimedio scelto</translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation>Approvazione richiesta</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approvato</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Respinto</translation>
    </message>
    <message>
        <source>Credit issued</source>
        <translation>Credito emesso</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Stampato</translation>
    </message>
    <message>
        <source>E-mailed</source>
        <translation>Inviato per e-mail</translation>
    </message>
    <message>
        <source>Customer answered</source>
        <translation>Il cliente ha risposto</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Allegato</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumeno</translation>
    </message>
</context>
<context>
    <name>lookup</name>
    <message>
        <source>Order %1</source>
        <translation>Ordine %1</translation>
    </message>
</context>
</TS>