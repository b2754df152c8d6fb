<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Rimedio – add a user</source>
        <translation>Rimedio – aggiungi un utente</translation>
    </message>
    <message>
        <source>e.g. 30,00 – empty: the role&apos;s limit</source>
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
    <message>
        <source>Imports</source>
        <translation>Importazioni</translation>
    </message>
    <message>
        <source>Mail and templates</source>
        <translation>Posta e modelli</translation>
    </message>
    <message>
        <source>All settings (table)</source>
        <translation>Tutte le impostazioni (tabella)</translation>
    </message>
</context>
<context>
    <name>AgentTableModel</name>
    <message>
        <source>Agent</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message>
        <source>First answer on time</source>
        <translation>Prima risposta in tempo</translation>
    </message>
    <message>
        <source>Hours to first answer</source>
        <translation>Ore alla prima risposta</translation>
    </message>
    <message>
        <source>Resolved on time</source>
        <translation>Risolti in tempo</translation>
    </message>
    <message>
        <source>Hours to resolution</source>
        <translation>Ore alla risoluzione</translation>
    </message>
    <message>
        <source>Keep-and-credit offered</source>
        <translation>Tieni-e-credito offerti</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accettati</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Risparmiato</translation>
    </message>
    <message>
        <source>Credit issued</source>
        <translation>Credito emesso</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nessuno)</translation>
    </message>
</context>
<context>
    <name>ApprovalsView</name>
    <message>
        <source>Which requests</source>
        <extracomment>How long *Undo* is offered after a decision before it is carried out.</extracomment>
        <translation>Quali richieste</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>In attesa di decisione</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Tutte le richieste</translation>
    </message>
    <message>
        <source>Approval requests</source>
        <translation>Richieste di approvazione</translation>
    </message>
    <message>
        <source>Choose a request</source>
        <translation>Scegli una richiesta</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>Amount to approve</source>
        <translation>Importo da approvare</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Motivo della decisione</translation>
    </message>
    <message>
        <source>Required to reject; shown to the agent</source>
        <translation>Obbligatorio per rifiutare; lo vede l&apos;operatore</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approva</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rifiuta</translation>
    </message>
    <message>
        <source>A&amp;mount (lower it to approve less):</source>
        <translation>I&amp;mporto (lo abbassi per approvare meno):</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Moti&amp;vo:</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n richiesta</numerusform>
            <numerusform>%n richieste</numerusform>
        </translation>
    </message>
    <message>
        <source>No request chosen</source>
        <translation>Nessuna richiesta scelta</translation>
    </message>
    <message>
        <source>Request %1 · case %2</source>
        <translation>Richiesta %1 · caso %2</translation>
    </message>
    <message>
        <source>Approving %1 of the %2 asked on case %3 (%4).</source>
        <translation>Approvazione di %1 sui %2 richiesti per il caso %3 (%4).</translation>
    </message>
    <message>
        <source>Approving %1 on case %3 (%4).</source>
        <translation>Approvazione di %1 per il caso %3 (%4).</translation>
    </message>
    <message>
        <source>Say why you reject it: the agent and the timeline will show the reason.</source>
        <translation>Dica perché la rifiuta: il motivo lo vedranno l&apos;operatore e la cronologia.</translation>
    </message>
    <message>
        <source>Rejecting the %1 asked on case %2 (%3).</source>
        <translation>Rifiuto dei %1 richiesti per il caso %2 (%3).</translation>
    </message>
    <message>
        <source>Undone: nothing was issued or sent.</source>
        <translation>Annullato: nulla è stato emesso o inviato.</translation>
    </message>
    <message>
        <source>Approved %1 on case %2; voucher %3.</source>
        <translation>Approvati %1 sul caso %2; buono %3.</translation>
    </message>
    <message>
        <source>Rejected; case %1 goes back to the agent.</source>
        <translation>Rifiutata; il caso %1 torna all&apos;operatore.</translation>
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
    <name>CampaignModel</name>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scade</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>e.g. Spring win-back 2027</source>
        <translation>es. Riconquista primavera 2027</translation>
    </message>
    <message>
        <source>e.g. 5,00</source>
        <translation>es. 5,00</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tutti</translation>
    </message>
    <message>
        <source>No order since</source>
        <translation>Nessun ordine dal</translation>
    </message>
    <message>
        <source>Signed up since</source>
        <translation>Iscritti dal</translation>
    </message>
    <message>
        <source>&amp;Preview (nothing is issued)</source>
        <translation>&amp;Anteprima (non si emette nulla)</translation>
    </message>
    <message>
        <source>&amp;Issue credit</source>
        <translation>&amp;Emetti il credito</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>A&amp;mount each:</source>
        <translation>I&amp;mporto a testa:</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Scadenza:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>Se&amp;gmento:</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nuova campagna</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Print the &amp;vouchers…</source>
        <translation>Stampa i &amp;buoni…</translation>
    </message>
    <message>
        <source>Campaigns issued</source>
        <translation>Campagne emesse</translation>
    </message>
    <message>
        <source>The terms changed: preview again before issuing.</source>
        <translation>Le condizioni sono cambiate: rifaccia l&apos;anteprima prima di emettere.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) would get %1 each, until %2.</source>
        <translation>
            <numerusform>%n cliente riceverebbe %1, valido fino al %2.</numerusform>
            <numerusform>%n clienti riceverebbero %1 a testa, validi fino al %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop would owe %1.</source>
        <translation>Il negozio dovrebbe %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) already have it.</source>
        <translation>
            <numerusform>%n cliente l&apos;ha già.</numerusform>
            <numerusform>%n clienti lo hanno già.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rimedio – issue credit</source>
        <translation>Rimedio – emetti credito</translation>
    </message>
    <message numerus="yes">
        <source>Give %1 to %n customer(s)? The shop will owe %2.</source>
        <translation>
            <numerusform>Dare %1 a %n cliente? Il negozio dovrà %2.</numerusform>
            <numerusform>Dare %1 a %n clienti? Il negozio dovrà %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issued: %n customer(s) got their credit.</source>
        <translation>
            <numerusform>Emesso: %n cliente ha ricevuto il credito.</numerusform>
            <numerusform>Emesso: %n clienti hanno ricevuto il credito.</numerusform>
        </translation>
    </message>
    <message>
        <source>vouchers of %1</source>
        <translation>buoni di %1</translation>
    </message>
</context>
<context>
    <name>CaseFactsPanel</name>
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
        <source>no order</source>
        <translation>nessun ordine</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case</source>
        <extracomment>Lines formatted on the GUI thread when a page read ahead at start-up arrives (a screenful and the sample the view sizes its columns by); the rest of the page is formatted on the worker thread.</extracomment>
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
        <translation>Torna all&apos;elenco (Alt+Sinistra)</translation>
    </message>
    <message>
        <source>Also on this case</source>
        <translation>Anche su questo caso</translation>
    </message>
    <message>
        <source>Changed on another workstation</source>
        <translation>Modificato su un&apos;altra postazione</translation>
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
        <translation>Scriva una nota (Ctrl+Invio la aggiunge)</translation>
    </message>
    <message>
        <source>&amp;Internal (never on the customer&apos;s paper)</source>
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
        <source>The customer&apos;s answer</source>
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
        <source>Changed elsewhere (%1): %2</source>
        <translation>Modificato altrove (%1): %2</translation>
    </message>
    <message>
        <source>%1 (typing a note…)</source>
        <translation>%1 (sta scrivendo una nota…)</translation>
    </message>
    <message>
        <source>Also here: %1</source>
        <translation>Qui anche: %1</translation>
    </message>
    <message>
        <source>Case %1 · %2 · %3</source>
        <translation>Caso %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Rimedio – case %1</source>
        <translation>Rimedio – caso %1</translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation>stato %1 → %2</translation>
    </message>
    <message>
        <source>owner %1 → %2</source>
        <translation>responsabile %1 → %2</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>%1 holds no Rimedio database yet: Rimedio sets one up there when it opens it.</source>
        <translation>%1 non contiene ancora un database Rimedio: Rimedio lo prepara quando lo apre.</translation>
    </message>
