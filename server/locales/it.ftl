# The e-mails and pages of the reference server, in Italian. What they share with the widget
# (reasons, sides, vouchers, refunds) comes from the widget's own catalogue, `locales/it.ftl`.
mail-hello = Buongiorno,
mail-open-order = Apri il tuo ordine { $number }
mail-open-complaint = Apri il tuo reclamo
mail-why-subscribed = Ricevi questa e-mail perché hai chiesto di essere avvisato sull'ordine { $number }.
mail-why-service = Ti scriviamo perché riguarda il tuo ordine { $number }.
mail-unsubscribe = Non avvisarmi più su questo ordine
mail-delay-subject = Il tuo ordine { $number } è in ritardo: ci dispiace
mail-refund-late-subject = Il rimborso dell'ordine { $number } sta impiegando più del previsto
mail-default-action = Ti scriveremo di nuovo appena sappiamo di più.
mail-no-new-date = Non c'è ancora una nuova data: ti scriveremo appena l'avremo.
mail-voucher-subject = Un buono per il ritardo dell'ordine { $number }
mail-voucher-text = Ci dispiace ancora per il ritardo. Per il disagio, questo buono è per te:
mail-estimate-subject = Nuova data di consegna per l'ordine { $number }
mail-estimate-text = { $carrier } ora prevede di consegnare il tuo pacco { $date }.
mail-delivered-subject = Il tuo ordine { $number } è stato consegnato
mail-delivered-text = { $carrier } ha consegnato il tuo pacco { $date }.
mail-refund-issued-subject = Abbiamo inviato il rimborso dell'ordine { $number }
mail-refund-issued-text = Abbiamo inviato il tuo rimborso di { $amount } ({ $method }).
mail-refund-expected = Dovrebbe arrivarti entro { $date }.
mail-received-subject = Abbiamo ricevuto il tuo reclamo { $reference }
mail-received-text = abbiamo ricevuto il tuo reclamo e lo stiamo già guardando.
mail-reference-label = Il tuo codice
mail-reply-by = Ti rispondiamo entro { $when } al più tardi.
mail-follow = Per seguire il reclamo o aggiungere qualcosa, apri questa pagina con il codice e il tuo indirizzo e-mail:
mail-answer-subject = Risposta al tuo reclamo { $reference }
mail-waiting-subject = Ci serve qualcosa da te per il reclamo { $reference }
mail-answer-intro = { $author } ti ha scritto:
mail-answer-reply = Per rispondere, apri il reclamo con il codice e il tuo indirizzo e-mail:
mail-resolved-subject = Il tuo reclamo { $reference } è risolto
mail-resolved-rate = Com'è andata? Apri il reclamo con il codice e il tuo indirizzo e-mail e dacci un voto da 1 a 5: lo leggiamo tutti.
unsubscribe-title = Avvisi sull'ordine { $number }
unsubscribe-ask = Vuoi smettere di ricevere avvisi su questo ordine?
unsubscribe-button = Non avvisarmi più
unsubscribe-done = Fatto: non ti scriveremo più su questo ordine. Puoi sempre seguirlo dalla pagina del negozio.
unsubscribe-unknown = Questo link non vale più: gli avvisi erano già stati tolti. Non riceverai altri messaggi da questo link.
unsubscribe-title-unknown = Avvisi sui tuoi ordini

