<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Rimedio – add a user</source>
        <translation>Rimedio – adaugă un utilizator</translation>
    </message>
    <message>
        <source>e.g. 30,00 – empty: the role&apos;s limit</source>
        <translation>ex. 30,00 – gol: limita rolului</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nume utilizator:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nume &amp;complet:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parolă:</translation>
    </message>
    <message>
        <source>Limit per &amp;case:</source>
        <translation>Limită per &amp;caz:</translation>
    </message>
    <message>
        <source>&amp;Daily limit:</source>
        <translation>Limită &amp;zilnică:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Limbă:</translation>
    </message>
</context>
<context>
    <name>AdminView</name>
    <message>
        <source>Shop settings</source>
        <translation>Setările magazinului</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilizatori</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importuri</translation>
    </message>
    <message>
        <source>Mail and templates</source>
        <translation>E-mail și șabloane</translation>
    </message>
    <message>
        <source>All settings (table)</source>
        <translation>Toate setările (tabel)</translation>
    </message>
</context>
<context>
    <name>AgentTableModel</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cazuri</translation>
    </message>
    <message>
        <source>First answer on time</source>
        <translation>Primul răspuns la timp</translation>
    </message>
    <message>
        <source>Hours to first answer</source>
        <translation>Ore până la primul răspuns</translation>
    </message>
    <message>
        <source>Resolved on time</source>
        <translation>Rezolvate la timp</translation>
    </message>
    <message>
        <source>Hours to resolution</source>
        <translation>Ore până la rezolvare</translation>
    </message>
    <message>
        <source>Keep-and-credit offered</source>
        <translation>Păstrare-și-credit oferite</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptate</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Economisit</translation>
    </message>
    <message>
        <source>Credit issued</source>
        <translation>Credit emis</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nimeni)</translation>
    </message>
</context>
<context>
    <name>ApprovalsView</name>
    <message>
        <source>Which requests</source>
        <extracomment>How long *Undo* is offered after a decision before it is carried out.</extracomment>
        <translation>Care cereri</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>În așteptarea unei decizii</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Toate cererile</translation>
    </message>
    <message>
        <source>Approval requests</source>
        <translation>Cereri de aprobare</translation>
    </message>
    <message>
        <source>Choose a request</source>
        <translation>Alegeți o cerere</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decizie</translation>
    </message>
    <message>
        <source>Amount to approve</source>
        <translation>Suma de aprobat</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Motivul deciziei</translation>
    </message>
    <message>
        <source>Required to reject; shown to the agent</source>
        <translation>Obligatoriu pentru respingere; îl vede agentul</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobați</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Respingeți</translation>
    </message>
    <message>
        <source>A&amp;mount (lower it to approve less):</source>
        <translation>&amp;Suma (micșorați-o pentru a aproba mai puțin):</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Motiv:</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n cerere</numerusform>
            <numerusform>%n cereri</numerusform>
            <numerusform>%n de cereri</numerusform>
        </translation>
    </message>
    <message>
        <source>No request chosen</source>
        <translation>Nicio cerere aleasă</translation>
    </message>
    <message>
        <source>Request %1 · case %2</source>
        <translation>Cererea %1 · cazul %2</translation>
    </message>
    <message>
        <source>Approving %1 of the %2 asked on case %3 (%4).</source>
        <translation>Se aprobă %1 din cei %2 ceruți pentru cazul %3 (%4).</translation>
    </message>
    <message>
        <source>Approving %1 on case %3 (%4).</source>
        <translation>Se aprobă %1 pentru cazul %3 (%4).</translation>
    </message>
    <message>
        <source>Say why you reject it: the agent and the timeline will show the reason.</source>
        <translation>Spuneți de ce o respingeți: motivul va apărea la agent și în cronologie.</translation>
    </message>
    <message>
        <source>Rejecting the %1 asked on case %2 (%3).</source>
        <translation>Se respinge suma de %1 cerută pentru cazul %2 (%3).</translation>
    </message>
    <message>
        <source>Undone: nothing was issued or sent.</source>
        <translation>Anulat: nu s-a emis și nu s-a trimis nimic.</translation>
    </message>
    <message>
        <source>Approved %1 on case %2; voucher %3.</source>
        <translation>Aprobat %1 pe cazul %2; voucher %3.</translation>
    </message>
    <message>
        <source>Rejected; case %1 goes back to the agent.</source>
        <translation>Respinsă; cazul %1 se întoarce la agent.</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Loading</source>
        <translation>Se încarcă</translation>
    </message>
</context>
<context>
    <name>CampaignModel</name>
    <message>
        <source>Campaign</source>
        <translation>Campanie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienți</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiră</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>e.g. Spring win-back 2027</source>
        <translation>de ex. Recâștigare primăvară 2027</translation>
    </message>
    <message>
        <source>e.g. 5,00</source>
        <translation>de ex. 5,00</translation>
    </message>
    <message>
        <source>any</source>
        <translation>oricare</translation>
    </message>
    <message>
        <source>No order since</source>
        <translation>Nicio comandă din</translation>
    </message>
    <message>
        <source>Signed up since</source>
        <translation>Înscriși din</translation>
    </message>
    <message>
        <source>&amp;Preview (nothing is issued)</source>
        <translation>&amp;Previzualizare (nu se emite nimic)</translation>
    </message>
    <message>
        <source>&amp;Issue credit</source>
        <translation>&amp;Emiteți creditul</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nume:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tip:</translation>
    </message>
    <message>
        <source>A&amp;mount each:</source>
        <translation>&amp;Suma de fiecare:</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Expiră:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>Se&amp;gment:</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Campanie nouă</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campanii</translation>
    </message>
    <message>
        <source>Print the &amp;vouchers…</source>
        <translation>Tipăriți &amp;voucherele…</translation>
    </message>
    <message>
        <source>Campaigns issued</source>
        <translation>Campanii emise</translation>
    </message>
    <message>
        <source>The terms changed: preview again before issuing.</source>
        <translation>Condițiile s-au schimbat: previzualizați din nou înainte de emitere.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) would get %1 each, until %2.</source>
        <translation>
            <numerusform>%n client ar primi %1, valabil până la %2.</numerusform>
            <numerusform>%n clienți ar primi câte %1, valabil până la %2.</numerusform>
            <numerusform>%n de clienți ar primi câte %1, valabil până la %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop would owe %1.</source>
        <translation>Magazinul ar datora %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) already have it.</source>
        <translation>
            <numerusform>%n client îl are deja.</numerusform>
            <numerusform>%n clienți îl au deja.</numerusform>
            <numerusform>%n de clienți îl au deja.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rimedio – issue credit</source>
        <translation>Rimedio – emitere credit</translation>
    </message>
    <message numerus="yes">
        <source>Give %1 to %n customer(s)? The shop will owe %2.</source>
        <translation>
            <numerusform>Acordați %1 unui client? Magazinul va datora %2.</numerusform>
            <numerusform>Acordați câte %1 la %n clienți? Magazinul va datora %2.</numerusform>
            <numerusform>Acordați câte %1 la %n de clienți? Magazinul va datora %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issued: %n customer(s) got their credit.</source>
        <translation>
            <numerusform>Emis: %n client și-a primit creditul.</numerusform>
            <numerusform>Emis: %n clienți și-au primit creditul.</numerusform>
            <numerusform>Emis: %n de clienți și-au primit creditul.</numerusform>
        </translation>
    </message>
    <message>
        <source>vouchers of %1</source>
        <translation>voucherele campaniei %1</translation>
    </message>
</context>
<context>
    <name>CaseFactsPanel</name>
    <message>
        <source>Case</source>
        <translation>Caz</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stare:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal:</translation>
    </message>
    <message>
        <source>The customer wants:</source>
        <translation>Clientul vrea:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Comandă:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsabil:</translation>
    </message>
    <message>
        <source>Resolution due:</source>
        <translation>De rezolvat până la:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descriere:</translation>
    </message>
    <message>
        <source>Affected lines</source>
        <translation>Linii afectate</translation>
    </message>
    <message>
        <source>Affected lines:</source>
        <translation>Linii afectate:</translation>
    </message>
    <message>
        <source>no order</source>
        <translation>fără comandă</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case</source>
        <extracomment>Lines formatted on the GUI thread when a page read ahead at start-up arrives (a screenful and the sample the view sizes its columns by); the rest of the page is formatted on the worker thread.</extracomment>
        <translation>Caz</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Comandă</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Rezumat</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>Această coloană nu poate fi sortată.</translation>
    </message>
    <message>
        <source>Resolution due: %1</source>
        <translation>De rezolvat până la: %1</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Înapoi la listă (Alt+Stânga)</translation>
    </message>
    <message>
        <source>Also on this case</source>
        <translation>Și pe acest caz</translation>
    </message>
    <message>
        <source>Changed on another workstation</source>
        <translation>Modificat pe altă stație de lucru</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Istoric</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>Write a note (Ctrl+Enter adds it)</source>
        <translation>Scrieți o notă (Ctrl+Enter o adaugă)</translation>
    </message>
    <message>
        <source>&amp;Internal (never on the customer&apos;s paper)</source>
        <translation>&amp;Internă (niciodată pe documentele clientului)</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Adăugați &amp;nota</translation>
    </message>
    <message>
        <source>What the customer answered</source>
        <translation>Ce a răspuns clientul</translation>
    </message>
    <message>
        <source>The customer&apos;s answer</source>
        <translation>Răspunsul clientului</translation>
    </message>
    <message>
        <source>&amp;Record answer</source>
        <translation>Î&amp;nregistrați răspunsul</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Stare nouă</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Motiv (opțional)</translation>
    </message>
    <message>
        <source>Reason for the status change</source>
        <translation>Motivul schimbării stării</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>Schimbați &amp;starea</translation>
    </message>
    <message>
        <source>C&amp;lose case</source>
        <translation>Î&amp;nchideți cazul</translation>
    </message>
    <message>
        <source>Work on the case</source>
        <translation>Lucrul la caz</translation>
    </message>
    <message>
        <source>Changed elsewhere (%1): %2</source>
        <translation>Modificat în altă parte (%1): %2</translation>
    </message>
    <message>
        <source>%1 (typing a note…)</source>
        <translation>%1 (scrie o notă…)</translation>
    </message>
    <message>
        <source>Also here: %1</source>
        <translation>Tot aici: %1</translation>
    </message>
    <message>
        <source>Case %1 · %2 · %3</source>
        <translation>Cazul %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Rimedio – case %1</source>
        <translation>Rimedio – cazul %1</translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation>stare %1 → %2</translation>
    </message>
    <message>
        <source>owner %1 → %2</source>
        <translation>responsabil %1 → %2</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>%1 holds no Rimedio database yet: Rimedio sets one up there when it opens it.</source>
        <translation>%1 nu conține încă o bază de date Rimedio: Rimedio o pregătește când o deschide.</translation>
    </message>
