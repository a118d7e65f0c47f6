# Sportello's words in Italian.
# Edit this file, then run `cargo xtask i18n`: it writes src/i18n/it.rs. CONTRIBUTING.md
# explains the syntax (Project Fluent): { $name } is filled in by the widget, and a
# { $count -> [one] … *[other] … } picks the words by the browser's plural rules.

## First open: the lookup form and what every screen shares (`Messages`)

lookup-title = Traccia il tuo ordine
lookup-title-at = Traccia il tuo ordine su { $shop }
lookup-intro = Inserisci il numero d'ordine e l'indirizzo e-mail con cui hai ordinato.
lookup-intro-postcode = Inserisci il numero d'ordine e il CAP dell'indirizzo di consegna.
order-number-label = Numero d'ordine
order-number-hint = Lo trovi nell'e-mail di conferma dell'ordine.
order-number-hint-example = Lo trovi nell'e-mail di conferma dell'ordine, per esempio { $example }.
email-label = Indirizzo e-mail
email-hint = L'indirizzo che hai usato quando hai fatto l'ordine.
postcode-label = CAP di consegna
postcode-hint = Il CAP dell'indirizzo a cui spediamo l'ordine.
use-postcode = Usa invece il CAP di consegna
use-email = Usa invece l'indirizzo e-mail
find-order = Trova il mio ordine
searching = Stiamo cercando il tuo ordine…
error-summary-title = C'è un problema
order-number-required = Inserisci il numero d'ordine
order-number-invalid = Inserisci il numero d'ordine come appare nell'e-mail di conferma
order-number-prefix = Inserisci il numero d'ordine completo, per esempio { $example }
email-required = Inserisci il tuo indirizzo e-mail
email-invalid = Inserisci un indirizzo e-mail nel formato corretto, per esempio nome@esempio.it
postcode-required = Inserisci il CAP dell'indirizzo di consegna
field-too-long = Il testo è troppo lungo: controlla quello che hai inserito
phone-hint-national = Se è di un altro paese, inizia con + e il prefisso.
phone-invalid-national = Inserisci il numero come lo componi; se è di un altro paese, inizia con + e il prefisso
error-prefix = Errore:
not-found = Non abbiamo trovato un ordine con questo numero e questo indirizzo e-mail.
not-found-postcode = Non abbiamo trovato un ordine con questo numero e questo CAP.
not-found-hint = Controlla il numero nell'e-mail di conferma e usa l'indirizzo e-mail con cui hai ordinato.
not-found-hint-postcode = Controlla il numero nell'e-mail di conferma e il CAP dell'indirizzo di consegna.
network-error = Non riusciamo a raggiungere il negozio. Controlla la connessione a internet e riprova.
timeout-error = Il negozio ci sta mettendo troppo a rispondere. Riprova, per favore.
server-error = Qualcosa non ha funzionato dalla parte del negozio. Riprova tra qualche minuto.
rate-limited = Troppi tentativi in poco tempo. Aspetta qualche minuto e poi riprova.
rate-limited-after =
    { $minutes ->
        [1] Troppi tentativi in poco tempo. Riprova tra un minuto.
       *[other] Troppi tentativi in poco tempo. Riprova tra { $minutes } minuti.
    }
unavailable = Il sistema del negozio è momentaneamente non disponibile. Riprova tra qualche minuto.
unavailable-after =
    { $minutes ->
        [1] Il sistema del negozio è momentaneamente non disponibile. Riprova tra un minuto.
       *[other] Il sistema del negozio è momentaneamente non disponibile. Riprova tra { $minutes } minuti.
    }
unreadable-answer = Il negozio ha inviato una risposta che non riusciamo a leggere. Riprova tra qualche minuto.
error-reference = Se contatti il negozio, indica questo riferimento: { $id }
label-colon = { ": " }
list-separator = { " · " }
at-time = { $day } alle { $time }
comma = { ", " }
try-again = Riprova
status-label = Stato
order-found-announcement = Ordine { $number } trovato.
language-label = Lingua
offline-notice = Sei offline. Quello che hai scritto non va perso: puoi riprovare quando torna la connessione.
back-online = Sei di nuovo online.
crash-message = Ci scusiamo, questo pannello di assistenza ha smesso di funzionare. Di solito basta ricaricare la pagina; non è dipeso da te.
reload-page = Ricarica la pagina
loading-part = Caricamento…
part-failed = Questa parte del pannello di assistenza non si è caricata. Controlla la connessione a internet e riprova.
complaint-start = Qualcosa non va? Scrivici
follow-start = Segui un reclamo