</context>
<context>
    <name>CorrectVoucherDialog</name>
    <message>
        <source>Rimedio – correct a voucher</source>
        <translation>Rimedio – correggi un buono</translation>
    </message>
    <message>
        <source>Rimedio – cancel a voucher</source>
        <translation>Rimedio – annulla un buono</translation>
    </message>
    <message>
        <source>Correct what is left on voucher %1 (e.g. +5 or -2,50).</source>
        <translation>Corregga il residuo del buono %1 (es. +5 o -2,50).</translation>
    </message>
    <message>
        <source>Withdraw everything left on voucher %1.</source>
        <translation>Ritira tutto il residuo del buono %1.</translation>
    </message>
    <message>
        <source>e.g. -2,50</source>
        <translation>es. -2,50</translation>
    </message>
    <message>
        <source>required, kept in the ledger</source>
        <translation>obbligatorio, resta nel registro</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Variazione:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Correggi</translation>
    </message>
    <message>
        <source>Cancel &amp;voucher</source>
        <translation>&amp;Annulla il buono</translation>
    </message>
    <message>
        <source>&amp;Keep as it is</source>
        <translation>&amp;Lascia com&apos;è</translation>
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
        <translation>Rimedio ha incontrato un errore imprevisto. L&apos;ultima modifica potrebbe non essere stata salvata. I dettagli qui sotto sono anche nel file di log; inviali a chi si occupa di Rimedio.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Rapporto dell&apos;errore</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copia rapporto</translation>
    </message>