</context>
<context>
    <name>CorrectVoucherDialog</name>
    <message>
        <source>Rimedio – correct a voucher</source>
        <translation>Rimedio – corectați un voucher</translation>
    </message>
    <message>
        <source>Rimedio – cancel a voucher</source>
        <translation>Rimedio – anulați un voucher</translation>
    </message>
    <message>
        <source>Correct what is left on voucher %1 (e.g. +5 or -2,50).</source>
        <translation>Corectați suma rămasă pe voucherul %1 (de ex. +5 sau -2,50).</translation>
    </message>
    <message>
        <source>Withdraw everything left on voucher %1.</source>
        <translation>Retrageți tot ce a rămas pe voucherul %1.</translation>
    </message>
    <message>
        <source>e.g. -2,50</source>
        <translation>de ex. -2,50</translation>
    </message>
    <message>
        <source>required, kept in the ledger</source>
        <translation>obligatoriu, rămâne în registru</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Modificare:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tiv:</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Corectați</translation>
    </message>
    <message>
        <source>Cancel &amp;voucher</source>
        <translation>&amp;Anulați voucherul</translation>
    </message>
    <message>
        <source>&amp;Keep as it is</source>
        <translation>&amp;Lăsați-l așa</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Rimedio – unexpected error</source>
        <translation>Rimedio – eroare neașteptată</translation>
    </message>
    <message>
        <source>Rimedio ran into an error it did not expect. Your last change may not have been saved. The details below are in the log file too; please send them to whoever looks after Rimedio.</source>
        <translation>Rimedio a întâlnit o eroare neașteptată. Este posibil ca ultima modificare să nu fi fost salvată. Detaliile de mai jos se află și în fișierul jurnal; trimiteți-le celui care se ocupă de Rimedio.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Raportul erorii</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copiați raportul</translation>
    </message>