## The order view, fetched with its chunk (`TrackingMessages`, ids start with tracking-)

tracking-order-title = Ordine { $number }
tracking-placed-on = Effettuato il { $date }
tracking-items-title = Cosa hai ordinato
tracking-quantity-times-price = { $quantity } × { $price }
tracking-quantity-of-item = { $quantity } × { $item }
tracking-total = Totale
tracking-no-items = Il negozio non ha indicato gli articoli di questo ordine.
tracking-look-up-another = Cerca un altro ordine
tracking-needs-pickup = Il tuo pacco ti aspetta
tracking-needs-missed = Il corriere non è riuscito a consegnare il pacco
tracking-needs-address = Il corriere non ha trovato il tuo indirizzo
tracking-needs-tried = { $carrier } è passato { $day }.
tracking-pickup-hours = Orari di apertura
tracking-pickup-until = Ritiralo entro { $day }.
tracking-ask-another-day = Scegli un altro giorno di consegna
tracking-ask-address = Correggi l'indirizzo
tracking-day-legend = Quale giorno ti va bene?
tracking-day-submit = Chiedi questo giorno
tracking-day-required = Scegli un giorno
tracking-address-line = Via e numero civico
tracking-address-postcode = CAP
tracking-address-city = Città
tracking-address-note = Per il corriere (facoltativo)
tracking-address-note-hint = Il nome sul citofono, il piano, il codice del cancello.
tracking-address-submit = Invia l'indirizzo
tracking-address-line-required = Inserisci via e numero civico
tracking-address-postcode-required = Inserisci il CAP
tracking-address-city-required = Inserisci la città
tracking-asked-day = Hai chiesto la consegna per { $day }.
tracking-asked-address = Hai inviato un indirizzo corretto.
tracking-request-done-day = Ricevuto: chiederemo a { $carrier } di consegnare { $day }.
tracking-request-done-address = Ricevuto: passeremo l'indirizzo a { $carrier }.
tracking-request-sending = Invio in corso…
tracking-parcel-settled = Questo pacco non ha più bisogno di te: guarda l'ultimo aggiornamento.
tracking-status-name =
    { $status ->
        [Processing] In preparazione
        [PaymentDue] In attesa di pagamento
        [InTransit] In viaggio
        [PickupAvailable] Pronto per il ritiro
        [Delivered] Consegnato
        [Problem] Richiede attenzione
        [Cancelled] Annullato
        [Returned] Reso
       *[Unknown] Stato in aggiornamento
    }
tracking-status-explanation =
    { $status ->
        [Processing] Abbiamo ricevuto il tuo ordine e lo stiamo preparando per la spedizione.
        [PaymentDue] Aspettiamo la conferma del pagamento prima di spedire.
        [InTransit] Il tuo ordine è partito ed è affidato al corriere.
        [PickupAvailable] Il tuo ordine ti aspetta al punto di ritiro.
        [Delivered] Il tuo ordine è stato consegnato.
        [Problem] C'è qualcosa da sistemare in questo ordine. Ce ne stiamo occupando.
        [Cancelled] Questo ordine è stato annullato.
        [Returned] Il tuo reso è arrivato da noi.
       *[Unknown] Il negozio sta aggiornando lo stato di questo ordine. Ricontrolla tra poco.
    }
tracking-refresh = Controlla gli aggiornamenti
tracking-refreshing = Controllo degli aggiornamenti…
tracking-updated-at = Aggiornato alle { $time }
tracking-refresh-failed = Non siamo riusciti a controllare gli aggiornamenti. Quello che vedi è l'ultimo stato che avevamo.
tracking-link-expired = Per la tua sicurezza questa pagina è scaduta. Cerca di nuovo il tuo ordine.
tracking-estimate-changed = Nuova data di consegna stimata per { $parcel }: { $date }.
tracking-late-order-title = Il tuo ordine è in ritardo
tracking-late-parcel-title =
    { $total ->
        [1] Il tuo pacco è in ritardo
       *[other] Il pacco { $index } di { $total } è in ritardo
    }
