<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Rimedio – add a user</source>
        <translation>Rimedio – adaugă un utilizator</translation>
    </message>
    <message>
        <source>e.g. 30,00 – empty: the role's limit</source>
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
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Loading</source>
        <translation>Se încarcă</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case</source>
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
        <source>&amp;Internal (never on the customer's paper)</source>
        <translation>&amp;Internă (niciodată pe documentele clientului)</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Adaugă &amp;nota</translation>
    </message>
    <message>
        <source>What the customer answered</source>
        <translation>Ce a răspuns clientul</translation>
    </message>
    <message>
        <source>The customer's answer</source>
        <translation>Răspunsul clientului</translation>
    </message>
    <message>
        <source>&amp;Record answer</source>
        <translation>Î&amp;nregistrează răspunsul</translation>
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
        <translation>Schimbă &amp;starea</translation>
    </message>
    <message>
        <source>C&amp;lose case</source>
        <translation>Î&amp;nchide cazul</translation>
    </message>
    <message>
        <source>Work on the case</source>
        <translation>Lucrul la caz</translation>
    </message>
    <message>
        <source>Case %1 · %2 · %3</source>
        <translation>Cazul %1 · %2 · %3</translation>
    </message>
    <message>
        <source>no order</source>
        <translation>fără comandă</translation>
    </message>
    <message>
        <source>Rimedio – case %1</source>
        <translation>Rimedio – cazul %1</translation>
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
        <translation>&amp;Copiază raportul</translation>
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
        <translation>Contact:</translation>
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
        <translation>apare aici când creditul în magazin va fi disponibil</translation>
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
        <source>The customer's credit ledger (grants, redemptions, expiry) appears here once store credit is available.</source>
        <translation>Registrul de credit al clientului (acordări, utilizări, expirări) apare aici când creditul în magazin va fi disponibil.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Note and voucher</source>
        <translation>Bilet și voucher</translation>
    </message>
    <message>
        <source>Pre&amp;view and print…</source>
        <translation>&amp;Previzualizare și tipărire…</translation>
    </message>
    <message>
        <source>&amp;E-mail to the customer…</source>
        <translation>Trimite clientului prin &amp;e-mail…</translation>
    </message>
    <message>
        <source>Available once the apology note and voucher can be printed.</source>
        <translation>Disponibil când biletul de scuze și voucherul vor putea fi tipărite.</translation>
    </message>
    <message>
        <source>The apology note, the voucher and the case sheet can be previewed, printed and e-mailed here once documents are available.</source>
        <translation>Biletul de scuze, voucherul și fișa cazului vor putea fi previzualizate, tipărite și trimise prin e-mail de aici când documentele vor fi disponibile.</translation>
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
        <translation>Umple cu magazinul &amp;demonstrativ</translation>
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
        <translation>Creează &amp;administratorul</translation>
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
        <source>Number of cases</source>
        <translation>Numărul de cazuri</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cazuri</translation>
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
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Ține-mă minte pe acest calculator</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigare</translation>
    </message>
    <message>
        <source>Credit requests above an agent's limit wait here for a supervisor, with a count on the left, once approvals are available.</source>
        <translation>Cererile de credit peste limita unui agent vor aștepta aici un supervizor, cu numărul lor în stânga, când aprobările vor fi disponibile.</translation>
    </message>
    <message>
        <source>Store credit — grants, vouchers, redemptions and what the shop still owes — appears here once the credit ledger is available.</source>
        <translation>Creditul în magazin — acordări, vouchere, utilizări și cât mai datorează magazinul — apare aici când registrul de credit va fi disponibil.</translation>
    </message>
    <message>
        <source>Reports (cases by kind and channel, deadlines met, keep-and-credit acceptance, savings, credit liability) appear here once they exist.</source>
        <translation>Rapoartele (cazuri după tip și canal, termene respectate, acceptarea variantei „păstrează și primește credit”, economii, credit datorat) vor apărea aici când vor exista.</translation>
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
        <translation>&amp;Caută</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tipărește…</translation>
    </message>
    <message>
        <source>Printing arrives with the apology notes and vouchers.</source>
        <translation>Tipărirea va veni odată cu biletele de scuze și voucherele.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reîncarcă</translation>
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
        <source>Database in use</source>
        <translation>Baza de date folosită</translation>
    </message>
    <message>
        <source>Rimedio</source>
        <translation>Rimedio</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>cazul %1</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
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
        <translation>&amp;Deschide cazul (Ctrl+Enter)</translation>
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
    <name>PreferencesDialog</name>
    <message>
        <source>Rimedio – connection and language</source>
        <translation>Rimedio – conexiune și limbă</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>Limba sistemului</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Limbă:</translation>
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
        <translation>Cere o conexiune criptată (&amp;TLS)</translation>
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
        <translation>&amp;Testează conexiunea</translation>
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
        <translation>Conexiunea funcționează: %1</translation>
    </message>
</context>
<context>
    <name>RemediesPanel</name>
    <message>
        <source>Remedies</source>
        <translation>Remedii</translation>
    </message>
    <message>
        <source>Remedies appear here once proposals are available: each option ranked with its cost to the shop and why, the amount to change, and whether it needs a supervisor's approval before it is sent.</source>
        <translation>Remediile vor apărea aici când propunerile vor fi disponibile: fiecare opțiune în ordine, cu costul ei pentru magazin și motivul, suma de modificat și dacă are nevoie de aprobarea unui supervizor înainte de trimitere.</translation>
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
        <translation>&amp;Adaugă utilizator…</translation>
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