# La scrivania dello staff (`/desk/`), in italiano e inglese.
desk-desk = Scrivania
desk-nav = Scrivania
desk-skip = Vai al contenuto
desk-inbox = Reclami
desk-sign-out = Esci
desk-email = Indirizzo e-mail
desk-password = Password
desk-sign-in = Entra
desk-sign-in-title = Entra nella scrivania
desk-sign-in-wrong = Indirizzo e-mail e password non corrispondono. Controlla entrambi e riprova.
desk-sign-in-limited = Troppi tentativi. Aspetta { $minutes } minuti, poi riprova.
desk-session-ended = La sessione è scaduta. Entra di nuovo per continuare.
desk-form-expired = Questo modulo è rimasto aperto troppo a lungo. Eccolo di nuovo: invialo ancora una volta.
desk-inbox-title = Reclami aperti
desk-inbox-caption = Prima la promessa più vicina: i reclami in ritardo sono in cima.
desk-summary = { $count ->
    [0] Nessun reclamo aperto corrisponde.
    [one] 1 reclamo aperto, { $overdue } in ritardo.
   *[other] { $count } reclami aperti, { $overdue } in ritardo.
}
desk-status = Stato
desk-topic = Argomento
desk-channel = Canale
desk-all = Tutti
desk-filter = Mostra
desk-reply-by = Rispondere entro
desk-reference = Codice
desk-order = Ordine
desk-overdue = In ritardo
desk-no-reply-owed = tocca al cliente
desk-complaint-title = Reclamo { $reference }
desk-wants = Il cliente vorrebbe
desk-items = Articoli
desk-contact = Preferisce
desk-language = Lingua
desk-order-as-seen = L'ordine come lo vede il cliente
desk-timeline = Tutto finora
desk-act = Rispondi
desk-answer = La tua risposta
desk-answered-on = Su quale canale
desk-send-answer = Registra la risposta
desk-ask = Chiedi qualcosa al cliente
desk-send-ask = Chiedi e aspetta il cliente
desk-outcome = Esito
desk-resolution-words = Cosa avete fatto, con parole per il cliente
desk-resolve = Risolvi il reclamo
desk-done-answer-email = Risposta registrata e inviata al cliente per e-mail.
desk-done-answer = Risposta registrata. Il cliente la vede nel widget.
desk-done-ask = Domanda registrata: ora il reclamo aspetta il cliente.
desk-done-resolve = Reclamo risolto: al cliente chiediamo un voto.
desk-text-required = Scrivi cosa deve leggere il cliente.
desk-no-order = nessuno
desk-customer = Cliente
desk-shop = Negozio
desk-photos = { $count ->
    [one] 1 foto
   *[other] { $count } foto
}
desk-status-name = { $status ->
    [received] Nuovo
    [in_progress] In lavorazione
    [waiting_for_customer] In attesa del cliente
    [resolved] Risolto
   *[closed] Chiuso
}
desk-topic-name = { $topic ->
    [late_delivery] Consegna in ritardo
    [damaged_item] Articolo danneggiato
    [wrong_item] Articolo sbagliato
    [missing_item] Articolo mancante
    [refund_not_received] Rimborso non ricevuto
    [not_as_expected] Diverso da come atteso
    [poor_service] Servizio scadente
   *[other] Altro
}
desk-resolution-name = { $resolution ->
    [refund] Un rimborso
    [replacement] Una sostituzione
    [voucher] Un buono
    [repair] Una riparazione
    [explanation] Una spiegazione
   *[other] Altro
}
desk-contact-name = { $channel ->
    [email] E-mail
    [phone] Telefonata
    [whatsapp] WhatsApp
    [sms] SMS
   *[other] Altro
}
desk-window-name = { $window ->
    [morning] di mattina
    [afternoon] di pomeriggio
    [evening] di sera
   *[anytime] a qualsiasi ora
}
desk-update-channel = { $channel ->
    [web] il widget
    [email] e-mail
    [phone] telefonata
    [chat] WhatsApp o chat
    [store] in negozio
   *[other] altro
}
desk-answer-channel = { $channel ->
    [email] E-mail (inviata al cliente)
    [phone] Telefonata (registrata qui)
    [chat] WhatsApp o chat (registrata qui)
   *[store] In negozio (registrata qui)
}
desk-delays = Ritardi
desk-delays-title = Ritardi ancora da spiegare
desk-delays-summary = { $count ->
    [0] Nessun pacco aspetta una spiegazione.
    [one] Un pacco aspetta una spiegazione.
   *[other] { $count } pacchi aspettano una spiegazione.
}
desk-delays-caption = Quello che il rilevatore di ritardi ha notato, dal più vecchio. Spunta i pacchi da spiegare, oppure mostra un solo corriere o un solo giorno per spuntarli tutti.
desk-delays-caption-filtered = Tutti i pacchi mostrati sono spuntati: togli la spunta a quelli a cui la spiegazione non si riferisce.
desk-carrier = Corriere
desk-shipped-day = Spedito il
desk-explain-it = Spiega
desk-finding = Cosa abbiamo notato
desk-estimate = Consegna stimata
desk-finding-name = { $kind ->
    [estimate_past_promise] La stima del corriere è oltre la data che abbiamo promesso
   *[carrier_silent] { $days ->
        [one] Nessuna notizia dal corriere da un giorno
       *[other] Nessuna notizia dal corriere da { $days } giorni
    }
}
desk-pick = Spiega l'ordine { $number } ({ $carrier })
desk-explain-heading = La spiegazione che leggeranno i clienti
desk-pasted = Altri ordini da spiegare
desk-pasted-hint = Numeri d'ordine, uno per riga o separati da virgole: ogni loro pacco ancora in viaggio riceve questa spiegazione.
desk-reason = Motivo
desk-choose = Scegli…
desk-side = Da chi dipende
desk-message = Cosa è successo, con parole tue
desk-action-words = Cosa state facendo
desk-new-date = Nuova data di consegna, se la sai
desk-voucher = Un buono di cortesia (facoltativo)
desk-voucher-code = Codice del buono
desk-voucher-amount = Sconto, nella valuta dell'ordine
desk-voucher-percent = Oppure sconto in percentuale
desk-explain = Spiega ai clienti
desk-delays-done = { $count ->
    [0] Nulla è cambiato: quei pacchi avevano già questa spiegazione.
    [one] Un pacco spiegato: il cliente lo vede subito, e chi ha chiesto di essere avvisato riceve un'e-mail.
   *[other] { $count } pacchi spiegati: i clienti lo vedono subito, e chi ha chiesto di essere avvisato riceve un'e-mail.
}
desk-delays-unknown = Nessun pacco in viaggio per: { $numbers }. Controlla i numeri: non è stato registrato nulla.
desk-delays-none-chosen = Spunta almeno un pacco, oppure scrivi i numeri d'ordine da spiegare.
desk-delays-reason-required = Scegli il motivo e da chi dipende il ritardo.
desk-delays-too-long = Tieni cosa è successo e cosa state facendo sotto i { $max } caratteri ciascuno.
desk-delays-date-past = La nuova data di consegna deve essere una data, da oggi in poi.
desk-delays-voucher-value = Un buono ha bisogno di un codice fino a 64 caratteri e di uno sconto in valuta o in percentuale (da 1 a 100), non entrambi.
desk-delays-too-many = Scrivi al massimo { $max } numeri d'ordine alla volta.
desk-reason-name = { $reason ->
    [carrier_capacity] Il corriere è sovraccarico
    [weather] Maltempo
    [customs] Controlli doganali
    [strike] Uno sciopero
    [address_issue] Un problema con l'indirizzo
    [recipient_unavailable] Nessuno in casa
    [stock_shortage] Merce esaurita
    [payment_review] Pagamento in verifica
    [bank_processing] La banca è lenta
   *[other] Altro
}
desk-side-name = { $side ->
    [carrier] Dal corriere
    [shop] Da noi (il negozio)
    [customs] Dalla dogana
    [bank] Dalla banca
    [customer] Dal cliente
   *[other] Da altri
}
desk-dashboard = Numeri
desk-dashboard-title = Come stiamo andando
desk-reply-times = Tempi di risposta
desk-duration = { $hours ->
    [0] { $minutes } min
   *[other] { $minutes ->
        [0] { $hours } h
       *[other] { $hours } h { $minutes } min
    }
}
desk-figures-measured = Metà delle nostre prime risposte è arrivata entro { $median } di orario d'ufficio, nove su dieci entro { $p90 }: { $count } reclami risposti negli ultimi 30 giorni. Il widget promette questi tempi.
desk-figures-configured = Misuriamo quando negli ultimi 30 giorni avremo risposto a { $needed } reclami; finora { $count }. Fino ad allora il widget promette i tempi configurati: metà entro { $median }, nove su dieci entro { $p90 }.
desk-open-now = Aperti ora
desk-open-summary = { $count ->
    [0] Nessun reclamo aperto.
    [one] 1 reclamo aperto, { $overdue } in ritardo.
   *[other] { $count } reclami aperti, { $overdue } in ritardo.
}
desk-see-overdue = Vedi prima quelli in ritardo
desk-ratings = Soddisfazione
desk-ratings-average = { $average } su 5 in media, da { $count ->
    [one] una valutazione
   *[other] { $count } valutazioni
}.
desk-ratings-none = Nessuna valutazione negli ultimi 30 giorni.
desk-score = { $score ->
    [5] 5 – Molto soddisfatto
    [4] 4 – Soddisfatto
    [3] 3 – Né soddisfatto né insoddisfatto
    [2] 2 – Insoddisfatto
   *[1] 1 – Molto insoddisfatto
}
desk-by-topic = Reclami degli ultimi 30 giorni
desk-total = Totale
desk-no-complaints = Nessun reclamo negli ultimi 30 giorni.
desk-help-answers = Risposte d'aiuto lette prima di scrivere
desk-solved = Hanno risolto
desk-not-solved = Hanno scritto comunque
desk-deflection = Risolti
desk-no-help = Nessuna risposta d'aiuto letta negli ultimi 30 giorni.
desk-outcomes = Come sono stati risolti i reclami
desk-comments = Cosa hanno scritto i clienti valutando
desk-office-hours = Orari
desk-hours-title = Orari d'ufficio e chiusure
desk-hours-intro = I tempi di risposta si contano in questi orari, e fuori orario il widget dice ai clienti quando riaprite. I reclami già ricevuti mantengono il tempo promesso.
desk-week = La settimana
desk-week-caption = Lascia vuoto un giorno in cui siete chiusi. La seconda coppia serve per un giorno con la pausa.
desk-day = Giorno
desk-opens = Apre
desk-closes = Chiude
desk-opens-again = Riapre
desk-closes-again = Richiude
desk-holidays = Festività e giorni di chiusura
desk-holidays-hint = Date come 2026-12-25, una per riga: l'ufficio risulta chiuso tutto il giorno.
desk-time-zone = Fuso orario
desk-time-zone-hint = Come Europe/Rome o Europe/Berlin: gli orari qui sopra sono in questo fuso.
desk-save-hours = Salva gli orari
desk-hours-saved = Orari salvati: da ora i tempi di risposta si contano in questi orari.
desk-hours-incomplete = { $day }: indica sia l'apertura sia la chiusura, in ore e minuti.
desk-hours-order = { $day }: ogni chiusura deve venire dopo la sua apertura, e la seconda apertura dopo la prima chiusura.
desk-hours-none = Apri almeno un giorno a settimana: senza orari nessuno potrebbe promettere una risposta.
desk-hours-time-zone = "{ $zone }" non è un fuso orario che conosciamo. Scrivilo come Europe/Rome.
desk-hours-holiday = "{ $date }" non è una data. Scrivi le date come 2026-12-25.
desk-hours-holidays-many = Al massimo { $max } chiusure alla volta: togli quelle passate.
desk-weekday = { $day ->
    [monday] Lunedì
    [tuesday] Martedì
    [wednesday] Mercoledì
    [thursday] Giovedì
    [friday] Venerdì
    [saturday] Sabato
   *[sunday] Domenica
}
desk-photos-heading = Foto inviate dal cliente
desk-photo-alt = Foto { $number } inviata dal cliente (la apre intera)
desk-voucher-heading = Dai un buono di cortesia
desk-voucher-note = Due parole al cliente (facoltative)
desk-give-voucher = Dai il buono
desk-done-voucher = Buono dato: il cliente lo vede nel widget e lo riceve per e-mail.
complaint-voucher = Per scusarci, un buono per il tuo prossimo ordine: { $code }, { $value } di sconto.
desk-help = Risposte d'aiuto
desk-help-title = Risposte d'aiuto
desk-help-intro = Quello che il widget mostra a un cliente che sceglie un argomento, prima che scriva. I clienti vedono una modifica entro cinque minuti.
desk-help-heading = { $topic }, in { $language }
desk-help-none = Nessuna risposta ancora in questa lingua: i clienti vedono quelle nella lingua del negozio, o vanno dritti al modulo.
desk-help-answer = Risposta
desk-help-question = La domanda, come la farebbe un cliente
desk-help-text = La risposta
desk-help-remove = Togli questa risposta
desk-help-new = Una nuova risposta
desk-help-save = Salva le risposte
desk-help-saved = Risposte salvate.
desk-help-too-many = Al massimo { $max } risposte per argomento in una lingua.
desk-help-incomplete = Risposta { $number }: indica sia la domanda (fino a { $title } caratteri) sia la risposta (fino a { $body }).
desk-language-name = { $language ->
    [it] italiano
    [en] inglese
    [de] tedesco
    [fr] francese
   *[es] spagnolo
}