tracking-late-refund-title = Il tuo rimborso sta impiegando più del previsto
tracking-delivered-late-title = Il tuo pacco è arrivato più tardi di quanto promesso
tracking-others-arrived =
    { $count ->
        [one] L'altro pacco ti è già arrivato.
       *[other] Altri { $count } pacchi ti sono già arrivati.
    }
tracking-sorry = Ci dispiace. Contavi su questa consegna, ed è compito nostro tenerti informato.
tracking-sorry-refund = Ci dispiace. Contavi su questo rimborso, ed è compito nostro tenerti informato.
tracking-reason-explanation =
    { $reason ->
        [CarrierCapacity] Il corriere ha più pacchi di quanti riesca a gestire in questi giorni, quindi le consegne richiedono più tempo del solito.
        [Weather] Il maltempo ha fermato o rallentato i mezzi del corriere lungo il tragitto.
        [Customs] Il tuo pacco è in controllo alla dogana. I tempi li decide la dogana.
        [Strike] Uno sciopero ha fermato per un po' una parte della rete del corriere.
        [AddressIssue] Il corriere non è riuscito a individuare l'indirizzo di consegna. Succede con gli indirizzi nuovi o difficili da trovare.
        [RecipientUnavailable] Il corriere è passato quando nessuno poteva ritirare il pacco: serve un nuovo passaggio o il ritiro.
        [StockShortage] Uno dei tuoi articoli non era disponibile quando ce lo aspettavamo. È una nostra responsabilità.
        [PaymentReview] Il circuito di pagamento sta facendo un controllo di sicurezza di routine prima della spedizione.
        [BankProcessing] Abbiamo inviato il denaro; le banche stanno impiegando più del solito a completare il bonifico.
        [Other] Un imprevisto fuori dai tempi abituali ha rallentato le cose.
       *[Unknown] Qualcosa ha rallentato le cose.
    }
tracking-cause-estimate-after-promise = Il corriere ora prevede di consegnare dopo la data che ti avevamo promesso.
tracking-cause-promise-passed = La data promessa è passata e il tuo ordine non è ancora arrivato.
tracking-cause-carrier-silent = Il corriere non aggiorna il tracciamento da { $days } giorni.
tracking-cause-delivered-late = È arrivato dopo la data che ti avevamo promesso.
tracking-cause-refund-overdue = La data entro cui dovevi ricevere il denaro è passata.
tracking-side-label = Dove si è fermato
tracking-side-name =
    { $side ->
        [Shop] da noi, il negozio
        [Carrier] presso il corriere
        [Bank] presso le banche
        [Customs] in dogana
        [Customer] la consegna ha bisogno di qualcosa da te
        [Other] fuori dai tempi abituali
       *[Unknown] fuori dai tempi abituali
    }