</context>
<context>
    <name>CreditView</name>
    <message>
        <source>Vouchers</source>
        <translation>Vouchere</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campanii</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="vanished">Contact:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Limbă:</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
    <message>
        <source>Lifetime spend:</source>
        <translation>Total cheltuit:</translation>
    </message>
    <message>
        <source>Orders:</source>
        <translation>Comenzi:</translation>
    </message>
    <message>
        <source>Claims so far:</source>
        <translation>Reclamații până acum:</translation>
    </message>
    <message>
        <source>Store credit:</source>
        <translation>Credit în magazin:</translation>
    </message>
    <message>
        <source>Claim rate:</source>
        <translation>Rata reclamațiilor:</translation>
    </message>
    <message>
        <source>Customer &amp;details</source>
        <translation>&amp;Detalii client</translation>
    </message>
    <message>
        <source>shown here once store credit is available</source>
        <translation type="vanished">apare aici când creditul în magazin va fi disponibil</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciunul</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Client nou</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Obișnuit</translation>
    </message>
    <message>
        <source>Loyal (VIP)</source>
        <translation>Fidel (VIP)</translation>
    </message>
    <message>
        <source>Lapsed – a win-back chance</source>
        <translation>Inactiv – o șansă de a-l recâștiga</translation>
    </message>
    <message>
        <source>Occasional small buyer</source>
        <translation>Cumpărător ocazional, sume mici</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n comandă</numerusform>
            <numerusform>%n comenzi</numerusform>
            <numerusform>%n de comenzi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caz</numerusform>
            <numerusform>%n cazuri</numerusform>
            <numerusform>%n de cazuri</numerusform>
        </translation>
    </message>
    <message>
        <source>⚑ Unusually many claims: any credit needs a supervisor.</source>
        <translation>⚑ Neobișnuit de multe reclamații: orice credit necesită un supervizor.</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normală</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Comenzi</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Reclamații</translation>
    </message>
    <message>
        <source>⚑ many claims</source>
        <translation>⚑ multe reclamații</translation>
    </message>
    <message>
        <source>Unusually many claims: any credit for this customer needs a supervisor</source>
        <translation>Reclamații neobișnuit de multe: orice credit pentru acest client necesită un supervizor</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>Search customers: name, e-mail or phone (Ctrl+F)</source>
        <translation>Căutați clienți: nume, e-mail sau telefon (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Căutare clienți</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienți</translation>
    </message>
    <message>
        <source>Choose a customer</source>
        <translation>Alegeți un client</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Comenzi</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cazuri</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Credit în magazin</translation>
    </message>
    <message>
        <source>Credit ledger</source>
        <translation>Registrul creditului</translation>
    </message>
    <message>
        <source>&amp;Import customers or orders…</source>
        <translation>&amp;Importați clienți sau comenzi…</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Sold: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n live voucher(s)</source>
        <translation>
            <numerusform>%n voucher valabil</numerusform>
            <numerusform>%n vouchere valabile</numerusform>
            <numerusform>%n de vouchere valabile</numerusform>
        </translation>
    </message>
    <message>
        <source>next expiry %1</source>
        <translation>următoarea expirare %1</translation>
    </message>
    <message>
        <source>%1 spent</source>
        <translation>%1 cheltuiți</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n comandă</numerusform>
            <numerusform>%n comenzi</numerusform>
            <numerusform>%n de comenzi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caz</numerusform>
            <numerusform>%n cazuri</numerusform>
            <numerusform>%n de cazuri</numerusform>
        </translation>
    </message>
    <message>
        <source>⚑ Unusually many claims: any credit needs a supervisor.</source>
        <translation>⚑ Reclamații neobișnuit de multe: orice credit necesită un supervizor.</translation>
    </message>
    <message>
        <source>The customer&apos;s credit ledger (grants, redemptions, expiry) appears here once store credit is available.</source>
        <translation type="vanished">Registrul de credit al clientului (acordări, utilizări, expirări) apare aici când creditul în magazin va fi disponibil.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Note and voucher</source>
        <translation>Bilet și voucher</translation>
    </message>
    <message>
        <source>Apology &amp;note…</source>
        <translation>&amp;Bilet de scuze…</translation>
    </message>
    <message>
        <source>Preview, print or save the apology note (Ctrl+P)</source>
        <translation>Previzualizați, tipăriți sau salvați biletul de scuze (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Voucher…</source>
        <translation>&amp;Voucher…</translation>
    </message>
    <message>
        <source>Case s&amp;heet…</source>
        <translation>&amp;Fișa cazului…</translation>
    </message>
    <message>
        <source>&amp;E-mail to the customer</source>
        <translation>&amp;E-mail către client</translation>
    </message>
    <message>
        <source>The credit awaits a supervisor&apos;s approval: the note cannot promise it yet.</source>
        <translation>Creditul așteaptă aprobarea unui supervizor: nota nu îl poate promite încă.</translation>
    </message>
    <message>
        <source>The note needs a remedy: choose one first.</source>
        <translation>Biletul are nevoie de o soluție: alegeți mai întâi una.</translation>
    </message>
    <message>
        <source>The customer has no e-mail address.</source>
        <translation>Clientul nu are adresă de e-mail.</translation>
    </message>
    <message>
        <source>apology note, case %1</source>
        <translation>bilet de scuze, cazul %1</translation>
    </message>
    <message>
        <source>voucher %1</source>
        <translation>voucher %1</translation>
    </message>
    <message>
        <source>case sheet %1</source>
        <translation>fișa cazului %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Se trimite…</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Trimis către %1.</translation>
    </message>
    <message>
        <source>Pre&amp;view and print…</source>
        <translation type="vanished">&amp;Previzualizare și tipărire…</translation>
    </message>
    <message>
        <source>&amp;E-mail to the customer…</source>
        <translation type="vanished">Trimite clientului prin &amp;e-mail…</translation>
    </message>
    <message>
        <source>Available once the apology note and voucher can be printed.</source>
        <translation type="vanished">Disponibil când biletul de scuze și voucherul vor putea fi tipărite.</translation>
    </message>
    <message>
        <source>The apology note, the voucher and the case sheet can be previewed, printed and e-mailed here once documents are available.</source>
        <translation type="vanished">Biletul de scuze, voucherul și fișa cazului vor putea fi previzualizate, tipărite și trimise prin e-mail de aici când documentele vor fi disponibile.</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <source>Rimedio – user %1</source>
        <translation>Rimedio – utilizatorul %1</translation>
    </message>
    <message>
        <source>empty: the role&apos;s limit</source>
        <translation>gol: limita rolului</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nume &amp;complet:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Limbă:</translation>
    </message>
    <message>
        <source>Limit per &amp;case:</source>
        <translation>Limită pe &amp;caz:</translation>
    </message>
    <message>
        <source>&amp;Daily limit:</source>
        <translation>Limită &amp;zilnică:</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Which file?</source>
        <translation>Ce fișier?</translation>
    </message>
    <message>
        <source>An export of the shop&apos;s orders or customers, as CSV.</source>
        <translation>Un export al comenzilor sau al clienților magazinului, în CSV.</translation>
    </message>
    <message>
        <source>&amp;Orders (with their customers)</source>
        <translation>&amp;Comenzi (cu clienții lor)</translation>
    </message>
    <message>
        <source>&amp;Customers only</source>
        <translation>&amp;Doar clienți</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Răsfoiți…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fișier:</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Rimedio – first start</source>
        <translation>Rimedio – prima pornire</translation>
    </message>
    <message>
        <source>This database is new: it has no users and no shop data yet (%1).</source>
        <translation>Această bază de date este nouă: nu are încă utilizatori și nici date ale magazinului (%1).</translation>
    </message>
    <message>
        <source>Try Rimedio</source>
        <translation>Încercați Rimedio</translation>
    </message>
    <message>
        <source>Fill it with the demo shop Bottega Aurora: customers, orders and cases to try everything. The users agent, supervisor and admin have their own name as password — for trying only, never for real work.</source>
        <translation>Umpleți-o cu magazinul demonstrativ Bottega Aurora: clienți, comenzi și cazuri pentru a încerca totul. Utilizatorii agent, supervisor și admin au ca parolă propriul nume — doar pentru încercare, niciodată pentru lucru real.</translation>
    </message>
    <message>
        <source>Fill with the &amp;demo shop</source>
        <translation>Umpleți cu magazinul &amp;demonstrativ</translation>
    </message>
    <message>
        <source>Start for real</source>
        <translation>Începeți pe bune</translation>
    </message>
    <message>
        <source>Create the first administrator; they add the other users.</source>
        <translation>Creați primul administrator; el îi adaugă pe ceilalți utilizatori.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nume utilizator:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nume &amp;complet:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parolă:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Parola din &amp;nou:</translation>
    </message>
    <message>
        <source>Create the &amp;administrator</source>
        <translation>Creați &amp;administratorul</translation>
    </message>
    <message>
        <source>Welcome to Rimedio</source>
        <translation>Bun venit în Rimedio</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Cele două parole diferă.</translation>
    </message>
</context>
<context>
    <name>FormatPage</name>
    <message>
        <source>What is in it?</source>
        <translation>Ce conține?</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Ordinea datelor</translation>
    </message>
    <message>
        <source>Tell from the file</source>
        <translation>După fișier</translation>
    </message>
    <message>
        <source>Day/month (31/12)</source>
        <translation>Zi/lună (31/12)</translation>
    </message>
    <message>
        <source>Month/day (12/31)</source>
        <translation>Lună/zi (12/31)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>The first rows:</source>
        <translation>Primele rânduri:</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Se citește fișierul…</translation>
    </message>
    <message>
        <source>Recognised: %1.</source>
        <translation>Recunoscut: %1.</translation>
    </message>
    <message>
        <source>Not a shop export Rimedio knows: say which column holds what on the next page.</source>
        <translation>Nu este un export de magazin cunoscut de Rimedio: pe pagina următoare spuneți ce conține fiecare coloană.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Shopify orders export</source>
        <translation>Export comenzi Shopify</translation>
    </message>
    <message>
        <source>Shopify customers export</source>
        <translation>Export clienți Shopify</translation>
    </message>
    <message>
        <source>WooCommerce orders export</source>
        <translation>Export comenzi WooCommerce</translation>
    </message>
    <message>
        <source>PrestaShop orders export</source>
        <translation>Export comenzi PrestaShop</translation>
    </message>
    <message>
        <source>Any CSV, with a column mapping</source>
        <translation>Orice CSV, cu o corespondență a coloanelor</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Număr comandă</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Data comenzii</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Totalul comenzii</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Livrare</translation>
    </message>
    <message>
        <source>Discount codes</source>
        <translation>Coduri de reducere</translation>
    </message>
    <message>
        <source>Product SKU</source>
        <translation>Cod produs (SKU)</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nume produs</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantitate</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Preț unitar</translation>
    </message>
    <message>
        <source>Shop&apos;s customer id</source>
        <translation>ID client în magazin</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nume de familie</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nume complet</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <source>Choose the shop&apos;s export</source>
        <translation>Alegeți exportul magazinului</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fișiere CSV (*.csv *.txt);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Save the refused rows</source>
        <translation>Salvați rândurile refuzate</translation>
    </message>
    <message>
        <source>Rimedio – save the column mapping</source>
        <translation>Rimedio – salvați corespondența coloanelor</translation>
    </message>
    <message>
        <source>Save this mapping as:</source>
        <translation>Salvați această corespondență ca:</translation>
    </message>
    <message>
        <source>Rimedio – import</source>
        <translation>Rimedio – import</translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message>
        <source>Bring in the shop&apos;s customers and orders from a CSV export of Shopify, WooCommerce or PrestaShop, or any CSV with a column mapping. Importing the same file again changes nothing; a file with refused rows saves nothing unless you keep the good rows.</source>
        <translation>Aduceți clienții și comenzile magazinului dintr-un export CSV Shopify, WooCommerce sau PrestaShop, ori din orice CSV cu o corespondență a coloanelor. Importul aceluiași fișier încă o dată nu schimbă nimic; un fișier cu rânduri respinse nu salvează nimic, decât dacă păstrați rândurile bune.</translation>
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation>&amp;Importați un fișier…</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Name, e-mail, phone, order or words</source>
        <translation>Nume, e-mail, telefon, comandă sau cuvinte</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Căutare cazuri</translation>
    </message>
    <message>
        <source>Search cases (Ctrl+F): every word must match; accents and capitals do not matter.</source>
        <translation>Căutare cazuri (Ctrl+F): fiecare cuvânt trebuie să se potrivească; diacriticele și majusculele nu contează.</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtru după stare</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Cazuri deschise</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Toate stările</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtru după tip</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Toate tipurile</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>Filtru după canal</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Toate canalele</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>Ale &amp;mele</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;Depășite</translation>
    </message>
    <message>
        <source>&amp;Unassigned</source>
        <translation>&amp;Neatribuite</translation>
    </message>
    <message>
        <source>The queue of cases nobody owns yet</source>
        <translation>Coada cazurilor care nu au încă un responsabil</translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation>Numărul de cazuri</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cazuri</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vizualizări salvate</translation>
    </message>
    <message>
        <source>Save &amp;view…</source>
        <translation>Salvați &amp;vizualizarea…</translation>
    </message>
    <message>
        <source>Forget view</source>
        <translation>Ștergeți vizualizarea</translation>
    </message>
    <message>
        <source>Saved views…</source>
        <translation>Vizualizări salvate…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caz</numerusform>
            <numerusform>%n cazuri</numerusform>
            <numerusform>%n de cazuri</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ce</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Comandă</translation>
    </message>
    <message>
        <source>By</source>
        <translation>De către</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Rimedio – log in</source>
        <translation>Rimedio – autentificare</translation>
    </message>
    <message>
        <source>Welcome to Rimedio</source>
        <translation>Bun venit în Rimedio</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Bază de date: %1</translation>
    </message>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>Pr&amp;ofil:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>This database (no profile)</source>
        <translation>Această bază de date (fără profil)</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Țineți-mă minte pe acest calculator</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nume utilizator:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parolă:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Autentificare</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Conexiune…</translation>
    </message>
    <message>
        <source>Rimedio – choose your password</source>
        <translation>Rimedio – alegeți-vă parola</translation>
    </message>
    <message>
        <source>An administrator set a temporary password for you: choose your own now.</source>
        <translation>Un administrator v-a setat o parolă temporară: alegeți-vă acum propria parolă.</translation>
    </message>
    <message>
        <source>Choose your own password to log in.</source>
        <translation>Pentru autentificare, alegeți-vă propria parolă.</translation>
    </message>
</context>
<context>
    <name>MailTemplatesPage</name>
    <message>
        <source>e.g. smtp.example.com</source>
        <translation>de ex. smtp.example.com</translation>
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
        <translation>Fără (releu local)</translation>
    </message>
    <message>
        <source>kept in this computer&apos;s keyring</source>
        <translation>păstrată în portcheiul acestui calculator</translation>
    </message>
    <message>
        <source>empty: the shop&apos;s e-mail</source>
        <translation>gol: adresa de e-mail a magazinului</translation>
    </message>
    <message>
        <source>Save the &amp;mail server</source>
        <translation>Salvați serverul de &amp;e-mail</translation>
    </message>
    <message>
        <source>your e-mail address</source>
        <translation>adresa dumneavoastră de e-mail</translation>
    </message>
    <message>
        <source>Send a &amp;test message</source>
        <translation>Trimiteți un mesaj de &amp;test</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Server de e-mail</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Gazdă:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Securitate:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilizator:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pa&amp;rolă:</translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation>Expe&amp;ditor:</translation>
    </message>
    <message>
        <source>Case to preview with</source>
        <translation>Cazul pentru previzualizare</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Șablon</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Previzualizare</translation>
    </message>
    <message>
        <source>&amp;Save the template</source>
        <translation>&amp;Salvați șablonul</translation>
    </message>
    <message>
        <source>Back to the &amp;shipped text</source>
        <translation>Reveniți la textul &amp;original</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tip:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Limbă:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Caz:</translation>
    </message>
    <message>
        <source>Templates: the note and the e-mail, per kind and language</source>
        <translation>Șabloane: scrisoarea și e-mailul, pe tip și limbă</translation>
    </message>
    <message>
        <source>E-mail: subject</source>
        <translation>E-mail: subiect</translation>
    </message>
    <message>
        <source>E-mail: text</source>
        <translation>E-mail: text</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Scrisoare: %1</translation>
    </message>
    <message>
        <source>Saved: mail goes out through %1.</source>
        <translation>Salvat: e-mailurile pleacă prin %1.</translation>
    </message>
    <message>
        <source>A test message went to %1.</source>
        <translation>Un mesaj de test a fost trimis la %1.</translation>
    </message>
    <message>
        <source>* must be in the text</source>
        <translation>* trebuie să fie în text</translation>
    </message>
    <message>
        <source>The shop&apos;s own text.</source>
        <translation>Textul propriu al magazinului.</translation>
    </message>
    <message>
        <source>The text shipped with Rimedio.</source>
        <translation>Textul livrat cu Rimedio.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subiect: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvat.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <extracomment>After the first page of the start page has arrived, the approvals poll waits this long (a quick start, issue 6).</extracomment>
        <translation>Navigare</translation>
    </message>
    <message>
        <source>Credit requests above an agent&apos;s limit wait here for a supervisor, with a count on the left, once approvals are available.</source>
        <translation type="vanished">Cererile de credit peste limita unui agent vor aștepta aici un supervizor, cu numărul lor în stânga, când aprobările vor fi disponibile.</translation>
    </message>
    <message>
        <source>Store credit — grants, vouchers, redemptions and what the shop still owes — appears here once the credit ledger is available.</source>
        <translation type="vanished">Creditul în magazin — acordări, vouchere, utilizări și cât mai datorează magazinul — apare aici când registrul de credit va fi disponibil.</translation>
    </message>
    <message>
        <source>Reports (cases by kind and channel, deadlines met, keep-and-credit acceptance, savings, credit liability) appear here once they exist.</source>
        <translation type="vanished">Rapoartele (cazuri după tip și canal, termene respectate, acceptarea variantei „păstrează și primește credit”, economii, credit datorat) vor apărea aici când vor exista.</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Caz</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>Caz &amp;nou…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Căutați</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tipărește…</translation>
    </message>
    <message>
        <source>Printing arrives with the apology notes and vouchers.</source>
        <translation type="vanished">Tipărirea va veni odată cu biletele de scuze și voucherele.</translation>
    </message>
    <message>
        <source>Preview and print the open case&apos;s note (Ctrl+P)</source>
        <translation>Previzualizați și tipăriți biletul cazului deschis (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reîncărcați</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesiune</translation>
    </message>
    <message>
        <source>&amp;Connection and language…</source>
        <translation>&amp;Conexiune și limbă…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Deconectare</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principală</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificări</translation>
    </message>
    <message>
        <source>What happened on your cases (assigned, answered, decided, due)</source>
        <translation>Ce s-a întâmplat cu cazurile dvs. (atribuite, răspunsuri, decizii, termene)</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Baza de date folosită</translation>
    </message>
    <message>
        <source>Rimedio</source>
        <translation>Rimedio</translation>
    </message>
    <message>
        <source>Case %1: %2 approved %3</source>
        <translation>Cazul %1: %2 a aprobat %3</translation>
    </message>
    <message>
        <source>(you asked for %1)</source>
        <translation>(ați cerut %1)</translation>
    </message>
    <message>
        <source>voucher %1</source>
        <translation>voucher %1</translation>
    </message>
    <message>
        <source>Case %1: %2 rejected the credit – %3</source>
        <translation>Cazul %1: %2 a respins creditul – %3</translation>
    </message>
    <message>
        <source>Case %1: the approval request expired without an answer.</source>
        <translation>Cazul %1: cererea de aprobare a expirat fără răspuns.</translation>
    </message>
    <message>
        <source>&amp;Open case %1</source>
        <translation>&amp;Deschideți cazul %1</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Notificări (%1)</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>cazul %1</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Which column holds what?</source>
        <translation>Ce conține fiecare coloană?</translation>
    </message>
    <message>
        <source>Choose a column of the file for each field; leave out what the file does not have.</source>
        <translation>Alegeți o coloană din fișier pentru fiecare câmp; omiteți ce nu are fișierul.</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>Corespondență salvată</translation>
    </message>
    <message>
        <source>&amp;Save this mapping as…</source>
        <translation>&amp;Salvați această corespondență ca…</translation>
    </message>
    <message>
        <source>Sa&amp;ved mapping:</source>
        <translation>Corespondență sal&amp;vată:</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nu este în fișier)</translation>
    </message>
    <message>
        <source>(choose a saved mapping)</source>
        <translation>(alegeți o corespondență salvată)</translation>
    </message>
    <message>
        <source>(none saved yet)</source>
        <translation>(niciuna salvată încă)</translation>
    </message>
    <message>
        <source>Not in this file: %1.</source>
        <translation>Nu se află în acest fișier: %1.</translation>
    </message>
    <message>
        <source>Mapping “%1” applied.</source>
        <translation>Corespondența „%1” a fost aplicată.</translation>
    </message>
    <message>
        <source>Saved as “%1”: it can be chosen next time.</source>
        <translation>Salvată ca „%1”: o veți putea alege data viitoare.</translation>
    </message>
    <message>
        <source>Choose the column that holds “%1”.</source>
        <translation>Alegeți coloana care conține „%1”.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Inbox</source>
        <translation>Cazuri primite</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Cazurile mele</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Aprobări</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienți</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapoarte</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>Rimedio – new case</source>
        <translation>Rimedio – caz nou</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or order number</source>
        <translation>Nume, e-mail, telefon sau număr de comandă</translation>
    </message>
    <message>
        <source>Find the customer or order</source>
        <translation>Găsiți clientul sau comanda</translation>
    </message>
    <message>
        <source>Matching customers and orders</source>
        <translation>Clienți și comenzi găsite</translation>
    </message>
    <message>
        <source>No customer chosen yet.</source>
        <translation>Niciun client ales încă.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Comandă</translation>
    </message>
    <message>
        <source>Affected lines (space ticks a line)</source>
        <translation>Linii afectate (bara de spațiu bifează o linie)</translation>
    </message>
    <message>
        <source>In a few words: what went wrong</source>
        <translation>În câteva cuvinte: ce nu a mers</translation>
    </message>
    <message>
        <source>What the customer said, in their words</source>
        <translation>Ce a spus clientul, în cuvintele lui</translation>
    </message>
    <message>
        <source>&amp;Open case (Ctrl+Enter)</source>
        <translation>&amp;Deschideți cazul (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Customer or order:</source>
        <translation>&amp;Client sau comandă:</translation>
    </message>
    <message>
        <source>O&amp;rder:</source>
        <translation>Co&amp;mandă:</translation>
    </message>
    <message>
        <source>Affected &amp;lines:</source>
        <translation>&amp;Linii afectate:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tip:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;anal:</translation>
    </message>
    <message>
        <source>The customer &amp;wants:</source>
        <translation>Clientul &amp;vrea:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>Re&amp;zumat:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>D&amp;escriere:</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Client: %1</translation>
    </message>
    <message>
        <source>No order</source>
        <translation>Fără comandă</translation>
    </message>
    <message>
        <source>Find the customer or the order first.</source>
        <translation>Găsiți mai întâi clientul sau comanda.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Notification</source>
        <translation>Notificare</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Închideți</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>A case assigned to me</source>
        <translation>Un caz atribuit mie</translation>
    </message>
    <message>
        <source>A customer&apos;s answer on my case</source>
        <translation>Răspunsul unui client la un caz al meu</translation>
    </message>
    <message>
        <source>My approval request decided</source>
        <translation>O cerere de aprobare a mea decisă</translation>
    </message>
    <message>
        <source>A request waiting for a supervisor</source>
        <translation>O cerere care așteaptă un supervizor</translation>
    </message>
    <message>
        <source>My case&apos;s deadline is near</source>
        <translation>Termenul unui caz al meu se apropie</translation>
    </message>
    <message>
        <source>My case&apos;s deadline has passed</source>
        <translation>Termenul unui caz al meu a trecut</translation>
    </message>
    <message>
        <source>Case %1 was given to you by %2</source>
        <translation>Cazul %1 v-a fost atribuit de %2</translation>
    </message>
    <message>
        <source>Case %1: the customer answered: %2</source>
        <translation>Cazul %1: clientul a răspuns: %2</translation>
    </message>
    <message>
        <source>Case %1: your approval request: %2</source>
        <translation>Cazul %1: cererea dvs. de aprobare: %2</translation>
    </message>
    <message>
        <source>Case %1: %2 asks a supervisor to approve</source>
        <translation>Cazul %1: %2 cere aprobarea unui supervizor</translation>
    </message>
    <message>
        <source>Case %1 is due at %2</source>
        <translation>Cazul %1 are termen la %2</translation>
    </message>
    <message>
        <source>Case %1 is past its deadline (%2)</source>
        <translation>Cazul %1 și-a depășit termenul (%2)</translation>
    </message>
    <message>
        <source>Rimedio</source>
        <translation>Rimedio</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificare</translation>
    </message>
</context>
<context>
    <name>NotificationsDialog</name>
    <message>
        <source>Rimedio – notifications</source>
        <translation>Rimedio – notificări</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificări</translation>
    </message>
    <message>
        <source>Tell me about</source>
        <translation>Anunțați-mă despre</translation>
    </message>
    <message>
        <source>Mark all &amp;read</source>
        <translation>Marcați totul ca &amp;citit</translation>
    </message>
</context>
<context>
    <name>OrderLinesModel</name>
    <message>
        <source>SKU</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produs</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preț</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Order</source>
        <translation>Comandă</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Plasată</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produse</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New &amp;password:</source>
        <translation>&amp;Parolă nouă:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Din &amp;nou:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Cele două parole diferă.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Rimedio – connection and language</source>
        <translation>Rimedio – conexiune și limbă</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Limba sistemului</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <source>&amp;Follow the system</source>
        <translation>Ca siste&amp;mul</translation>
    </message>
    <message>
        <source>L&amp;ight</source>
        <translation>Lum&amp;inos</translation>
    </message>
    <message>
        <source>D&amp;ark</source>
        <translation>Întun&amp;ecat</translation>
    </message>
    <message>
        <source>&amp;Your language:</source>
        <translation>Limba &amp;dumneavoastră:</translation>
    </message>
    <message>
        <source>This &amp;computer&apos;s language:</source>
        <translation>Limba acestui &amp;calculator:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Limbă:</translation>
    </message>
    <message>
        <source>Your own language wins over this computer&apos;s; --lang or RIMEDIO_LANG win over both.</source>
        <translation>Limba dumneavoastră are prioritate față de cea a calculatorului; --lang sau RIMEDIO_LANG au prioritate față de ambele.</translation>
    </message>
    <message>
        <source>&amp;SQLite file on this computer (one workstation)</source>
        <translation>Fișier &amp;SQLite pe acest calculator (o singură stație)</translation>
    </message>
    <message>
        <source>Post&amp;greSQL server (a team)</source>
        <translation>Server Post&amp;greSQL (o echipă)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Răsfoiește…</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>păstrată în portcheile sistemului</translation>
    </message>
    <message>
        <source>Require an encrypted connection (&amp;TLS)</source>
        <translation>Solicitați o conexiune criptată (&amp;TLS)</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Server PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Gazdă:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Bază de date:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilizator:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pa&amp;rolă:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Bază de date</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testați conexiunea</translation>
    </message>
    <message>
        <source>This co&amp;mputer</source>
        <translation>Acest cal&amp;culator</translation>
    </message>
    <message>
        <source>Connection &amp;profiles</source>
        <translation>&amp;Profiluri de conexiune</translation>
    </message>
    <message>
        <source>Rimedio – SQLite database file</source>
        <translation>Rimedio – fișier de bază de date SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Baze de date SQLite (*.sqlite3 *.db);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Se conectează…</translation>
    </message>
    <message>
        <source>The connection works: %1</source>
        <translation type="vanished">Conexiunea funcționează: %1</translation>
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
        <translation>Hârtie</translation>
    </message>
    <message>
        <source>Label 4×6 in</source>
        <translation>Etichetă 4×6 inci</translation>
    </message>
    <message>
        <source>Language of the paper</source>
        <translation>Limba documentului</translation>
    </message>
    <message>
        <source>The customer&apos;s language</source>
        <translation>Limba clientului</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Previzualizare</translation>
    </message>
    <message>
        <source>&amp;Print… (Ctrl+P)</source>
        <translation>&amp;Tipăriți… (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Salvați ca PDF…</translation>
    </message>
    <message>
        <source>Stop printing</source>
        <translation>Opriți tipărirea</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Închideți</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>&amp;Hârtie:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Limbă:</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Se pregătește previzualizarea…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Opriți</translation>
    </message>
    <message>
        <source>Preparing %1 of %2…</source>
        <translation>Se pregătește %1 din %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagină</numerusform>
            <numerusform>%n pagini</numerusform>
            <numerusform>%n de pagini</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Se tipărește pagina %1 din %2…</translation>
    </message>
    <message>
        <source>Printing stopped.</source>
        <translation>Tipărirea a fost oprită.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Imprimanta nu a putut fi pornită.</translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Trimis la imprimantă: %n pagină.</numerusform>
            <numerusform>Trimis la imprimantă: %n pagini.</numerusform>
            <numerusform>Trimis la imprimantă: %n de pagini.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>PDF-ul nu a putut fi salvat: %1</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Salvat ca %1.</translation>
    </message>
</context>
<context>
    <name>ProfilesModel</name>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Bază de date</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Implicit</translation>
    </message>
    <message>
        <source>default</source>
        <translation>implicit</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Connection profiles</source>
        <translation>Profiluri de conexiune</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nou</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminați</translation>
    </message>
    <message>
        <source>Make d&amp;efault</source>
        <translation>Setați ca &amp;implicit</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Fișier SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Server PostgreSQL</translation>
    </message>
    <message>
        <source>the embedded file of this computer</source>
        <translation>fișierul încorporat al acestui calculator</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Răsfoiți…</translation>
    </message>
    <message>
        <source>kept in the system keyring, never in the profile</source>
        <translation>păstrată în portcheiul sistemului, niciodată în profil</translation>
    </message>
    <message>
        <source>%1 It is asked when connecting.</source>
        <translation>%1 Este cerută la conectare.</translation>
    </message>
    <message>
        <source>Require an encrypted connection (T&amp;LS)</source>
        <translation>Solicitați o conexiune criptată (T&amp;LS)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fișier:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Nu&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tip:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Gazdă:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Bază de date:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilizator:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pa&amp;rolă:</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Salvați profilul</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Testați cone&amp;xiunea</translation>
    </message>
    <message>
        <source>Rimedio – SQLite database file</source>
        <translation>Rimedio – fișier de bază de date SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Baze de date SQLite (*.sqlite3 *.db);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Profile saved: %1</source>
        <translation>Profil salvat: %1</translation>
    </message>
    <message>
        <source>Profile removed: %1 (the database is left alone).</source>
        <translation>Profil eliminat: %1 (baza de date rămâne neatinsă).</translation>
    </message>
    <message>
        <source>%1 is the default: the commands use it when no database is named.</source>
        <translation>%1 este implicit: comenzile îl folosesc când nu se indică o bază de date.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Se conectează…</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Save as PDF</source>
        <translation>Salvați ca PDF</translation>
    </message>
</context>
<context>
    <name>RedeemPanel</name>
    <message>
        <source>Redeem on an order</source>
        <translation>Folosiți pe o comandă</translation>
    </message>
    <message>
        <source>e.g. 1042</source>
        <translation>de ex. 1042</translation>
    </message>
    <message>
        <source>e.g. 84,90</source>
        <translation>de ex. 84,90</translation>
    </message>
    <message>
        <source>Empty when Rimedio holds the order: its own total is used.</source>
        <translation>Gol dacă Rimedio are deja comanda: se folosește totalul ei.</translation>
    </message>
    <message>
        <source>empty: as much as allowed</source>
        <translation>gol: cât se permite</translation>
    </message>
    <message>
        <source>Use all the customer&apos;s credit, soonest to expire first</source>
        <translation>Folosiți tot creditul clientului, întâi cel care expiră primul</translation>
    </message>
    <message>
        <source>The customer pays, not this voucher alone: every voucher with credit left is spent, the one that expires first first.</source>
        <translation>Plătește clientul, nu doar acest voucher: se folosesc toate voucherele cu credit rămas, începând cu cel care expiră primul.</translation>
    </message>
    <message>
        <source>&amp;Redeem</source>
        <translation>&amp;Folosiți</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Comandă:</translation>
    </message>
    <message>
        <source>Order &amp;total:</source>
        <translation>&amp;Totalul comenzii:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Suma:</translation>
    </message>
    <message>
        <source>the most credit may pay of this order</source>
        <translation>maximul pe care creditul îl poate plăti din comandă</translation>
    </message>
    <message>
        <source>all that was left on the voucher</source>
        <translation>tot ce mai rămăsese pe voucher</translation>
    </message>
    <message>
        <source>the amount asked</source>
        <translation>suma cerută</translation>
    </message>
    <message>
        <source>%1 taken off order %2 (%3), from %4. The customer has %5 left.</source>
        <translation>%1 scăzuți din comanda %2 (%3), din %4. Clientului îi rămân %5.</translation>
    </message>
    <message>
        <source>%1 taken off order %2 (%3). Left on the voucher: %4.</source>
        <translation>%1 scăzut din comanda %2 (%3). Rămas pe voucher: %4.</translation>
    </message>
    <message>
        <source>Provisional: the order is not in Rimedio yet; its import will check the total.</source>
        <translation>Provizoriu: comanda nu este încă în Rimedio; importul ei va verifica totalul.</translation>
    </message>
</context>
<context>
    <name>RemediesPanel</name>
    <message>
        <source>Remedies</source>
        <translation>Remedii</translation>
    </message>
    <message>
        <source>Proposed remedies, best first</source>
        <translation>Soluții propuse, cea mai bună întâi</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <source>e.g. 12,50</source>
        <translation>de ex. 12,50</translation>
    </message>
    <message>
        <source>Why (for the supervisor and the timeline)</source>
        <translation>De ce (pentru supervizor și cronologie)</translation>
    </message>
    <message>
        <source>Optional: why this remedy</source>
        <translation>Opțional: de ce această soluție</translation>
    </message>
    <message>
        <source>Propose &amp;again</source>
        <translation>Propuneți din &amp;nou</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Trimiteți</translation>
    </message>
    <message>
        <source>&amp;Withdraw the request</source>
        <translation>Retra&amp;geți cererea</translation>
    </message>
    <message>
        <source>Take the approval request back, so the case can move on</source>
        <translation>Retrageți cererea de aprobare, ca acest caz să poată merge mai departe</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Suma:</translation>
    </message>
    <message>
        <source>W&amp;hy:</source>
        <translation>&amp;De ce:</translation>
    </message>
    <message>
        <source>Waiting for a supervisor: %1. You will see the answer here.</source>
        <translation>Se așteaptă un supervizor: %1. Veți vedea răspunsul aici.</translation>
    </message>
    <message>
        <source>Resolved: %1.</source>
        <translation>Rezolvat: %1.</translation>
    </message>
    <message>
        <source>Voucher %1.</source>
        <translation>Voucher %1.</translation>
    </message>
    <message>
        <source>⚑ many claims: any credit needs a supervisor</source>
        <translation>⚑ multe reclamații: orice credit necesită un supervizor</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Se verifică…</translation>
    </message>
    <message>
        <source>No credit is given: the case is resolved with this remedy.</source>
        <translation>Nu se acordă credit: cazul se rezolvă cu această soluție.</translation>
    </message>
    <message>
        <source>&amp;Resolve with this remedy</source>
        <translation>&amp;Rezolvați cu această soluție</translation>
    </message>
    <message>
        <source>Write the amount of credit.</source>
        <translation>Scrieți suma creditului.</translation>
    </message>
    <message>
        <source>%1 refused %2 on this case: “%3”. Say why you ask again (Why).</source>
        <translation>%1 a refuzat %2 pe acest caz: „%3”. Spuneți de ce cereți din nou (De ce).</translation>
    </message>
    <message>
        <source>Already given on this case: %1.</source>
        <translation>Deja acordat pe acest caz: %1.</translation>
    </message>
    <message>
        <source>%1 needs a supervisor&apos;s approval before it is sent (%2). Your limit: %3 per case.</source>
        <translation>%1 necesită aprobarea unui supervizor înainte de trimitere (%2). Limita dvs.: %3 pe caz.</translation>
    </message>
    <message>
        <source>Within your limit: the voucher of %1 is issued at once, valid until %2.</source>
        <translation>În limita dvs.: voucherul de %1 este emis imediat, valabil până la %2.</translation>
    </message>
    <message>
        <source>Needs a supervisor&apos;s approval before it is sent (%1). Your limit: %2 per case.</source>
        <translation type="vanished">Necesită aprobarea unui supervizor înainte de trimitere (%1). Limita dumneavoastră: %2 pe caz.</translation>
    </message>
    <message>
        <source>Ask for &amp;approval</source>
        <translation>Cereți &amp;aprobare</translation>
    </message>
    <message>
        <source>Within your limit: the voucher of %1 is issued at once.</source>
        <translation type="vanished">În limita dumneavoastră: voucherul de %1 se emite imediat.</translation>
    </message>
    <message>
        <source>&amp;Issue credit and resolve</source>
        <translation>&amp;Emiteți creditul și rezolvați</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Client nou</translation>
    </message>
    <message>
        <source>Regular customer</source>
        <translation>Client obișnuit</translation>
    </message>
    <message>
        <source>Loyal customer (VIP)</source>
        <translation>Client fidel (VIP)</translation>
    </message>
    <message>
        <source>Lapsed customer – a win-back chance</source>
        <translation>Client inactiv – o șansă de a-l recâștiga</translation>
    </message>
    <message>
        <source>Occasional small buyer</source>
        <translation>Cumpărător ocazional de sume mici</translation>
    </message>
    <message>
        <source>Remedies appear here once proposals are available: each option ranked with its cost to the shop and why, the amount to change, and whether it needs a supervisor&apos;s approval before it is sent.</source>
        <translation type="vanished">Remediile vor apărea aici când propunerile vor fi disponibile: fiecare opțiune în ordine, cu costul ei pentru magazin și motivul, suma de modificat și dacă are nevoie de aprobarea unui supervizor înainte de trimitere.</translation>
    </message>
</context>
<context>
    <name>RemedyModel</name>
    <message>
        <source>Remedy</source>
        <translation>Soluție</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>What the shop would do</source>
        <translation>Ce ar face magazinul</translation>
    </message>
    <message>
        <source>What the customer gets</source>
        <translation>Ce primește clientul</translation>
    </message>
    <message>
        <source>Expected cost to the shop, the customer&apos;s likely answer included</source>
        <translation>Costul așteptat pentru magazin, inclusiv răspunsul probabil al clientului</translation>
    </message>
    <message>
        <source>How likely the customer is to accept</source>
        <translation>Cât de probabil este să accepte clientul</translation>
    </message>
    <message>
        <source>Cost to the shop</source>
        <translation type="vanished">Cost pentru magazin</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptare</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Period</source>
        <extracomment>Quick periods: key → (first day, last day) from today.</extracomment>
        <translation>Perioadă</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimele 30 de zile</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Ultimele 90 de zile</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Luna aceasta</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Luna trecută</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Anul acesta</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Date alese</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Până la</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtru tip</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Toate tipurile</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>Filtru canal</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Toate canalele</translation>
    </message>
    <message>
        <source>Agent filter</source>
        <translation>Filtru agent</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Toți agenții</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportați &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportați &amp;PDF…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>până la</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cazuri</translation>
    </message>
    <message>
        <source>First answer on time</source>
        <translation>Primul răspuns la timp</translation>
    </message>
    <message>
        <source>Resolved on time</source>
        <translation>Rezolvate la timp</translation>
    </message>
    <message>
        <source>Keep-and-credit accepted</source>
        <translation>Păstrare-și-credit acceptate</translation>
    </message>
    <message>
        <source>Saved against replacement</source>
        <translation>Economie față de înlocuire</translation>
    </message>
    <message>
        <source>Credit issued</source>
        <translation>Credit emis</translation>
    </message>
    <message>
        <source>Credit spent</source>
        <translation>Credit cheltuit</translation>
    </message>
    <message>
        <source>Credit still owed</source>
        <translation>Credit încă datorat</translation>
    </message>
    <message>
        <source>Revenue of orders with credit</source>
        <translation>Venitul comenzilor cu credit</translation>
    </message>
    <message>
        <source>Cases per week</source>
        <translation>Cazuri pe săptămână</translation>
    </message>
    <message>
        <source>Resolution mix</source>
        <translation>Tipuri de rezolvare</translation>
    </message>
    <message>
        <source>Credit still owed, end of each week</source>
        <translation>Credit încă datorat, la sfârșitul fiecărei săptămâni</translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translation>Nimic în această perioadă</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Săptămâni</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenți</translation>
    </message>
    <message>
        <source>&amp;Weeks</source>
        <translation>&amp;Săptămâni</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>&amp;Agenți</translation>
    </message>
    <message>
        <source>weeks: %1</source>
        <translation>săptămâni: %1</translation>
    </message>
    <message>
        <source>average %1</source>
        <translation>medie %1</translation>
    </message>
    <message>
        <source>%1 of %2 offered</source>
        <translation>%1 din %2 oferite</translation>
    </message>
    <message>
        <source>remedies with a saving: %1</source>
        <translation>soluții cu economie: %1</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expirat %1</translation>
    </message>
    <message>
        <source>%1 of the credit issued in the period, spent</source>
        <translation>%1 din creditul emis în perioadă, cheltuit</translation>
    </message>
    <message>
        <source>%1 of the credit issued in the period</source>
        <translation type="vanished">%1 din creditul emis în perioadă</translation>
    </message>
    <message>
        <source>at the end of %1</source>
        <translation>la sfârșitul lui %1</translation>
    </message>
    <message>
        <source>%1 beyond the credit</source>
        <translation>%1 peste credit</translation>
    </message>
    <message>
        <source>Export the figures as CSV</source>
        <translation>Exportați cifrele în CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fișiere CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export a PDF report</source>
        <translation>Exportați un raport PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fișiere PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Salvat: %1</translation>
    </message>
</context>
<context>
    <name>RequestContextPanel</name>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>Asked:</source>
        <translation>Cerut:</translation>
    </message>
    <message>
        <source>Needs a supervisor because:</source>
        <translation>Necesită un supervizor pentru că:</translation>
    </message>
    <message>
        <source>The agent says:</source>
        <translation>Agentul spune:</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Caz:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Comandă:</translation>
    </message>
    <message>
        <source>Affected:</source>
        <translation>Afectate:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Istoric:</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;Deschideți cazul</translation>
    </message>
    <message>
        <source>(suggested %1)</source>
        <translation>(sugerat %1)</translation>
    </message>
    <message>
        <source>no order</source>
        <translation>fără comandă</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n comandă</numerusform>
            <numerusform>%n comenzi</numerusform>
            <numerusform>%n de comenzi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caz</numerusform>
            <numerusform>%n cazuri</numerusform>
            <numerusform>%n de cazuri</numerusform>
        </translation>
    </message>
    <message>
        <source>⚑ unusually many claims</source>
        <translation>⚑ neobișnuit de multe reclamații</translation>
    </message>
    <message>
        <source>Credit to this customer: %1</source>
        <translation>Credit acordat acestui client: %1</translation>
    </message>
    <message>
        <source>Credit on %1&apos;s cases (90 days): %2</source>
        <translation>Credit pe cazurile lui %1 (90 de zile): %2</translation>
    </message>
</context>
<context>
    <name>RequestModel</name>
    <message>
        <source>%1 lowered</source>
        <translation>%1 reduse</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 respinse</translation>
    </message>
    <message>
        <source>(left %1)</source>
        <translation>(rămas %1)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caz</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Soluție</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Cerut</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerat</translation>
    </message>
    <message>
        <source>Items&apos; value</source>
        <translation>Valoarea produselor</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Vechime</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiră</translation>
    </message>
    <message>
        <source>Agent&apos;s credit (90 days)</source>
        <translation>Creditul agentului (90 de zile)</translation>
    </message>
    <message>
        <source>Customer&apos;s credit</source>
        <translation>Creditul clientului</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="vanished">Sumă</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Cerut de</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="vanished">Când</translation>
    </message>
    <message>
        <source>Why a supervisor</source>
        <translation>De ce un supervizor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>&amp;Save the refused rows as CSV…</source>
        <translation>&amp;Salvați rândurile respinse ca CSV…</translation>
    </message>
    <message>
        <source>&amp;Keep the good rows now</source>
        <translation>&amp;Păstrați acum rândurile bune</translation>
    </message>
    <message>
        <source>Import the same file again, keeping the rows that were not refused</source>
        <translation>Importați din nou același fișier, păstrând rândurile care nu au fost refuzate</translation>
    </message>
    <message>
        <source>Importing the good rows…</source>
        <translation>Se importă rândurile bune…</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n creat</numerusform>
            <numerusform>%n create</numerusform>
            <numerusform>%n de create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizat</numerusform>
            <numerusform>%n actualizate</numerusform>
            <numerusform>%n de actualizate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n neschimbat</numerusform>
            <numerusform>%n neschimbate</numerusform>
            <numerusform>%n de neschimbate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n respins</numerusform>
            <numerusform>%n respinse</numerusform>
            <numerusform>%n de respinse</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: nothing was saved.</source>
        <translation>Oprit: nu s-a salvat nimic.</translation>
    </message>
    <message>
        <source>Checked only: nothing was saved.</source>
        <translation>Doar verificare: nu s-a salvat nimic.</translation>
    </message>
    <message>
        <source>Nothing was saved because rows were refused; fix them or keep the good rows.</source>
        <translation>Nu s-a salvat nimic pentru că au fost respinse rânduri; corectați-le sau păstrați rândurile bune.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvat.</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher redemption(s) recorded.</source>
        <translation>
            <numerusform>%n utilizare de voucher înregistrată.</numerusform>
            <numerusform>%n utilizări de vouchere înregistrate.</numerusform>
            <numerusform>%n de utilizări de vouchere înregistrate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rând</translation>
    </message>
    <message>
        <source>Order or customer</source>
        <translation>Comandă sau client</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>De ce</translation>
    </message>
    <message>
        <source>Credit spent before its order was imported is above that order&apos;s cap: see the list.</source>
        <translation>Creditul folosit înainte ca comanda să fie importată depășește plafonul acelei comenzi: vedeți lista.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Only &amp;check the file: nothing is saved</source>
        <translation>Doar &amp;verificați fișierul: nu se salvează nimic</translation>
    </message>
    <message>
        <source>&amp;Keep the good rows when some are refused</source>
        <translation>&amp;Păstrați rândurile bune când unele sunt respinse</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Porniți</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Opriți</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <source>Nothing is written until the whole file has been read.</source>
        <translation>Nu se scrie nimic până nu a fost citit tot fișierul.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Se citește…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read…</source>
        <translation>
            <numerusform>%n rând citit…</numerusform>
            <numerusform>%n rânduri citite…</numerusform>
            <numerusform>%n de rânduri citite…</numerusform>
        </translation>
    </message>
    <message>
        <source>Go back and choose the order of the dates.</source>
        <translation>Întoarceți-vă și alegeți ordinea datelor.</translation>
    </message>
</context>
<context>
    <name>SelectionActions</name>
    <message>
        <source>Assign to m&amp;e</source>
        <translation>Atribuie-mi-&amp;le</translation>
    </message>
    <message>
        <source>Take the selected cases (cases nobody owns; supervisors: any case)</source>
        <translation>Preluați cazurile selectate (cazuri fără responsabil; supervizorii: orice caz)</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Atribuie lui</translation>
    </message>
    <message>
        <source>Re&amp;assign</source>
        <translation>Re&amp;atribuie</translation>
    </message>
    <message>
        <source>New status for the selected cases</source>
        <translation>Stare nouă pentru cazurile selectate</translation>
    </message>
    <message>
        <source>Set s&amp;tatus</source>
        <translation>Setați s&amp;tarea</translation>
    </message>
    <message>
        <source>Print s&amp;heets…</source>
        <translation>Tipăriți f&amp;ișele…</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selectat</numerusform>
            <numerusform>%n selectate</numerusform>
            <numerusform>%n de selectate</numerusform>
        </translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nimeni)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) assigned to %1</source>
        <translation>
            <numerusform>%n caz atribuit lui %1</numerusform>
            <numerusform>%n cazuri atribuite lui %1</numerusform>
            <numerusform>%n de cazuri atribuite lui %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) moved</source>
        <translation>
            <numerusform>%n caz mutat</numerusform>
            <numerusform>%n cazuri mutate</numerusform>
            <numerusform>%n de cazuri mutate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refuzat</numerusform>
            <numerusform>%n refuzate</numerusform>
            <numerusform>%n de refuzate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>case sheets of %n case(s)</source>
        <translation>
            <numerusform>fișa a %n caz</numerusform>
            <numerusform>fișele a %n cazuri</numerusform>
            <numerusform>fișele a %n de cazuri</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsForms</name>
    <message>
        <source>a sample note</source>
        <translation>un bilet de exemplu</translation>
    </message>
    <message>
        <source>Case to preview with</source>
        <translation>Cazul pentru previzualizare</translation>
    </message>
    <message>
        <source>Preview the note of &amp;case:</source>
        <translation>Previzualizați biletul &amp;cazului:</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>biletul</translation>
    </message>
    <message>
        <source>Shop and letterhead</source>
        <translation>Magazin și antet</translation>
    </message>
    <message>
        <source>the letterhead of every note, voucher and case sheet printed or sent from now on</source>
        <translation>antetul fiecărei scrisori, fiecărui voucher și fiecărei fișe tipărite sau trimise de acum înainte</translation>
    </message>
    <message>
        <source>Business hours and holidays</source>
        <translation>Program și sărbători</translation>
    </message>
    <message>
        <source>the deadlines of cases opened or moved from now on</source>
        <translation>termenele cazurilor deschise sau mutate de acum înainte</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Termene</translation>
    </message>
    <message>
        <source>the first-answer and resolution deadlines of new cases</source>
        <translation>termenele de prim răspuns și de rezolvare ale cazurilor noi</translation>
    </message>
    <message>
        <source>Costs and ranking</source>
        <translation>Costuri și clasament</translation>
    </message>
    <message>
        <source>the remedies proposed from now on and their order (earlier proposals stay)</source>
        <translation>soluțiile propuse de acum înainte și ordinea lor (propunerile anterioare rămân)</translation>
    </message>
    <message>
        <source>Credit and limits</source>
        <translation>Credit și limite</translation>
    </message>
    <message>
        <source>how much credit may be given, and when a supervisor must approve it</source>
        <translation>cât credit se poate acorda și când trebuie aprobat de un supervizor</translation>
    </message>
    <message>
        <source>Segments and claims</source>
        <translation>Segmente și reclamații</translation>
    </message>
    <message>
        <source>every customer&apos;s segment and claim flag, and so the remedies offered</source>
        <translation>segmentul și semnalul de reclamații ale fiecărui client, deci și soluțiile oferite</translation>
    </message>
    <message>
        <source>Season rules</source>
        <translation>Reguli de sezon</translation>
    </message>
    <message>
        <source>promised-by dates and peak-season deadlines of new cases</source>
        <translation>datele de livrare promise și termenele de sezon aglomerat ale cazurilor noi</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Aprobări</translation>
    </message>
    <message>
        <source>when unanswered approval requests expire</source>
        <translation>când expiră cererile de aprobare fără răspuns</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Server de e-mail</translation>
    </message>
    <message>
        <source>every e-mail sent to customers</source>
        <translation>fiecare e-mail trimis clienților</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Securitate</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copii de siguranță</translation>
    </message>
    <message>
        <source>the nightly copy of the embedded database file and how long copies are kept</source>
        <translation>copia de noapte a fișierului bazei de date încorporate și cât timp se păstrează copiile</translation>
    </message>
    <message>
        <source>the lock-out after failed logins</source>
        <translation>blocarea după autentificări eșuate</translation>
    </message>
    <message>
        <source>Add a &amp;day…</source>
        <translation>Adăugați o &amp;zi…</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Alegeți…</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Implicit: %1</translation>
    </message>
    <message>
        <source>Rimedio – a closed day</source>
        <translation>Rimedio – o zi închisă</translation>
    </message>
    <message>
        <source>Rimedio – an image</source>
        <translation>Rimedio – o imagine</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imagini (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Groups of settings</source>
        <extracomment>the service stored the changed values (the other views of the same settings read them again)</extracomment>
        <translation>Grupuri de setări</translation>
    </message>
    <message>
        <source>&amp;Save these settings</source>
        <translation>&amp;Salvați aceste setări</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Anulați modificările</translation>
    </message>
    <message>
        <source>affects %1</source>
        <translation>afectează %1</translation>
    </message>
    <message>
        <source>Before saving:</source>
        <translation>Înainte de salvare:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvat.</translation>
    </message>
</context>
<context>
    <name>SettingsModel</name>
    <message>
        <source>Setting</source>
        <translation>Setare</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Implicit</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Semnificație</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Groups of settings</source>
        <translation>Grupuri de setări</translation>
    </message>
    <message>
        <source>Shop settings</source>
        <translation>Setările magazinului</translation>
    </message>
    <message>
        <source>Double-click a value (or press F2) to change it. Shared by every workstation.</source>
        <translation>Dublu clic pe o valoare (sau F2) pentru a o schimba. Comune tuturor stațiilor.</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings.</source>
        <translation>Doar un administrator poate schimba aceste setări.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 a fost salvată.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Rimedio – no database</source>
        <extracomment>How long after the main window appears the deferred database is opened and the login recorded: long enough for the first page to be painted without competing for the interpreter. after the main window shows, the heap is settled (:func:`app.heap.settle`) once start-up&apos;s garbage is gone</extracomment>
        <translation>Rimedio – nicio bază de date</translation>
    </message>
    <message>
        <source>Rimedio cannot open its database.</source>
        <translation>Rimedio nu își poate deschide baza de date.</translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation>Setările conexiunii…</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ce</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalii</translation>
    </message>
    <message>
        <source>(internal)</source>
        <translation>(internă)</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulați</translation>
    </message>
    <message>
        <source>Take the decision back (Ctrl+Z); nothing has been issued yet</source>
        <translation>Retrageți decizia (Ctrl+Z); încă nu s-a emis nimic</translation>
    </message>
    <message numerus="yes">
        <source>Carried out in %n second(s).</source>
        <translation>
            <numerusform>Se execută în %n secundă.</numerusform>
            <numerusform>Se execută în %n secunde.</numerusform>
            <numerusform>Se execută în %n de secunde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>Limit per case</source>
        <translation>Limită per caz</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>Limită zilnică</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>blocat</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activ</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactiv</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Utilizatori</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Adăugați un utilizator…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modificați…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Deblocați</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>D&amp;ezactivați</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Resetați parola…</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;activați</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 a fost salvat.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 se poate autentifica din nou.</translation>
    </message>
    <message>
        <source>%1 can no longer log in (their cases and history stay).</source>
        <translation>%1 nu se mai poate autentifica (cazurile și istoricul rămân).</translation>
    </message>
    <message>
        <source>Rimedio – reset %1&apos;s password</source>
        <translation>Rimedio – resetarea parolei lui %1</translation>
    </message>
    <message>
        <source>Give %1 this temporary password; they choose their own at the next login.</source>
        <translation>Comunicați-i lui %1 această parolă temporară; la următoarea autentificare își va alege propria parolă.</translation>
    </message>
    <message>
        <source>%1 must choose a new password at the next login.</source>
        <translation>%1 trebuie să își aleagă o parolă nouă la următoarea autentificare.</translation>
    </message>
</context>
<context>
    <name>ViewNameDialog</name>
    <message>
        <source>Rimedio – save the view</source>
        <translation>Rimedio – salvarea vizualizării</translation>
    </message>
    <message>
        <source>e.g. My overdue e-mails</source>
        <translation>de ex. E-mailurile mele depășite</translation>
    </message>
    <message>
        <source>Name of the view</source>
        <translation>Numele vizualizării</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nume:</translation>
    </message>
</context>
<context>
    <name>VoucherLookupPanel</name>
    <message>
        <source>Look up a code</source>
        <translation>Căutați un cod</translation>
    </message>
    <message>
        <source>Voucher code</source>
        <translation>Codul voucherului</translation>
    </message>
    <message>
        <source>e.g. RIM-7K3Q-9XTM-C, typed any way</source>
        <translation>de ex. RIM-7K3Q-9XTM-C, scris oricum</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Căutați</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Cod:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>Given:</source>
        <translation>Acordat:</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Rămas:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expiră:</translation>
    </message>
    <message>
        <source>Given for:</source>
        <translation>Acordat pentru:</translation>
    </message>
    <message>
        <source>&amp;Print voucher…</source>
        <translation>&amp;Tipăriți voucherul…</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <source>Ca&amp;ncel voucher…</source>
        <translation>A&amp;nulați voucherul…</translation>
    </message>
    <message>
        <source>Correct a&amp;mount…</source>
        <translation>Corectați su&amp;ma…</translation>
    </message>
    <message>
        <source>The code is well formed; Enter looks it up.</source>
        <translation>Codul este corect format; Enter îl caută.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirat</translation>
    </message>
    <message>
        <source>never</source>
        <translation>niciodată</translation>
    </message>
    <message>
        <source>voucher %1</source>
        <translation>voucher %1</translation>
    </message>
</context>
<context>
    <name>VoucherModel</name>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Rămas</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiră</translation>
    </message>
    <message>
        <source>Given for</source>
        <translation>Acordat pentru</translation>
    </message>
</context>
<context>
    <name>VouchersPage</name>
    <message>
        <source>Customer&apos;s name or e-mail</source>
        <translation>Numele sau e-mailul clientului</translation>
    </message>
    <message>
        <source>Search vouchers by customer</source>
        <translation>Căutați vouchere după client</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>Vouchere</translation>
    </message>
</context>
<context>
    <name>WeekTableModel</name>
    <message>
        <source>Week of</source>
        <translation>Săptămâna din</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cazuri</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rezolvate</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>La timp</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Cu întârziere</translation>
    </message>
    <message>
        <source>Credit issued</source>
        <translation>Credit emis</translation>
    </message>
    <message>
        <source>Credit spent</source>
        <translation>Credit cheltuit</translation>
    </message>
    <message>
        <source>Credit owed</source>
        <translation>Credit datorat</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Rimedio – changed by someone else</source>
        <translation>Rimedio – modificat de altcineva</translation>
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
        <translation>Produs greșit</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Deteriorat</translation>
    </message>
    <message>
        <source>Missing item</source>
        <translation>Produs lipsă</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Întârziere</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reclamație</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
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
        <translation>Rețele sociale</translation>
    </message>
    <message>
        <source>Click to call</source>
        <translation>Click to call</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altul</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nou</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propus</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Așteaptă aprobare</translation>
    </message>
    <message>
        <source>Awaiting customer</source>
        <translation>Așteaptă clientul</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rezolvat</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Închis</translation>
    </message>
    <message>
        <source>Keep the item</source>
        <translation>Să păstreze produsul</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Înlocuire</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rambursare</translation>
    </message>
    <message>
        <source>Does not know yet</source>
        <translation>Nu știe încă</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervizor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Caz deschis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Stare schimbată</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modificat</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Atribuit</translation>
    </message>
    <message>
        <source>Remedies proposed</source>
        <translation>Remedii propuse</translation>
    </message>
    <message>
        <source>Remedy chosen</source>
        <translation>Remediu ales</translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation>Aprobare cerută</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobat</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Respins</translation>
    </message>
    <message>
        <source>Credit issued</source>
        <translation>Credit emis</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Tipărit</translation>
    </message>
    <message>
        <source>E-mailed</source>
        <translation>Trimis prin e-mail</translation>
    </message>
    <message>
        <source>Customer answered</source>
        <translation>Clientul a răspuns</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Atașament</translation>
    </message>
    <message>
        <source>Approval request expired</source>
        <translation>Cererea de aprobare a expirat</translation>
    </message>
    <message>
        <source>Approval request withdrawn</source>
        <translation>Cererea de aprobare a fost retrasă</translation>
    </message>
    <message>
        <source>Keep the item and store credit</source>
        <translation>Păstrarea produsului, cu credit în magazin</translation>
    </message>
    <message>
        <source>Ship what was missing</source>
        <translation>Trimiterea a ce lipsea</translation>
    </message>
    <message>
        <source>Free or faster shipping next time</source>
        <translation>Livrare gratuită sau mai rapidă data viitoare</translation>
    </message>
    <message>
        <source>A small gift in the next parcel</source>
        <translation>Un mic cadou în următorul colet</translation>
    </message>
    <message>
        <source>Store credit instead of a refund</source>
        <translation>Credit în magazin în loc de rambursare</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emis</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Cheltuit</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirat</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulat</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>Restituit</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corectat</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caz</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanie</translation>
    </message>
    <message>
        <source>Gift by hand</source>
        <translation>Cadou acordat manual</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>În așteptare</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retrasă</translation>
    </message>
    <message>
        <source>Welcome credit on sign-up</source>
        <translation>Credit de bun venit la înscriere</translation>
    </message>
    <message>
        <source>Win-back credit</source>
        <translation>Credit de recâștigare</translation>
    </message>
    <message>
        <source>above the limit per case</source>
        <extracomment>Why a credit waits for a supervisor (``approvals`` / ``ui_queries.credit_check`` problem names).</extracomment>
        <translation>peste limita pe caz</translation>
    </message>
    <message>
        <source>above the daily total</source>
        <translation>peste totalul zilnic</translation>
    </message>
    <message>
        <source>customer flagged for many claims</source>
        <translation>client semnalat pentru multe reclamații</translation>
    </message>
    <message>
        <source>unlikely</source>
        <translation>puțin probabil</translation>
    </message>
    <message>
        <source>maybe</source>
        <translation>poate</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>probabil</translation>
    </message>
    <message>
        <source>Paid</source>
        <extracomment>An order&apos;s payment status as the shops export it (app.imports.records.FINANCIAL_STATUSES, and &quot;cancelled&quot;).</extracomment>
        <translation>Plătită</translation>
    </message>
    <message>
        <source>Payment pending</source>
        <translation>Plată în așteptare</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Autorizată</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Rambursată</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Rambursată parțial</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Plătită parțial</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Anulată</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Plată eșuată</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engleză</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiană</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Română</translation>
    </message>
</context>
<context>
    <name>lookup</name>
    <message>
        <source>Order %1</source>
        <translation>Comanda %1</translation>
    </message>
</context>
</TS>