</context>
<context>
    <name>CreditView</name>
    <message>
        <source>Vouchers</source>
        <translation>Buoni</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagne</translation>
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
        <translation type="vanished">Contatti:</translation>
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
        <translation type="vanished">appare qui quando il credito negozio sarà disponibile</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefono:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
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
        <translation>Inattivo – un&apos;occasione per riconquistarlo</translation>
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
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Reclami</translation>
    </message>
    <message>
        <source>⚑ many claims</source>
        <translation>⚑ molti reclami</translation>
    </message>
    <message>
        <source>Unusually many claims: any credit for this customer needs a supervisor</source>
        <translation>Reclami insolitamente frequenti: ogni credito a questo cliente richiede un supervisore</translation>
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
        <source>Credit ledger</source>
        <translation>Registro del credito</translation>
    </message>
    <message>
        <source>&amp;Import customers or orders…</source>
        <translation>&amp;Importa clienti o ordini…</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Saldo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n live voucher(s)</source>
        <translation>
            <numerusform>%n buono valido</numerusform>
            <numerusform>%n buoni validi</numerusform>
        </translation>
    </message>
    <message>
        <source>next expiry %1</source>
        <translation>prossima scadenza %1</translation>
    </message>
    <message>
        <source>%1 spent</source>
        <translation>%1 spesi</translation>
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
        <source>The customer&apos;s credit ledger (grants, redemptions, expiry) appears here once store credit is available.</source>
        <translation type="vanished">Il registro del credito del cliente (concessioni, utilizzi, scadenze) appare qui quando il credito negozio sarà disponibile.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Note and voucher</source>
        <translation>Biglietto e buono</translation>
    </message>
    <message>
        <source>Apology &amp;note…</source>
        <translation>&amp;Biglietto di scuse…</translation>
    </message>
    <message>
        <source>Preview, print or save the apology note (Ctrl+P)</source>
        <translation>Anteprima, stampa o salva il biglietto di scuse (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Voucher…</source>
        <translation>B&amp;uono…</translation>
    </message>
    <message>
        <source>Case s&amp;heet…</source>
        <translation>Sc&amp;heda del caso…</translation>
    </message>
    <message>
        <source>&amp;E-mail to the customer</source>
        <translation>&amp;E-mail al cliente</translation>
    </message>
    <message>
        <source>The credit awaits a supervisor&apos;s approval: the note cannot promise it yet.</source>
        <translation>Il credito attende l&apos;approvazione di un supervisore: il biglietto non può ancora prometterlo.</translation>
    </message>
    <message>
        <source>The note needs a remedy: choose one first.</source>
        <translation>Il biglietto richiede un rimedio: prima ne scelga uno.</translation>
    </message>
    <message>
        <source>The customer has no e-mail address.</source>
        <translation>Il cliente non ha un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>apology note, case %1</source>
        <translation>biglietto di scuse, caso %1</translation>
    </message>
    <message>
        <source>voucher %1</source>
        <translation>buono %1</translation>
    </message>
    <message>
        <source>case sheet %1</source>
        <translation>scheda del caso %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio…</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Inviato a %1.</translation>
    </message>
    <message>
        <source>Pre&amp;view and print…</source>
        <translation type="vanished">Antepri&amp;ma e stampa…</translation>
    </message>
    <message>
        <source>&amp;E-mail to the customer…</source>
        <translation type="vanished">Invia per &amp;e-mail al cliente…</translation>
    </message>
    <message>
        <source>Available once the apology note and voucher can be printed.</source>
        <translation type="vanished">Disponibile quando biglietto di scuse e buono si potranno stampare.</translation>
    </message>
    <message>
        <source>The apology note, the voucher and the case sheet can be previewed, printed and e-mailed here once documents are available.</source>
        <translation type="vanished">Il biglietto di scuse, il buono e la scheda del caso si potranno vedere in anteprima, stampare e inviare per e-mail qui quando i documenti saranno disponibili.</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <source>Rimedio – user %1</source>
        <translation>Rimedio – utente %1</translation>
    </message>
    <message>
        <source>empty: the role&apos;s limit</source>
        <translation>vuoto: il limite del ruolo</translation>
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
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Limit per &amp;case:</source>
        <translation>Limite per &amp;caso:</translation>
    </message>
    <message>
        <source>&amp;Daily limit:</source>
        <translation>Limite &amp;giornaliero:</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Which file?</source>
        <translation>Quale file?</translation>
    </message>
    <message>
        <source>An export of the shop&apos;s orders or customers, as CSV.</source>
        <translation>Un export degli ordini o dei clienti del negozio, in CSV.</translation>
    </message>
    <message>
        <source>&amp;Orders (with their customers)</source>
        <translation>&amp;Ordini (con i loro clienti)</translation>
    </message>
    <message>
        <source>&amp;Customers only</source>
        <translation>Solo &amp;clienti</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
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
        <translation>Lo riempia con il negozio dimostrativo Bottega Aurora: clienti, ordini e casi per provare tutto. Gli utenti agent, supervisor e admin hanno il proprio nome come password — solo per prova, mai per il lavoro vero.</translation>
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
        <translation>Crei il primo amministratore; sarà lui ad aggiungere gli altri utenti.</translation>
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
        <translation>Crea l&apos;&amp;amministratore</translation>
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
    <name>FormatPage</name>
    <message>
        <source>What is in it?</source>
        <translation>Che cosa contiene?</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Ordine delle date</translation>
    </message>
    <message>
        <source>Tell from the file</source>
        <translation>Deducilo dal file</translation>
    </message>
    <message>
        <source>Day/month (31/12)</source>
        <translation>Giorno/mese (31/12)</translation>
    </message>
    <message>
        <source>Month/day (12/31)</source>
        <translation>Mese/giorno (12/31)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>The first rows:</source>
        <translation>Le prime righe:</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lettura del file…</translation>
    </message>
    <message>
        <source>Recognised: %1.</source>
        <translation>Riconosciuto: %1.</translation>
    </message>
    <message>
        <source>Not a shop export Rimedio knows: say which column holds what on the next page.</source>
        <translation>Non è un export di negozio che Rimedio conosce: nella pagina seguente indichi che cosa contiene ogni colonna.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Shopify orders export</source>
        <translation>Export ordini di Shopify</translation>
    </message>
    <message>
        <source>Shopify customers export</source>
        <translation>Export clienti di Shopify</translation>
    </message>
    <message>
        <source>WooCommerce orders export</source>
        <translation>Export ordini di WooCommerce</translation>
    </message>
    <message>
        <source>PrestaShop orders export</source>
        <translation>Export ordini di PrestaShop</translation>
    </message>
    <message>
        <source>Any CSV, with a column mapping</source>
        <translation>Qualsiasi CSV, con una mappatura delle colonne</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numero ordine</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Data ordine</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Totale ordine</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Spedizione</translation>
    </message>
    <message>
        <source>Discount codes</source>
        <translation>Codici sconto</translation>
    </message>
    <message>
        <source>Product SKU</source>
        <translation>Codice prodotto (SKU)</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nome prodotto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prezzo unitario</translation>
    </message>
    <message>
        <source>Shop&apos;s customer id</source>
        <translation>ID cliente del negozio</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
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
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Choose the shop&apos;s export</source>
        <translation>Scegli l&apos;esportazione del negozio</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Save the refused rows</source>
        <translation>Salva le righe rifiutate</translation>
    </message>
    <message>
        <source>Rimedio – save the column mapping</source>
        <translation>Rimedio – salva la mappatura delle colonne</translation>
    </message>
    <message>
        <source>Save this mapping as:</source>
        <translation>Salva questa mappatura come:</translation>
    </message>
    <message>
        <source>Rimedio – import</source>
        <translation>Rimedio – importazione</translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message>
        <source>Bring in the shop&apos;s customers and orders from a CSV export of Shopify, WooCommerce or PrestaShop, or any CSV with a column mapping. Importing the same file again changes nothing; a file with refused rows saves nothing unless you keep the good rows.</source>
        <translation>Porta dentro clienti e ordini del negozio da un export CSV di Shopify, WooCommerce o PrestaShop, o da qualsiasi CSV con una mappatura delle colonne. Importare di nuovo lo stesso file non cambia nulla; un file con righe rifiutate non salva nulla, a meno che tu non tenga le righe buone.</translation>
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation>&amp;Importa un file…</translation>
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
        <source>&amp;Unassigned</source>
        <translation>&amp;Non assegnati</translation>
    </message>
    <message>
        <source>The queue of cases nobody owns yet</source>
        <translation>La coda dei casi che non hanno ancora un responsabile</translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation>Numero di casi</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Viste salvate</translation>
    </message>
    <message>
        <source>Save &amp;view…</source>
        <translation>Salva &amp;vista…</translation>
    </message>
    <message>
        <source>Forget view</source>
        <translation>Dimentica vista</translation>
    </message>
    <message>
        <source>Saved views…</source>
        <translation>Viste salvate…</translation>
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
    <name>LedgerModel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Buono</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
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
        <source>Pr&amp;ofile:</source>
        <translation>Pr&amp;ofilo:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>This database (no profile)</source>
        <translation>Questo database (nessun profilo)</translation>
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
    <message>
        <source>Rimedio – choose your password</source>
        <translation>Rimedio – scelga la Sua password</translation>
    </message>
    <message>
        <source>An administrator set a temporary password for you: choose your own now.</source>
        <translation>Un amministratore Le ha dato una password temporanea: ne scelga ora una Sua.</translation>
    </message>
    <message>
        <source>Choose your own password to log in.</source>
        <translation>Per accedere scelga una Sua password.</translation>
    </message>
</context>
<context>
    <name>MailTemplatesPage</name>
    <message>
        <source>e.g. smtp.example.com</source>
        <translation>es. smtp.example.com</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>None (local relay)</source>
        <translation>Nessuna (relay locale)</translation>
    </message>
    <message>
        <source>kept in this computer&apos;s keyring</source>
        <translation>conservata nel portachiavi di questo computer</translation>
    </message>
    <message>
        <source>empty: the shop&apos;s e-mail</source>
        <translation>vuoto: l&apos;e-mail del negozio</translation>
    </message>
    <message>
        <source>Save the &amp;mail server</source>
        <translation>Salva il server di &amp;posta</translation>
    </message>
    <message>
        <source>your e-mail address</source>
        <translation>il Suo indirizzo e-mail</translation>
    </message>
    <message>
        <source>Send a &amp;test message</source>
        <translation>Invia un messaggio di &amp;prova</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Server di posta</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Sicurezza:</translation>
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
        <source>Se&amp;nder:</source>
        <translation>Mi&amp;ttente:</translation>
    </message>
    <message>
        <source>Case to preview with</source>
        <translation>Caso per l&apos;anteprima</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>&amp;Save the template</source>
        <translation>&amp;Salva il modello</translation>
    </message>
    <message>
        <source>Back to the &amp;shipped text</source>
        <translation>Torna al testo &amp;originale</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Caso:</translation>
    </message>
    <message>
        <source>Templates: the note and the e-mail, per kind and language</source>
        <translation>Modelli: il biglietto e l&apos;e-mail, per tipo e lingua</translation>
    </message>
    <message>
        <source>E-mail: subject</source>
        <translation>E-mail: oggetto</translation>
    </message>
    <message>
        <source>E-mail: text</source>
        <translation>E-mail: testo</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Biglietto: %1</translation>
    </message>
    <message>
        <source>Saved: mail goes out through %1.</source>
        <translation>Salvato: la posta esce tramite %1.</translation>
    </message>
    <message>
        <source>A test message went to %1.</source>
        <translation>Un messaggio di prova è stato inviato a %1.</translation>
    </message>
    <message>
        <source>* must be in the text</source>
        <translation>* deve essere nel testo</translation>
    </message>
    <message>
        <source>The shop&apos;s own text.</source>
        <translation>Il testo del negozio.</translation>
    </message>
    <message>
        <source>The text shipped with Rimedio.</source>
        <translation>Il testo originale di Rimedio.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Oggetto: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <extracomment>After the first page of the start page has arrived, the approvals poll waits this long (a quick start, issue 6).</extracomment>
        <translation>Navigazione</translation>
    </message>
    <message>
        <source>Credit requests above an agent&apos;s limit wait here for a supervisor, with a count on the left, once approvals are available.</source>
        <translation type="vanished">Le richieste di credito oltre il limite di un operatore aspetteranno qui un supervisore, con il conteggio a sinistra, quando le approvazioni saranno disponibili.</translation>
    </message>
    <message>
        <source>Store credit — grants, vouchers, redemptions and what the shop still owes — appears here once the credit ledger is available.</source>
        <translation type="vanished">Il credito negozio — concessioni, buoni, utilizzi e quanto il negozio deve ancora — appare qui quando il registro del credito sarà disponibile.</translation>
    </message>
    <message>
        <source>Reports (cases by kind and channel, deadlines met, keep-and-credit acceptance, savings, credit liability) appear here once they exist.</source>
        <translation type="vanished">I report (casi per tipo e canale, scadenze rispettate, accettazione di «tieni e ricevi credito», risparmi, credito da onorare) appariranno qui quando esisteranno.</translation>
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
        <translation type="vanished">La stampa arriverà con i biglietti di scuse e i buoni.</translation>
    </message>
    <message>
        <source>Preview and print the open case&apos;s note (Ctrl+P)</source>
        <translation>Anteprima e stampa del biglietto del caso aperto (Ctrl+P)</translation>
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
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <source>What happened on your cases (assigned, answered, decided, due)</source>
        <translation>Cosa è successo sui Suoi casi (assegnati, risposte, decisioni, scadenze)</translation>
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
        <source>Case %1: %2 approved %3</source>
        <translation>Caso %1: %2 ha approvato %3</translation>
    </message>
    <message>
        <source>(you asked for %1)</source>
        <translation>(avevi chiesto %1)</translation>
    </message>
    <message>
        <source>voucher %1</source>
        <translation>buono %1</translation>
    </message>
    <message>
        <source>Case %1: %2 rejected the credit – %3</source>
        <translation>Caso %1: %2 ha rifiutato il credito – %3</translation>
    </message>
    <message>
        <source>Case %1: the approval request expired without an answer.</source>
        <translation>Caso %1: la richiesta di approvazione è scaduta senza risposta.</translation>
    </message>
    <message>
        <source>&amp;Open case %1</source>
        <translation>&amp;Apri il caso %1</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Notifiche (%1)</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>caso %1</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Which column holds what?</source>
        <translation>Quale colonna contiene cosa?</translation>
    </message>
    <message>
        <source>Choose a column of the file for each field; leave out what the file does not have.</source>
        <translation>Scelga una colonna del file per ogni campo; tralasci quello che il file non ha.</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>Mappatura salvata</translation>
    </message>
    <message>
        <source>&amp;Save this mapping as…</source>
        <translation>&amp;Salva questa mappatura come…</translation>
    </message>
    <message>
        <source>Sa&amp;ved mapping:</source>
        <translation>Mappatura sal&amp;vata:</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(non nel file)</translation>
    </message>
    <message>
        <source>(choose a saved mapping)</source>
        <translation>(scelga una mappatura salvata)</translation>
    </message>
    <message>
        <source>(none saved yet)</source>
        <translation>(nessuna salvata finora)</translation>
    </message>
    <message>
        <source>Not in this file: %1.</source>
        <translation>Non presenti in questo file: %1.</translation>
    </message>
    <message>
        <source>Mapping “%1” applied.</source>
        <translation>Mappatura «%1» applicata.</translation>
    </message>
    <message>
        <source>Saved as “%1”: it can be chosen next time.</source>
        <translation>Salvata come «%1»: potrai sceglierla la prossima volta.</translation>
    </message>
    <message>
        <source>Choose the column that holds “%1”.</source>
        <translation>Scelga la colonna che contiene «%1».</translation>
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
        <translation>Nome, e-mail, telefono o numero d&apos;ordine</translation>
    </message>
    <message>
        <source>Find the customer or order</source>
        <translation>Trova il cliente o l&apos;ordine</translation>
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
        <translation>Prima trova il cliente o l&apos;ordine.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Notification</source>
        <translation>Notifica</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>A case assigned to me</source>
        <translation>Un caso assegnato a me</translation>
    </message>
    <message>
        <source>A customer&apos;s answer on my case</source>
        <translation>La risposta di un cliente su un mio caso</translation>
    </message>
    <message>
        <source>My approval request decided</source>
        <translation>Una mia richiesta di approvazione decisa</translation>
    </message>
    <message>
        <source>A request waiting for a supervisor</source>
        <translation>Una richiesta in attesa di un supervisore</translation>
    </message>
    <message>
        <source>My case&apos;s deadline is near</source>
        <translation>La scadenza di un mio caso è vicina</translation>
    </message>
    <message>
        <source>My case&apos;s deadline has passed</source>
        <translation>La scadenza di un mio caso è passata</translation>
    </message>
    <message>
        <source>Case %1 was given to you by %2</source>
        <translation>Il caso %1 Le è stato assegnato da %2</translation>
    </message>
    <message>
        <source>Case %1: the customer answered: %2</source>
        <translation>Caso %1: il cliente ha risposto: %2</translation>
    </message>
    <message>
        <source>Case %1: your approval request: %2</source>
        <translation>Caso %1: la Sua richiesta di approvazione: %2</translation>
    </message>
    <message>
        <source>Case %1: %2 asks a supervisor to approve</source>
        <translation>Caso %1: %2 chiede l&apos;approvazione di un supervisore</translation>
    </message>
    <message>
        <source>Case %1 is due at %2</source>
        <translation>Il caso %1 scade il %2</translation>
    </message>
    <message>
        <source>Case %1 is past its deadline (%2)</source>
        <translation>Il caso %1 ha superato la scadenza (%2)</translation>
    </message>
    <message>
        <source>Rimedio</source>
        <translation>Rimedio</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notifica</translation>
    </message>
</context>
<context>
    <name>NotificationsDialog</name>
    <message>
        <source>Rimedio – notifications</source>
        <translation>Rimedio – notifiche</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <source>Tell me about</source>
        <translation>Avvisami per</translation>
    </message>
    <message>
        <source>Mark all &amp;read</source>
        <translation>Segna tutto come &amp;letto</translation>
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
    <name>PasswordDialog</name>
    <message>
        <source>New &amp;password:</source>
        <translation>Nuova &amp;password:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Di nuovo:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Le due password sono diverse.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Rimedio – connection and language</source>
        <translation>Rimedio – connessione e lingua</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La lingua del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <source>&amp;Follow the system</source>
        <translation>Come il siste&amp;ma</translation>
    </message>
    <message>
        <source>L&amp;ight</source>
        <translation>Ch&amp;iaro</translation>
    </message>
    <message>
        <source>D&amp;ark</source>
        <translation>Scu&amp;ro</translation>
    </message>
    <message>
        <source>&amp;Your language:</source>
        <translation>La &amp;Sua lingua:</translation>
    </message>
    <message>
        <source>This &amp;computer&apos;s language:</source>
        <translation>Lingua di questo &amp;computer:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Your own language wins over this computer&apos;s; --lang or RIMEDIO_LANG win over both.</source>
        <translation>La Sua lingua prevale su quella del computer; --lang o RIMEDIO_LANG prevalgono su entrambe.</translation>
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
        <source>This co&amp;mputer</source>
        <translation>&amp;Questo computer</translation>
    </message>
    <message>
        <source>Connection &amp;profiles</source>
        <translation>Profili di conn&amp;essione</translation>
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
        <translation type="vanished">La connessione funziona: %1</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Rimedio – %1</source>
        <translation>Rimedio – %1</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Label 4×6 in</source>
        <translation>Etichetta 4×6 pollici</translation>
    </message>
    <message>
        <source>Language of the paper</source>
        <translation>Lingua del documento</translation>
    </message>
    <message>
        <source>The customer&apos;s language</source>
        <translation>La lingua del cliente</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>&amp;Print… (Ctrl+P)</source>
        <translation>&amp;Stampa… (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Sal&amp;va come PDF…</translation>
    </message>
    <message>
        <source>Stop printing</source>
        <translation>Ferma la stampa</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>Ca&amp;rta:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparazione dell&apos;anteprima…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Ferma</translation>
    </message>
    <message>
        <source>Preparing %1 of %2…</source>
        <translation>Preparazione %1 di %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagine</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Stampa della pagina %1 di %2…</translation>
    </message>
    <message>
        <source>Printing stopped.</source>
        <translation>Stampa fermata.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Non è stato possibile avviare la stampante.</translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Inviata alla stampante: %n pagina.</numerusform>
            <numerusform>Inviate alla stampante: %n pagine.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>Non è stato possibile salvare il PDF: %1</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Salvato come %1.</translation>
    </message>
</context>
<context>
    <name>ProfilesModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinito</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predefinito</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Connection profiles</source>
        <translation>Profili di connessione</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuovo</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Make d&amp;efault</source>
        <translation>Rendi predef&amp;inito</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>File SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Server PostgreSQL</translation>
    </message>
    <message>
        <source>the embedded file of this computer</source>
        <translation>il file incorporato di questo computer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>kept in the system keyring, never in the profile</source>
        <translation>conservata nel portachiavi di sistema, mai nel profilo</translation>
    </message>
    <message>
        <source>%1 It is asked when connecting.</source>
        <translation>%1 Viene chiesta al momento della connessione.</translation>
    </message>
    <message>
        <source>Require an encrypted connection (T&amp;LS)</source>
        <translation>Richiedi una connessione cifrata (T&amp;LS)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>No&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
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
        <source>&amp;Save profile</source>
        <translation>Salva il &amp;profilo</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;va connessione</translation>
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
        <source>Profile saved: %1</source>
        <translation>Profilo salvato: %1</translation>
    </message>
    <message>
        <source>Profile removed: %1 (the database is left alone).</source>
        <translation>Profilo rimosso: %1 (il database resta com&apos;è).</translation>
    </message>
    <message>
        <source>%1 is the default: the commands use it when no database is named.</source>
        <translation>%1 è il predefinito: i comandi lo usano quando non è indicato un database.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione in corso…</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Save as PDF</source>
        <translation>Salva come PDF</translation>
    </message>
</context>
<context>
    <name>RedeemPanel</name>
    <message>
        <source>Redeem on an order</source>
        <translation>Utilizza su un ordine</translation>
    </message>
    <message>
        <source>e.g. 1042</source>
        <translation>es. 1042</translation>
    </message>
    <message>
        <source>e.g. 84,90</source>
        <translation>es. 84,90</translation>
    </message>
    <message>
        <source>Empty when Rimedio holds the order: its own total is used.</source>
        <translation>Vuoto se Rimedio ha già l&apos;ordine: si usa il suo totale.</translation>
    </message>
    <message>
        <source>empty: as much as allowed</source>
        <translation>vuoto: il massimo consentito</translation>
    </message>
    <message>
        <source>Use all the customer&apos;s credit, soonest to expire first</source>
        <translation>Usa tutto il credito del cliente, prima quello che scade prima</translation>
    </message>
    <message>
        <source>The customer pays, not this voucher alone: every voucher with credit left is spent, the one that expires first first.</source>
        <translation>Paga il cliente, non solo questo buono: si usano tutti i buoni con credito residuo, iniziando da quello che scade prima.</translation>
    </message>
    <message>
        <source>&amp;Redeem</source>
        <translation>&amp;Utilizza</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Ordine:</translation>
    </message>
    <message>
        <source>Order &amp;total:</source>
        <translation>&amp;Totale ordine:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>I&amp;mporto:</translation>
    </message>
    <message>
        <source>the most credit may pay of this order</source>
        <translation>il massimo che il credito può pagare dell&apos;ordine</translation>
    </message>
    <message>
        <source>all that was left on the voucher</source>
        <translation>tutto il residuo del buono</translation>
    </message>
    <message>
        <source>the amount asked</source>
        <translation>l&apos;importo richiesto</translation>
    </message>
    <message>
        <source>%1 taken off order %2 (%3), from %4. The customer has %5 left.</source>
        <translation>%1 scalati dall&apos;ordine %2 (%3), da %4. Al cliente restano %5.</translation>
    </message>
    <message>
        <source>%1 taken off order %2 (%3). Left on the voucher: %4.</source>
        <translation>%1 scalati dall&apos;ordine %2 (%3). Residuo sul buono: %4.</translation>
    </message>
    <message>
        <source>Provisional: the order is not in Rimedio yet; its import will check the total.</source>
        <translation>Provvisorio: l&apos;ordine non è ancora in Rimedio; la sua importazione verificherà il totale.</translation>
    </message>
</context>
<context>
    <name>RemediesPanel</name>
    <message>
        <source>Remedies</source>
        <translation>Rimedi</translation>
    </message>
    <message>
        <source>Proposed remedies, best first</source>
        <translation>Rimedi proposti, prima il migliore</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>e.g. 12,50</source>
        <translation>es. 12,50</translation>
    </message>
    <message>
        <source>Why (for the supervisor and the timeline)</source>
        <translation>Perché (per il supervisore e la cronologia)</translation>
    </message>
    <message>
        <source>Optional: why this remedy</source>
        <translation>Facoltativo: perché questo rimedio</translation>
    </message>
    <message>
        <source>Propose &amp;again</source>
        <translation>Proponi di &amp;nuovo</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Invia</translation>
    </message>
    <message>
        <source>&amp;Withdraw the request</source>
        <translation>Ri&amp;tira la richiesta</translation>
    </message>
    <message>
        <source>Take the approval request back, so the case can move on</source>
        <translation>Ritira la richiesta di approvazione, così il caso può andare avanti</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>I&amp;mporto:</translation>
    </message>
    <message>
        <source>W&amp;hy:</source>
        <translation>Per&amp;ché:</translation>
    </message>
    <message>
        <source>Waiting for a supervisor: %1. You will see the answer here.</source>
        <translation>In attesa di un supervisore: %1. Vedrai la risposta qui.</translation>
    </message>
    <message>
        <source>Resolved: %1.</source>
        <translation>Risolto: %1.</translation>
    </message>
    <message>
        <source>Voucher %1.</source>
        <translation>Buono %1.</translation>
    </message>
    <message>
        <source>⚑ many claims: any credit needs a supervisor</source>
        <translation>⚑ molti reclami: ogni credito richiede un supervisore</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>No credit is given: the case is resolved with this remedy.</source>
        <translation>Nessun credito: il caso si risolve con questo rimedio.</translation>
    </message>
    <message>
        <source>&amp;Resolve with this remedy</source>
        <translation>&amp;Risolvi con questo rimedio</translation>
    </message>
    <message>
        <source>Write the amount of credit.</source>
        <translation>Scriva l&apos;importo del credito.</translation>
    </message>
    <message>
        <source>%1 refused %2 on this case: “%3”. Say why you ask again (Why).</source>
        <translation>%1 ha rifiutato %2 su questo caso: «%3». Indichi perché lo chiede di nuovo (Perché).</translation>
    </message>
    <message>
        <source>Already given on this case: %1.</source>
        <translation>Già dato su questo caso: %1.</translation>
    </message>
    <message>
        <source>%1 needs a supervisor&apos;s approval before it is sent (%2). Your limit: %3 per case.</source>
        <translation>%1 richiede l&apos;approvazione di un supervisore prima dell&apos;invio (%2). Il Suo limite: %3 per caso.</translation>
    </message>
    <message>
        <source>Within your limit: the voucher of %1 is issued at once, valid until %2.</source>
        <translation>Entro il Suo limite: il buono da %1 viene emesso subito, valido fino al %2.</translation>
    </message>
    <message>
        <source>Needs a supervisor&apos;s approval before it is sent (%1). Your limit: %2 per case.</source>
        <translation type="vanished">Serve l&apos;approvazione di un supervisore prima dell&apos;invio (%1). Il tuo limite: %2 per caso.</translation>
    </message>
    <message>
        <source>Ask for &amp;approval</source>
        <translation>Chiedi l&apos;&amp;approvazione</translation>
    </message>
    <message>
        <source>Within your limit: the voucher of %1 is issued at once.</source>
        <translation type="vanished">Entro il tuo limite: il buono da %1 viene emesso subito.</translation>
    </message>
    <message>
        <source>&amp;Issue credit and resolve</source>
        <translation>&amp;Emetti il credito e risolvi</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Cliente nuovo</translation>
    </message>
    <message>
        <source>Regular customer</source>
        <translation>Cliente abituale</translation>
    </message>
    <message>
        <source>Loyal customer (VIP)</source>
        <translation>Cliente fedele (VIP)</translation>
    </message>
    <message>
        <source>Lapsed customer – a win-back chance</source>
        <translation>Cliente inattivo – un&apos;occasione per riconquistarlo</translation>
    </message>
    <message>
        <source>Occasional small buyer</source>
        <translation>Acquirente occasionale di piccoli importi</translation>
    </message>
    <message>
        <source>Remedies appear here once proposals are available: each option ranked with its cost to the shop and why, the amount to change, and whether it needs a supervisor&apos;s approval before it is sent.</source>
        <translation type="vanished">I rimedi appariranno qui quando le proposte saranno disponibili: ogni opzione in ordine, con il suo costo per il negozio e il perché, l&apos;importo da modificare e se serve l&apos;approvazione di un supervisore prima dell&apos;invio.</translation>
    </message>
</context>
<context>
    <name>RemedyModel</name>
    <message>
        <source>Remedy</source>
        <translation>Rimedio</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>What the shop would do</source>
        <translation>Che cosa farebbe il negozio</translation>
    </message>
    <message>
        <source>What the customer gets</source>
        <translation>Che cosa riceve il cliente</translation>
    </message>
    <message>
        <source>Expected cost to the shop, the customer&apos;s likely answer included</source>
        <translation>Costo atteso per il negozio, compresa la risposta probabile del cliente</translation>
    </message>
    <message>
        <source>How likely the customer is to accept</source>
        <translation>Quanto è probabile che il cliente accetti</translation>
    </message>
    <message>
        <source>Cost to the shop</source>
        <translation type="vanished">Costo per il negozio</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accettazione</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Period</source>
        <extracomment>Quick periods: key → (first day, last day) from today.</extracomment>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Ultimi 90 giorni</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mese scorso</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Quest&apos;anno</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Date scelte</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtro tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>Filtro canale</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tutti i canali</translation>
    </message>
    <message>
        <source>Agent filter</source>
        <translation>Filtro operatore</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Tutti gli operatori</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Esporta &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Esporta &amp;PDF…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message>
        <source>First answer on time</source>
        <translation>Prima risposta in tempo</translation>
    </message>
    <message>
        <source>Resolved on time</source>
        <translation>Risolti in tempo</translation>
    </message>
    <message>
        <source>Keep-and-credit accepted</source>
        <translation>Tieni-e-credito accettati</translation>
    </message>
    <message>
        <source>Saved against replacement</source>
        <translation>Risparmio rispetto alla sostituzione</translation>
    </message>
    <message>
        <source>Credit issued</source>
        <translation>Credito emesso</translation>
    </message>
    <message>
        <source>Credit spent</source>
        <translation>Credito speso</translation>
    </message>
    <message>
        <source>Credit still owed</source>
        <translation>Credito ancora dovuto</translation>
    </message>
    <message>
        <source>Revenue of orders with credit</source>
        <translation>Fatturato degli ordini con credito</translation>
    </message>
    <message>
        <source>Cases per week</source>
        <translation>Casi per settimana</translation>
    </message>
    <message>
        <source>Resolution mix</source>
        <translation>Tipi di soluzione</translation>
    </message>
    <message>
        <source>Credit still owed, end of each week</source>
        <translation>Credito ancora dovuto, a fine settimana</translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translation>Niente in questo periodo</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Settimane</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Operatori</translation>
    </message>
    <message>
        <source>&amp;Weeks</source>
        <translation>&amp;Settimane</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>&amp;Operatori</translation>
    </message>
    <message>
        <source>weeks: %1</source>
        <translation>settimane: %1</translation>
    </message>
    <message>
        <source>average %1</source>
        <translation>media %1</translation>
    </message>
    <message>
        <source>%1 of %2 offered</source>
        <translation>%1 su %2 offerti</translation>
    </message>
    <message>
        <source>remedies with a saving: %1</source>
        <translation>rimedi con un risparmio: %1</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>scaduto %1</translation>
    </message>
    <message>
        <source>%1 of the credit issued in the period, spent</source>
        <translation>%1 del credito emesso nel periodo, speso</translation>
    </message>
    <message>
        <source>%1 of the credit issued in the period</source>
        <translation type="vanished">%1 del credito emesso nel periodo</translation>
    </message>
    <message>
        <source>at the end of %1</source>
        <translation>alla fine di %1</translation>
    </message>
    <message>
        <source>%1 beyond the credit</source>
        <translation>%1 oltre il credito</translation>
    </message>
    <message>
        <source>Export the figures as CSV</source>
        <translation>Esporta le cifre in CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export a PDF report</source>
        <translation>Esporta un rapporto PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Salvato: %1</translation>
    </message>
</context>
<context>
    <name>RequestContextPanel</name>
    <message>
        <source>Context</source>
        <translation>Contesto</translation>
    </message>
    <message>
        <source>Asked:</source>
        <translation>Richiesto:</translation>
    </message>
    <message>
        <source>Needs a supervisor because:</source>
        <translation>Serve un supervisore perché:</translation>
    </message>
    <message>
        <source>The agent says:</source>
        <translation>L&apos;operatore dice:</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Caso:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Ordine:</translation>
    </message>
    <message>
        <source>Affected:</source>
        <translation>Interessati:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Storico:</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;Apri il caso</translation>
    </message>
    <message>
        <source>(suggested %1)</source>
        <translation>(suggerito %1)</translation>
    </message>
    <message>
        <source>no order</source>
        <translation>nessun ordine</translation>
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
        <source>⚑ unusually many claims</source>
        <translation>⚑ reclami insolitamente frequenti</translation>
    </message>
    <message>
        <source>Credit to this customer: %1</source>
        <translation>Credito a questo cliente: %1</translation>
    </message>
    <message>
        <source>Credit on %1&apos;s cases (90 days): %2</source>
        <translation>Credito sui casi di %1 (90 giorni): %2</translation>
    </message>
</context>
<context>
    <name>RequestModel</name>
    <message>
        <source>%1 lowered</source>
        <translation>%1 ridotte</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 rifiutate</translation>
    </message>
    <message>
        <source>(left %1)</source>
        <translation>(restano %1)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Rimedio</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Richiesto</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggerito</translation>
    </message>
    <message>
        <source>Items&apos; value</source>
        <translation>Valore articoli</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scade</translation>
    </message>
    <message>
        <source>Agent&apos;s credit (90 days)</source>
        <translation>Credito dell&apos;operatore (90 gg)</translation>
    </message>
    <message>
        <source>Customer&apos;s credit</source>
        <translation>Credito del cliente</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="vanished">Importo</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Richiesto da</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="vanished">Quando</translation>
    </message>
    <message>
        <source>Why a supervisor</source>
        <translation>Perché un supervisore</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>&amp;Save the refused rows as CSV…</source>
        <translation>&amp;Salva le righe rifiutate come CSV…</translation>
    </message>
    <message>
        <source>&amp;Keep the good rows now</source>
        <translation>&amp;Tieni ora le righe buone</translation>
    </message>
    <message>
        <source>Import the same file again, keeping the rows that were not refused</source>
        <translation>Importa di nuovo lo stesso file, tenendo le righe non rifiutate</translation>
    </message>
    <message>
        <source>Importing the good rows…</source>
        <translation>Importazione delle righe buone…</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n creato</numerusform>
            <numerusform>%n creati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aggiornato</numerusform>
            <numerusform>%n aggiornati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n invariato</numerusform>
            <numerusform>%n invariati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n rifiutato</numerusform>
            <numerusform>%n rifiutati</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: nothing was saved.</source>
        <translation>Fermato: non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Checked only: nothing was saved.</source>
        <translation>Solo controllo: non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Nothing was saved because rows were refused; fix them or keep the good rows.</source>
        <translation>Non è stato salvato nulla perché alcune righe sono state rifiutate; le corregga o tenga le righe buone.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher redemption(s) recorded.</source>
        <translation>
            <numerusform>%n utilizzo di buono registrato.</numerusform>
            <numerusform>%n utilizzi di buoni registrati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Order or customer</source>
        <translation>Ordine o cliente</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>Credit spent before its order was imported is above that order&apos;s cap: see the list.</source>
        <translation>Il credito usato prima che il suo ordine fosse importato supera il tetto di quell&apos;ordine: vedi l&apos;elenco.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Only &amp;check the file: nothing is saved</source>
        <translation>Solo &amp;controllare il file: non si salva nulla</translation>
    </message>
    <message>
        <source>&amp;Keep the good rows when some are refused</source>
        <translation>&amp;Tieni le righe buone quando alcune sono rifiutate</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Avvia</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Ferma</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Nothing is written until the whole file has been read.</source>
        <translation>Non si scrive nulla finché tutto il file non è stato letto.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lettura…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read…</source>
        <translation>
            <numerusform>%n riga letta…</numerusform>
            <numerusform>%n righe lette…</numerusform>
        </translation>
    </message>
    <message>
        <source>Go back and choose the order of the dates.</source>
        <translation>Torni indietro e scelga l&apos;ordine delle date.</translation>
    </message>
</context>
<context>
    <name>SelectionActions</name>
    <message>
        <source>Assign to m&amp;e</source>
        <translation>Assegna a m&amp;e</translation>
    </message>
    <message>
        <source>Take the selected cases (cases nobody owns; supervisors: any case)</source>
        <translation>Prendi i casi selezionati (casi senza responsabile; i supervisori: qualsiasi caso)</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Assegna a</translation>
    </message>
    <message>
        <source>Re&amp;assign</source>
        <translation>Ri&amp;assegna</translation>
    </message>
    <message>
        <source>New status for the selected cases</source>
        <translation>Nuovo stato per i casi selezionati</translation>
    </message>
    <message>
        <source>Set s&amp;tatus</source>
        <translation>Imposta lo s&amp;tato</translation>
    </message>
    <message>
        <source>Print s&amp;heets…</source>
        <translation>Stampa le sc&amp;hede…</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selezionato</numerusform>
            <numerusform>%n selezionati</numerusform>
        </translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nessuno)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) assigned to %1</source>
        <translation>
            <numerusform>%n caso assegnato a %1</numerusform>
            <numerusform>%n casi assegnati a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) moved</source>
        <translation>
            <numerusform>%n caso spostato</numerusform>
            <numerusform>%n casi spostati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n rifiutato</numerusform>
            <numerusform>%n rifiutati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>case sheets of %n case(s)</source>
        <translation>
            <numerusform>scheda di %n caso</numerusform>
            <numerusform>schede di %n casi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsForms</name>
    <message>
        <source>a sample note</source>
        <translation>un biglietto di esempio</translation>
    </message>
    <message>
        <source>Case to preview with</source>
        <translation>Caso con cui vedere l&apos;anteprima</translation>
    </message>
    <message>
        <source>Preview the note of &amp;case:</source>
        <translation>Anteprima del biglietto del &amp;caso:</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>il biglietto</translation>
    </message>
    <message>
        <source>Shop and letterhead</source>
        <translation>Negozio e carta intestata</translation>
    </message>
    <message>
        <source>the letterhead of every note, voucher and case sheet printed or sent from now on</source>
        <translation>l&apos;intestazione di ogni biglietto, buono e scheda stampati o inviati d&apos;ora in poi</translation>
    </message>
    <message>
        <source>Business hours and holidays</source>
        <translation>Orari e festività</translation>
    </message>
    <message>
        <source>the deadlines of cases opened or moved from now on</source>
        <translation>le scadenze dei casi aperti o spostati d&apos;ora in poi</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Scadenze</translation>
    </message>
    <message>
        <source>the first-answer and resolution deadlines of new cases</source>
        <translation>le scadenze di prima risposta e di risoluzione dei nuovi casi</translation>
    </message>
    <message>
        <source>Costs and ranking</source>
        <translation>Costi e classifica</translation>
    </message>
    <message>
        <source>the remedies proposed from now on and their order (earlier proposals stay)</source>
        <translation>i rimedi proposti d&apos;ora in poi e il loro ordine (le proposte precedenti restano)</translation>
    </message>
    <message>
        <source>Credit and limits</source>
        <translation>Credito e limiti</translation>
    </message>
    <message>
        <source>how much credit may be given, and when a supervisor must approve it</source>
        <translation>quanto credito si può dare e quando deve approvarlo un supervisore</translation>
    </message>
    <message>
        <source>Segments and claims</source>
        <translation>Segmenti e reclami</translation>
    </message>
    <message>
        <source>every customer&apos;s segment and claim flag, and so the remedies offered</source>
        <translation>il segmento e il segnale reclami di ogni cliente, e quindi i rimedi offerti</translation>
    </message>
    <message>
        <source>Season rules</source>
        <translation>Regole stagionali</translation>
    </message>
    <message>
        <source>promised-by dates and peak-season deadlines of new cases</source>
        <translation>le date di consegna promesse e le scadenze di alta stagione dei nuovi casi</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approvazioni</translation>
    </message>
    <message>
        <source>when unanswered approval requests expire</source>
        <translation>quando scadono le richieste di approvazione senza risposta</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Server di posta</translation>
    </message>
    <message>
        <source>every e-mail sent to customers</source>
        <translation>ogni e-mail inviata ai clienti</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>the nightly copy of the embedded database file and how long copies are kept</source>
        <translation>la copia notturna del file del database incorporato e per quanto si conservano le copie</translation>
    </message>
    <message>
        <source>the lock-out after failed logins</source>
        <translation>il blocco dopo accessi non riusciti</translation>
    </message>
    <message>
        <source>Add a &amp;day…</source>
        <translation>Aggiungi un &amp;giorno…</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Scegli…</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Predefinito: %1</translation>
    </message>
    <message>
        <source>Rimedio – a closed day</source>
        <translation>Rimedio – un giorno di chiusura</translation>
    </message>
    <message>
        <source>Rimedio – an image</source>
        <translation>Rimedio – un&apos;immagine</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Immagini (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Groups of settings</source>
        <extracomment>the service stored the changed values (the other views of the same settings read them again)</extracomment>
        <translation>Gruppi di impostazioni</translation>
    </message>
    <message>
        <source>&amp;Save these settings</source>
        <translation>&amp;Salva queste impostazioni</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Annulla le modifiche</translation>
    </message>
    <message>
        <source>affects %1</source>
        <translation>riguarda %1</translation>
    </message>
    <message>
        <source>Before saving:</source>
        <translation>Prima di salvare:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
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
        <extracomment>How long after the main window appears the deferred database is opened and the login recorded: long enough for the first page to be painted without competing for the interpreter. after the main window shows, the heap is settled (:func:`app.heap.settle`) once start-up&apos;s garbage is gone</extracomment>
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
    <name>UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Take the decision back (Ctrl+Z); nothing has been issued yet</source>
        <translation>Ritira la decisione (Ctrl+Z); non è stato ancora emesso nulla</translation>
    </message>
    <message numerus="yes">
        <source>Carried out in %n second(s).</source>
        <translation>
            <numerusform>Eseguito tra %n secondo.</numerusform>
            <numerusform>Eseguito tra %n secondi.</numerusform>
        </translation>
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
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>S&amp;blocca</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Disattiva</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reimposta password…</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Ri&amp;attiva</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvato.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 può di nuovo accedere.</translation>
    </message>
    <message>
        <source>%1 can no longer log in (their cases and history stay).</source>
        <translation>%1 non può più accedere (i suoi casi e lo storico restano).</translation>
    </message>
    <message>
        <source>Rimedio – reset %1&apos;s password</source>
        <translation>Rimedio – reimposta la password di %1</translation>
    </message>
    <message>
        <source>Give %1 this temporary password; they choose their own at the next login.</source>
        <translation>Comunichi a %1 questa password temporanea; al prossimo accesso ne sceglierà una propria.</translation>
    </message>
    <message>
        <source>%1 must choose a new password at the next login.</source>
        <translation>%1 dovrà scegliere una nuova password al prossimo accesso.</translation>
    </message>
</context>
<context>
    <name>ViewNameDialog</name>
    <message>
        <source>Rimedio – save the view</source>
        <translation>Rimedio – salva la vista</translation>
    </message>
    <message>
        <source>e.g. My overdue e-mails</source>
        <translation>es. Le mie e-mail scadute</translation>
    </message>
    <message>
        <source>Name of the view</source>
        <translation>Nome della vista</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
</context>
<context>
    <name>VoucherLookupPanel</name>
    <message>
        <source>Look up a code</source>
        <translation>Cerca un codice</translation>
    </message>
    <message>
        <source>Voucher code</source>
        <translation>Codice del buono</translation>
    </message>
    <message>
        <source>e.g. RIM-7K3Q-9XTM-C, typed any way</source>
        <translation>es. RIM-7K3Q-9XTM-C, scritto in qualsiasi modo</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Codice:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Given:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Residuo:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Scade:</translation>
    </message>
    <message>
        <source>Given for:</source>
        <translation>Dato per:</translation>
    </message>
    <message>
        <source>&amp;Print voucher…</source>
        <translation>&amp;Stampa il buono…</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>Cl&amp;iente</translation>
    </message>
    <message>
        <source>Ca&amp;ncel voucher…</source>
        <translation>A&amp;nnulla il buono…</translation>
    </message>
    <message>
        <source>Correct a&amp;mount…</source>
        <translation>Correggi l&apos;i&amp;mporto…</translation>
    </message>
    <message>
        <source>The code is well formed; Enter looks it up.</source>
        <translation>Il codice è ben formato; Invio lo cerca.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>scaduto</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>voucher %1</source>
        <translation>buono %1</translation>
    </message>
</context>
<context>
    <name>VoucherModel</name>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Residuo</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scade</translation>
    </message>
    <message>
        <source>Given for</source>
        <translation>Dato per</translation>
    </message>
</context>
<context>
    <name>VouchersPage</name>
    <message>
        <source>Customer&apos;s name or e-mail</source>
        <translation>Nome o e-mail del cliente</translation>
    </message>
    <message>
        <source>Search vouchers by customer</source>
        <translation>Cerca buoni per cliente</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>Buoni</translation>
    </message>
</context>
<context>
    <name>WeekTableModel</name>
    <message>
        <source>Week of</source>
        <translation>Settimana del</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolti</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>In tempo</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <source>Credit issued</source>
        <translation>Credito emesso</translation>
    </message>
    <message>
        <source>Credit spent</source>
        <translation>Credito speso</translation>
    </message>
    <message>
        <source>Credit owed</source>
        <translation>Credito dovuto</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Rimedio – changed by someone else</source>
        <translation>Rimedio – modificato da un&apos;altra persona</translation>
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
        <translation>Tenere l&apos;articolo</translation>
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
        <source>Approval request expired</source>
        <translation>Richiesta di approvazione scaduta</translation>
    </message>
    <message>
        <source>Approval request withdrawn</source>
        <translation>Richiesta di approvazione ritirata</translation>
    </message>
    <message>
        <source>Keep the item and store credit</source>
        <translation>Tiene l&apos;articolo e riceve un buono</translation>
    </message>
    <message>
        <source>Ship what was missing</source>
        <translation>Spedire ciò che mancava</translation>
    </message>
    <message>
        <source>Free or faster shipping next time</source>
        <translation>Spedizione gratuita o più veloce la prossima volta</translation>
    </message>
    <message>
        <source>A small gift in the next parcel</source>
        <translation>Un piccolo omaggio nel prossimo pacco</translation>
    </message>
    <message>
        <source>Store credit instead of a refund</source>
        <translation>Credito negozio invece del rimborso</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emesso</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Speso</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>Restituito</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corretto</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>Gift by hand</source>
        <translation>Regalo manuale</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ritirata</translation>
    </message>
    <message>
        <source>Welcome credit on sign-up</source>
        <translation>Credito di benvenuto all&apos;iscrizione</translation>
    </message>
    <message>
        <source>Win-back credit</source>
        <translation>Credito per riconquistare</translation>
    </message>
    <message>
        <source>above the limit per case</source>
        <extracomment>Why a credit waits for a supervisor (``approvals`` / ``ui_queries.credit_check`` problem names).</extracomment>
        <translation>oltre il limite per caso</translation>
    </message>
    <message>
        <source>above the daily total</source>
        <translation>oltre il totale giornaliero</translation>
    </message>
    <message>
        <source>customer flagged for many claims</source>
        <translation>cliente segnalato per molti reclami</translation>
    </message>
    <message>
        <source>unlikely</source>
        <translation>improbabile</translation>
    </message>
    <message>
        <source>maybe</source>
        <translation>forse</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>probabile</translation>
    </message>
    <message>
        <source>Paid</source>
        <extracomment>An order&apos;s payment status as the shops export it (app.imports.records.FINANCIAL_STATUSES, and &quot;cancelled&quot;).</extracomment>
        <translation>Pagato</translation>
    </message>
    <message>
        <source>Payment pending</source>
        <translation>Pagamento in attesa</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Autorizzato</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Rimborsato</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Rimborsato in parte</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Pagato in parte</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Pagamento non riuscito</translation>
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