tracking-shop-says = Le parole del negozio
tracking-what-we-do = Cosa stiamo facendo
tracking-default-action = Aggiorneremo questa pagina appena sappiamo di più.
tracking-new-estimate = Nuova data stimata: { $date }
tracking-estimate-passed = L'ultima data stimata è passata. Ti aggiorneremo qui appena ce n'è una nuova.
tracking-no-new-date = Non c'è ancora una nuova data: ti aggiorneremo qui appena l'avremo.
tracking-promised-by = Avevamo promesso: { $date }
tracking-voucher-title = Per il disagio
tracking-voucher-percent = { $percent }% di sconto sul prossimo ordine
tracking-voucher-amount = { $amount } di sconto sul prossimo ordine
tracking-voucher-code-label = Codice
tracking-voucher-expires = Valido fino al { $date }
tracking-copy-code = Copia il codice
tracking-code-copied = Codice copiato
tracking-copy-failed = Qui la copia non ha funzionato: seleziona il codice e copialo tu.
tracking-notify-title = Avvisami se cambia qualcosa
tracking-notify-intro = Ti scriviamo appena la data cambia o l'ordine arriva. Nient'altro.
tracking-notify-intro-refund = Ti scriviamo appena il rimborso si muove o ti arriva. Nient'altro.
tracking-channel-legend = Come preferisci essere avvisato?
tracking-channel-name =
    { $channel ->
        [Email] E-mail (l'indirizzo di questo ordine)
        [Sms] SMS
        [Whatsapp] WhatsApp
       *[Unknown] Altro
    }
tracking-phone-label = Numero di cellulare
tracking-phone-hint = Con il prefisso internazionale, per esempio +39 333 123 4567.
tracking-consent-label = Acconsento a essere contattato per questo ordine sul canale che ho scelto.
tracking-notify-submit = Avvisami
tracking-notify-sending = Salvataggio…
tracking-notify-done =
    { $channel ->
        [Email] Fatto: ti scriveremo per e-mail se cambia qualcosa.
        [Sms] Fatto: ti manderemo un SMS se cambia qualcosa.
        [Whatsapp] Fatto: ti scriveremo su WhatsApp se cambia qualcosa.
       *[Unknown] Fatto: ti scriveremo per e-mail se cambia qualcosa.
    }
tracking-notify-on =
    { $channel ->
        [Email] Sei iscritto: ti scriveremo per e-mail se cambia qualcosa.
        [Sms] Sei iscritto: ti manderemo un SMS se cambia qualcosa.
        [Whatsapp] Sei iscritto: ti scriveremo su WhatsApp se cambia qualcosa.
       *[Unknown] Sei iscritto: ti scriveremo per e-mail se cambia qualcosa.
    }
tracking-notify-another-way = Avvisami anche in un altro modo
tracking-phone-required = Inserisci il tuo numero di cellulare
tracking-phone-invalid = Inserisci il numero con il prefisso internazionale, per esempio +39 333 123 4567
tracking-consent-required = Spunta la casella per acconsentire a essere contattato per questo ordine
tracking-notify-failed = Non siamo riusciti a salvare la richiesta. Riprova, per favore.
tracking-parcels-title =
    { $count ->
        [1] Il tuo pacco
       *[other] I tuoi { $count } pacchi
    }
tracking-parcel-title =
    { $total ->
        [1] Pacco · { $carrier }
       *[other] Pacco { $index } di { $total } · { $carrier }
    }
tracking-tracking-number = Numero di tracciamento { $number }
tracking-track-on-carrier = Seguilo sul sito di { $carrier }
tracking-opens-new-tab = (si apre in una nuova scheda)
tracking-in-this-parcel = In questo pacco
tracking-estimated-delivery = Consegna stimata: { $date }
tracking-delivered-on = Consegnato il { $date }
tracking-journey-label = Dove si trova
tracking-shipment-status-name =
    { $status ->
        [Pending] In preparazione
        [InfoReceived] Etichetta creata
        [InTransit] In viaggio
        [OutForDelivery] In consegna
        [AvailableForPickup] Pronto per il ritiro
        [AttemptFail] Tentativo di consegna
        [Delivered] Consegnato
        [Exception] Fermo
       *[Unknown] In aggiornamento
    }
tracking-updates-title = Aggiornamenti del corriere
tracking-no-updates = Ancora nessun aggiornamento dal corriere.
tracking-show-all-updates = Mostra tutti i { $count } aggiornamenti
tracking-show-fewer-updates = Mostra meno aggiornamenti
tracking-delivery-address = Consegna a { $address }
tracking-refunds-title = Il tuo rimborso
tracking-refund-summary = { $amount } tramite { $method }
tracking-refund-method-name =
    { $method ->
        [BankTransfer] bonifico bancario
        [Card] riaccredito sulla carta
        [StoreCredit] credito nel negozio
        [OriginalPayment] il metodo di pagamento originale
       *[Unknown] il metodo concordato
    }
tracking-refund-status-name =
    { $status ->
        [Requested] Richiesto
        [Approved] Approvato
        [Issued] Inviato da noi
        [Completed] Ricevuto
        [Failed] Non completato
       *[Unknown] In aggiornamento
    }
tracking-refund-steps-label = Avanzamento del rimborso
tracking-refund-issued-on = L'abbiamo inviato il { $date }.
tracking-refund-expected-by = Dovrebbe arrivarti entro il { $date }.
tracking-refund-completed-on = Ti è arrivato il { $date }.
tracking-refund-failed = Il pagamento non è andato a buon fine. Ti contatteremo per trovare un altro modo.
tracking-promotions-title = Per il tuo prossimo ordine
tracking-date-range = { $from } – { $to }

## Complaints and their follow-up, fetched with their chunk (`ComplaintMessages`, ids start with complaints-)

complaints-start-about-order = Segnala un problema con questo ordine
complaints-back = Indietro
complaints-topic-title = Di cosa si tratta?
complaints-topic-intro = Scegli ciò che descrive meglio il problema: ti mostriamo il modo più rapido per risolverlo.
complaints-topic-name =
    { $topic ->
        [LateDelivery] Il mio ordine è in ritardo
        [DamagedItem] Qualcosa è arrivato danneggiato
        [WrongItem] Ho ricevuto un articolo sbagliato
        [MissingItem] Manca qualcosa
        [RefundNotReceived] Non ho ricevuto il rimborso
        [NotAsExpected] Il prodotto non è come descritto
        [PoorService] Sono stato trattato male o non aiutato
        [Other] Altro
       *[Unknown] Altro
    }
complaints-help-title = Forse si risolve subito
complaints-help-intro = Le risposte alle domande più frequenti su questo. Se nessuna fa al caso tuo, scrivici.
complaints-help-loading = Carichiamo le risposte…
complaints-help-solved = Ho risolto
complaints-help-still-write = Voglio comunque scrivervi
complaints-help-glad = Siamo contenti di esserti stati utili. Grazie di avercelo detto.
complaints-form-title = Raccontaci cosa è successo
complaints-about-order = Riguardo all'ordine { $number }
complaints-items-legend = Quali articoli riguarda?
complaints-items-hint = Seleziona tutti quelli interessati, o nessuno se riguarda l'intero ordine.
complaints-description-label = Cosa è successo?
complaints-description-hint = Di' cosa hai notato e quando. Più sappiamo, prima possiamo rimediare.
complaints-characters-left =
    { $count ->
        [one] Ancora { $count } carattere
       *[other] Ancora { $count } caratteri
    }
complaints-characters-too-many =
    { $count ->
        [one] { $count } carattere di troppo
       *[other] { $count } caratteri di troppo
    }
complaints-resolution-legend = Cosa rimedierebbe, secondo te?
complaints-resolution-name =
    { $resolution ->
        [Refund] Un rimborso
        [Replacement] Una sostituzione
        [Voucher] Un buono
        [Repair] Una riparazione
        [Explanation] Solo una spiegazione
        [Other] Altro
       *[Unknown] Altro
    }
complaints-email-label = Il tuo indirizzo e-mail
complaints-email-hint = Ti mandiamo qui la conferma. Con il codice di riferimento ti permette di seguire il reclamo.
complaints-channel-legend = Come preferisci essere ricontattato?
complaints-channel-name =
    { $channel ->
        [Email] E-mail
        [Phone] Telefonata
        [Whatsapp] WhatsApp
        [Sms] SMS
       *[Unknown] In un altro modo
    }
complaints-phone-label = Numero di telefono
complaints-phone-hint = Con il prefisso internazionale, per esempio +39 333 123 4567.
complaints-window-label = Quando è meglio contattarti?
complaints-window-name =
    { $window ->
        [Anytime] In qualsiasi momento
        [Morning] Mattina (9–12)
        [Afternoon] Pomeriggio (12–17)
        [Evening] Sera (17–20)
       *[Unknown] In qualsiasi momento
    }
complaints-consent-label = Acconsento che il negozio usi questi dati per gestire il mio reclamo.
complaints-privacy-link = Come il negozio usa i tuoi dati (si apre in una nuova scheda)
complaints-continue-to-check = Continua
complaints-draft-restored = Abbiamo tenuto quello che avevi scritto. Puoi riprendere da dove eri rimasto.
complaints-start-over = Ricomincia da capo
complaints-topic-required = Scegli di cosa tratta il reclamo
complaints-description-required = Raccontaci cosa è successo
complaints-description-too-short = Raccontaci qualcosa in più: almeno { $min } caratteri
complaints-description-too-long = Stai entro { $max } caratteri
complaints-resolution-required = Scegli cosa rimedierebbe secondo te
complaints-phone-required = Inserisci il tuo numero di telefono
complaints-phone-invalid = Inserisci il numero con il prefisso internazionale, come +39 333 123 4567
complaints-consent-required = Spunta la casella per permettere al negozio di usare questi dati per il reclamo
complaints-check-title = Controlla il reclamo prima di inviarlo
complaints-check-intro = Puoi modificare qualsiasi cosa prima che arrivi al negozio.
complaints-change = Modifica
complaints-topic-label = Argomento
complaints-order-label = Ordine
complaints-items-label = Articoli
complaints-contact-label = Risposta via
complaints-send = Invia il reclamo
complaints-sending = Invio in corso…
complaints-send-failed = Il reclamo non è ancora arrivato al negozio. Non hai perso nulla.
complaints-send-unconfirmed = Non abbiamo potuto confermare che il reclamo sia arrivato al negozio. Quello che hai scritto non è perso.
complaints-queued-notice = Sei offline. Il reclamo è salvato su questo dispositivo e parte da solo appena torni online (se chiudi la pagina, la prossima volta che la apri).
complaints-send-retry-safe = Riprovare è sicuro: non verrà mai inviato due volte.
complaints-topic-suggested = Suggerito per questo ordine
complaints-reconfirm-title = Conferma di nuovo il tuo ordine
complaints-reconfirm-intro = Il collegamento al tuo ordine è scaduto mentre la pagina era aperta, quindi il negozio non ha ancora potuto accettare il reclamo. Inserisci l'indirizzo e-mail con cui hai ordinato e lo inviamo così com'è: quello che hai scritto non è perso.
complaints-reconfirm-send = Conferma e invia
complaints-done-title = Abbiamo ricevuto il tuo reclamo
complaints-reference-label = Il tuo codice di riferimento
complaints-copy-reference = Copia il codice
complaints-reference-copied = Codice copiato
complaints-status-name =
    { $status ->
        [Received] Ricevuto
        [InProgress] In lavorazione
        [WaitingForCustomer] In attesa di una tua risposta
        [Resolved] Risolto
        [Closed] Chiuso
       *[Unknown] In aggiornamento
    }
complaints-usually-within = Di solito rispondiamo entro { $duration }, contando solo l'orario d'ufficio.
complaints-latest-by = Avrai nostre notizie entro { $time } al più tardi.
complaints-office-closed = In questo momento il nostro team non c'è. Torniamo { $time } e il tuo reclamo sarà tra i primi.
complaints-minutes = { $count } minuti
complaints-hours =
    { $count ->
        [one] { $count } ora
       *[other] { $count } ore
    }
complaints-days =
    { $count ->
        [one] { $count } giornata
       *[other] { $count } giornate
    }
complaints-what-you-sent = Cosa ci hai inviato
complaints-next-steps-title = Cosa succede ora
complaints-next-steps =
    Una persona del nostro team legge il reclamo e ti risponde { $channel ->
        [Phone] al telefono
        [Whatsapp] su WhatsApp
        [Sms] via SMS
       *[Email] via e-mail
    }. Se ci serve altro, te lo chiediamo.
complaints-keep-reference = Conserva il codice: con il tuo indirizzo e-mail ti permette di seguire il reclamo da qui.
complaints-filed-announcement = Reclamo inviato. Il tuo codice è { $reference }.
complaints-order-number-optional-label = Numero d'ordine (facoltativo)
complaints-order-number-optional-hint = Se riguarda un ordine, il numero che trovi nell'e-mail di conferma.
complaints-order-number-optional-hint-example = Se riguarda un ordine, il numero che trovi nell'e-mail di conferma, per esempio { $example }.
complaints-order-number-too-long = Il numero d'ordine è troppo lungo: controlla cosa hai inserito
complaints-photos-label = Foto (facoltative)
complaints-photos-hint = Fino a 5 foto del problema, JPEG, PNG o WebP. Le rimpiccioliamo prima di inviarle.
complaints-photos-preparing = Preparazione delle foto…
complaints-photos-none = Nessuna
complaints-photos-count = { $count } foto
complaints-photo-remove = Rimuovi
complaints-photo-not-a-photo = «{ $name }» non è una foto che possiamo accettare: scegli un'immagine JPEG, PNG o WebP
complaints-photo-too-large = «{ $name }» supera i 25 MB: scegli una foto più piccola
complaints-photo-unreadable = Non siamo riusciti a leggere «{ $name }»: prova con un'altra foto
complaints-photos-too-many = Puoi aggiungere al massimo { $max } foto: rimuovine una per aggiungerne un'altra
complaints-order-complaints-title = I tuoi reclami su questo ordine
complaints-open-failed = Non siamo riusciti ad aprire questo reclamo in questo momento.
complaints-follow-this = Segui questo reclamo
complaints-follow-title = Segui il tuo reclamo
complaints-follow-intro = Inserisci il codice che trovi nella conferma e l'indirizzo e-mail che ci hai dato.
complaints-reference-field-label = Codice del reclamo
complaints-reference-field-hint = Per esempio RC-4Q7K-2M9P.
complaints-follow-email-hint = Quello che ci hai dato quando ci hai scritto.
complaints-reference-required = Inserisci il codice del reclamo
complaints-find-complaint = Mostra il mio reclamo
complaints-finding-complaint = Stiamo cercando il tuo reclamo…
complaints-complaint-not-found = Non troviamo un reclamo con questo codice e questo indirizzo e-mail. Controlla entrambi: il codice è nella conferma.
complaints-complaint-title = Reclamo { $reference }
complaints-refreshed = Il tuo reclamo è aggiornato.
complaints-timeline-title = Cosa è successo finora
complaints-update-by-you = Tu
complaints-update-by-shop = Servizio clienti
complaints-update-by-named = { $name }, servizio clienti
complaints-channel-via =
    { $channel ->
        [Web] sul sito
        [Email] via e-mail
        [Phone] al telefono
        [Chat] in chat
        [Store] in negozio
       *[Unknown] { "" }
    }
complaints-photos-attached =
    { $count ->
        [one] { $count } foto allegata
       *[other] { $count } foto allegate
    }
complaints-reply-moved = Abbiamo spostato l'orario della nostra risposta: { $reason }
complaints-add-info-title = Aggiungi informazioni
complaints-add-info-label = Il tuo messaggio
complaints-add-info-hint = Rispondi alle nostre domande o raccontaci cosa è cambiato.
complaints-send-message = Invia il messaggio
complaints-message-required = Scrivi il tuo messaggio
complaints-message-too-long = Non superare i { $max } caratteri
complaints-message-sent = Messaggio inviato. Lo trovi nella cronologia.
complaints-message-failed = Il tuo messaggio non è ancora arrivato al negozio. Non hai perso nulla e puoi riprovare senza rischi.
complaints-message-unconfirmed = Non abbiamo potuto confermare che il messaggio sia arrivato al negozio. Quello che hai scritto non è perso, e riprovare è sicuro: non verrà mai aggiunto due volte.
complaints-closed-notice = Questo reclamo è chiuso. Se qualcosa non va ancora, scrivici di nuovo.
complaints-write-again = Scrivici di nuovo
complaints-message-not-added = Il negozio ha risolto questo reclamo mentre scrivevi, quindi il tuo messaggio non è stato aggiunto. Ecco cosa avevi scritto:
complaints-rate-legend = Come abbiamo gestito il tuo reclamo?
complaints-rate-intro = La tua valutazione aiuta il negozio a migliorare. Puoi inviarla una sola volta.
complaints-score-name =
    { $score ->
        [1] 1 – Per niente soddisfatto
        [2] 2 – Poco soddisfatto
        [3] 3 – Né soddisfatto né insoddisfatto
        [4] 4 – Soddisfatto
       *[5] 5 – Molto soddisfatto
    }
complaints-comment-label = Vuoi aggiungere qualcosa? (facoltativo)
complaints-send-rating = Invia la valutazione
complaints-rating-required = Scegli una valutazione da 1 a 5
complaints-rated = Hai dato { $score } su 5. Grazie.
complaints-rating-failed = La tua valutazione non è ancora arrivata al negozio. Riprova.
complaints-rating-not-recorded = La tua valutazione non è stata registrata: questo reclamo era già stato valutato, forse in un'altra scheda.
complaints-session-expired = Per sicurezza, apri di nuovo il reclamo con il codice e il tuo indirizzo e-mail.
