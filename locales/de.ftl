# Sportello's words in German.
# Edit this file, then run `cargo xtask i18n`: it writes src/i18n/de.rs. CONTRIBUTING.md
# explains the syntax (Project Fluent): { $name } is filled in by the widget, and a
# { $count -> [one] … *[other] … } picks the words by the browser's plural rules.

## First open: the lookup form and what every screen shares (`Messages`)

lookup-title = Bestellung verfolgen
lookup-title-at = Ihre Bestellung bei { $shop } verfolgen
lookup-intro = Geben Sie Ihre Bestellnummer und die E-Mail-Adresse ein, mit der Sie bestellt haben.
lookup-intro-postcode = Geben Sie Ihre Bestellnummer und die Postleitzahl der Lieferadresse ein.
order-number-label = Bestellnummer
order-number-hint = Sie finden sie in Ihrer Bestellbestätigung per E-Mail.
order-number-hint-example = Sie finden sie in Ihrer Bestellbestätigung per E-Mail, zum Beispiel { $example }.
email-label = E-Mail-Adresse
email-hint = Die Adresse, die Sie bei der Bestellung angegeben haben.
postcode-label = Postleitzahl der Lieferadresse
postcode-hint = Die Postleitzahl der Adresse, an die Ihre Bestellung geht.
use-postcode = Stattdessen die Postleitzahl verwenden
use-email = Stattdessen die E-Mail-Adresse verwenden
find-order = Bestellung suchen
searching = Wir suchen Ihre Bestellung…
error-summary-title = Bitte prüfen Sie Ihre Angaben
order-number-required = Geben Sie Ihre Bestellnummer ein
order-number-invalid = Geben Sie die Bestellnummer so ein, wie sie in Ihrer Bestätigung steht
order-number-prefix = Geben Sie die vollständige Bestellnummer ein, zum Beispiel { $example }
email-required = Geben Sie Ihre E-Mail-Adresse ein
email-invalid = Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@example.com
postcode-required = Geben Sie die Postleitzahl der Lieferadresse ein
field-too-long = Das ist zu lang: Bitte prüfen Sie Ihre Eingabe
phone-hint-national = Aus dem Ausland mit + und Ländervorwahl.
phone-invalid-national = Geben Sie die Nummer so ein, wie Sie sie wählen; aus dem Ausland mit + und Ländervorwahl
error-prefix = Fehler:
not-found = Wir haben keine Bestellung mit dieser Nummer und dieser E-Mail-Adresse gefunden.
not-found-postcode = Wir haben keine Bestellung mit dieser Nummer und dieser Postleitzahl gefunden.
not-found-hint = Prüfen Sie die Bestellnummer in Ihrer Bestätigung und verwenden Sie die E-Mail-Adresse, mit der Sie bestellt haben.
not-found-hint-postcode = Prüfen Sie die Bestellnummer in Ihrer Bestätigung und die Postleitzahl der Lieferadresse.
network-error = Wir erreichen den Shop gerade nicht. Prüfen Sie Ihre Internetverbindung und versuchen Sie es noch einmal.
timeout-error = Der Shop braucht zu lange für eine Antwort. Bitte versuchen Sie es noch einmal.
server-error = Beim Shop ist etwas schiefgelaufen. Bitte versuchen Sie es in ein paar Minuten noch einmal.
rate-limited = Zu viele Versuche in kurzer Zeit. Bitte warten Sie ein paar Minuten und versuchen Sie es dann noch einmal.
rate-limited-after =
    { $minutes ->
        [1] Zu viele Versuche in kurzer Zeit. Bitte versuchen Sie es in einer Minute noch einmal.
       *[other] Zu viele Versuche in kurzer Zeit. Bitte versuchen Sie es in { $minutes } Minuten noch einmal.
    }
unavailable = Das System des Shops ist kurz nicht erreichbar. Bitte versuchen Sie es in ein paar Minuten noch einmal.
unavailable-after =
    { $minutes ->
        [1] Das System des Shops ist kurz nicht erreichbar. Bitte versuchen Sie es in einer Minute noch einmal.
       *[other] Das System des Shops ist kurz nicht erreichbar. Bitte versuchen Sie es in { $minutes } Minuten noch einmal.
    }
unreadable-answer = Der Shop hat eine Antwort geschickt, die wir nicht lesen können. Bitte versuchen Sie es in ein paar Minuten noch einmal.
error-reference = Wenn Sie den Shop kontaktieren, nennen Sie bitte diese Referenz: { $id }
label-colon = { ": " }
list-separator = { " · " }
at-time = { $day } um { $time }
comma = { ", " }
try-again = Noch einmal versuchen
status-label = Status
order-found-announcement = Bestellung { $number } gefunden.
language-label = Sprache
offline-notice = Sie sind offline. Nichts von dem, was Sie eingegeben haben, geht verloren: Sie können es erneut versuchen, sobald die Verbindung wieder da ist.
back-online = Sie sind wieder online.
crash-message = Entschuldigung, dieses Hilfefenster funktioniert nicht mehr. Meist hilft es, die Seite neu zu laden; es lag nicht an Ihnen.
reload-page = Seite neu laden
loading-part = Wird geladen…
part-failed = Dieser Teil des Hilfefensters wurde nicht geladen. Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann noch einmal.
complaint-start = Stimmt etwas nicht? Schreiben Sie uns
follow-start = Reklamation verfolgen

## The order view, fetched with its chunk (`TrackingMessages`, ids start with tracking-)

tracking-order-title = Bestellung { $number }
tracking-placed-on = Bestellt am { $date }
tracking-items-title = Was Sie bestellt haben
tracking-quantity-times-price = { $quantity } × { $price }
tracking-quantity-of-item = { $quantity } × { $item }
tracking-total = Gesamt
tracking-no-items = Der Shop hat die Artikel dieser Bestellung nicht aufgeführt.
tracking-look-up-another = Andere Bestellung suchen
tracking-needs-pickup = Ihr Paket wartet auf Sie
tracking-needs-missed = Der Zusteller konnte Ihr Paket nicht zustellen
tracking-needs-address = Der Zusteller hat Ihre Adresse nicht gefunden
tracking-needs-tried = { $carrier } war am { $day } da.
tracking-pickup-hours = Öffnungszeiten
tracking-pickup-until = Holen Sie es bis { $day } ab.
tracking-ask-another-day = Anderen Liefertag wählen
tracking-ask-address = Adresse korrigieren
tracking-day-legend = Welcher Tag passt Ihnen?
tracking-day-submit = Diesen Tag anfragen
tracking-day-required = Wählen Sie einen Tag
tracking-address-line = Straße und Hausnummer
tracking-address-postcode = Postleitzahl
tracking-address-city = Ort
tracking-address-note = Für den Zusteller (optional)
tracking-address-note-hint = Der Name an der Klingel, das Stockwerk, ein Tor-Code.
tracking-address-submit = Adresse senden
tracking-address-line-required = Geben Sie Straße und Hausnummer ein
tracking-address-postcode-required = Geben Sie die Postleitzahl ein
tracking-address-city-required = Geben Sie den Ort ein
tracking-asked-day = Sie haben die Zustellung am { $day } angefragt.
tracking-asked-address = Sie haben eine korrigierte Adresse gesendet.
tracking-request-done-day = Erhalten: Wir bitten { $carrier }, am { $day } zuzustellen.
tracking-request-done-address = Erhalten: Wir geben die Adresse an { $carrier } weiter.
tracking-request-sending = Wird gesendet…
tracking-parcel-settled = Dieses Paket braucht nichts mehr von Ihnen: Sehen Sie die letzte Meldung.
tracking-status-name =
    { $status ->
        [Processing] Wird vorbereitet
        [PaymentDue] Zahlung ausstehend
        [InTransit] Unterwegs
        [PickupAvailable] Abholbereit
        [Delivered] Zugestellt
        [Problem] Braucht Aufmerksamkeit
        [Cancelled] Storniert
        [Returned] Zurückgesendet
       *[Unknown] Status wird aktualisiert
    }
tracking-status-explanation =
    { $status ->
        [Processing] Ihre Bestellung ist bei uns eingegangen und wird für den Versand vorbereitet.
        [PaymentDue] Wir warten auf die Bestätigung Ihrer Zahlung, bevor wir versenden.
        [InTransit] Ihre Bestellung hat uns verlassen und ist beim Versanddienstleister.
        [PickupAvailable] Ihre Bestellung wartet an der Abholstelle auf Sie.
        [Delivered] Ihre Bestellung wurde zugestellt.
        [Problem] Bei dieser Bestellung muss etwas geklärt werden. Wir kümmern uns darum.
        [Cancelled] Diese Bestellung wurde storniert.
        [Returned] Ihre Rücksendung ist bei uns angekommen.
       *[Unknown] Der Shop aktualisiert gerade den Status dieser Bestellung. Schauen Sie bald wieder vorbei.
    }
tracking-refresh = Nach Neuigkeiten sehen
tracking-refreshing = Wir sehen nach Neuigkeiten…
tracking-updated-at = Aktualisiert um { $time }
tracking-refresh-failed = Wir konnten gerade nicht nach Neuigkeiten sehen. Was Sie sehen, ist der letzte Stand, den wir hatten.
tracking-link-expired = Zu Ihrer Sicherheit ist diese Ansicht abgelaufen. Bitte suchen Sie Ihre Bestellung noch einmal.
tracking-estimate-changed = Neue voraussichtliche Zustellung für { $parcel }: { $date }.
tracking-late-order-title = Ihre Bestellung verspätet sich
tracking-late-parcel-title =
    { $total ->
        [1] Ihr Paket verspätet sich
       *[other] Paket { $index } von { $total } verspätet sich
    }
tracking-late-refund-title = Ihre Erstattung dauert länger als vorgesehen
tracking-delivered-late-title = Ihr Paket kam später an als versprochen
tracking-others-arrived =
    { $count ->
        [one] Das andere Paket ist schon bei Ihnen angekommen.
       *[other] { $count } andere Pakete sind schon bei Ihnen angekommen.
    }
tracking-sorry = Das tut uns leid. Sie haben sich darauf verlassen, und es ist unsere Aufgabe, Sie auf dem Laufenden zu halten.
tracking-sorry-refund = Das tut uns leid. Sie haben mit diesem Geld gerechnet, und es ist unsere Aufgabe, Sie auf dem Laufenden zu halten.
tracking-reason-explanation =
    { $reason ->
        [CarrierCapacity] Der Versanddienstleister hat gerade mehr Pakete, als er bewältigen kann, deshalb dauern Zustellungen länger als sonst.
        [Weather] Schlechtes Wetter hat die Fahrzeuge des Versanddienstleisters auf dem Weg zu Ihnen aufgehalten oder gebremst.
        [Customs] Ihr Paket wird beim Zoll geprüft. Wie lange das dauert, entscheidet der Zoll.
        [Strike] Ein Streik hat einen Teil des Netzes des Versanddienstleisters vorübergehend stillgelegt.
        [AddressIssue] Der Versanddienstleister konnte die Lieferadresse unterwegs nicht zuordnen. Das kommt bei neuen oder schwer auffindbaren Adressen vor.
        [RecipientUnavailable] Der Versanddienstleister war da, als niemand das Paket annehmen konnte; es braucht einen neuen Versuch oder eine Abholung.
        [StockShortage] Einer Ihrer Artikel war nicht wie erwartet auf Lager. Das liegt an uns.
        [PaymentReview] Der Zahlungsanbieter führt eine übliche Sicherheitsprüfung durch, bevor die Bestellung versendet werden kann.
        [BankProcessing] Wir haben das Geld überwiesen; die Banken brauchen länger als üblich, um die Überweisung abzuschließen.
        [Other] Etwas außerhalb des üblichen Ablaufs hat die Sache aufgehalten.
       *[Unknown] Etwas hat die Sache aufgehalten.
    }
tracking-cause-estimate-after-promise = Der Versanddienstleister erwartet die Zustellung jetzt nach dem Datum, das wir Ihnen zugesagt haben.
tracking-cause-promise-passed = Das zugesagte Datum ist vorbei, und Ihre Bestellung ist noch nicht angekommen.
tracking-cause-carrier-silent = Der Versanddienstleister hat seine Sendungsverfolgung seit { $days } Tagen nicht aktualisiert.
tracking-cause-delivered-late = Sie kam nach dem zugesagten Datum bei Ihnen an.
tracking-cause-refund-overdue = Das Datum, bis zu dem Ihr Geld da sein sollte, ist vorbei.
tracking-side-label = Wo es hakt
tracking-side-name =
    { $side ->
        [Shop] bei uns, dem Shop
        [Carrier] beim Versanddienstleister
        [Bank] bei den Banken
        [Customs] beim Zoll
        [Customer] für die Zustellung braucht es etwas von Ihnen
        [Other] außerhalb des üblichen Ablaufs
       *[Unknown] außerhalb des üblichen Ablaufs
    }
tracking-shop-says = In den Worten des Shops
tracking-what-we-do = Was wir tun
tracking-default-action = Wir aktualisieren diese Seite, sobald wir mehr wissen.
tracking-new-estimate = Neues voraussichtliches Datum: { $date }
tracking-estimate-passed = Das zuletzt geschätzte Datum ist vorbei. Wir informieren Sie hier, sobald es ein neues gibt.
tracking-no-new-date = Noch kein neues Datum: Wir informieren Sie hier, sobald wir eines haben.
tracking-promised-by = Zugesagt: { $date }
tracking-voucher-title = Als kleine Entschädigung
tracking-voucher-percent = { $percent } % Rabatt auf Ihre nächste Bestellung
tracking-voucher-amount = { $amount } Rabatt auf Ihre nächste Bestellung
tracking-voucher-code-label = Code
tracking-voucher-expires = Gültig bis { $date }
tracking-copy-code = Code kopieren
tracking-code-copied = Code kopiert
tracking-copy-failed = Kopieren hat hier nicht geklappt: Markieren Sie den Code und kopieren Sie ihn selbst.
tracking-notify-title = Sagen Sie mir Bescheid, wenn sich etwas ändert
tracking-notify-intro = Wir schreiben Ihnen, sobald sich das Datum verschiebt oder Ihre Bestellung ankommt. Sonst nichts.
tracking-notify-intro-refund = Wir schreiben Ihnen, sobald sich bei Ihrer Erstattung etwas tut oder sie ankommt. Sonst nichts.
tracking-channel-legend = Wie sollen wir Ihnen Bescheid geben?
tracking-channel-name =
    { $channel ->
        [Email] E-Mail (die Adresse dieser Bestellung)
        [Sms] Textnachricht (SMS)
        [Whatsapp] WhatsApp
       *[Unknown] Anders
    }
tracking-phone-label = Handynummer
tracking-phone-hint = Mit Ländervorwahl, zum Beispiel +49 151 23456789.
tracking-consent-label = Ich bin einverstanden, über diese Bestellung auf dem gewählten Weg kontaktiert zu werden.
tracking-notify-submit = Benachrichtigen
tracking-notify-sending = Wird gespeichert…
tracking-notify-done =
    { $channel ->
        [Email] Erledigt: Wir schreiben Ihnen eine E-Mail, wenn sich etwas ändert.
        [Sms] Erledigt: Wir schicken Ihnen eine SMS, wenn sich etwas ändert.
        [Whatsapp] Erledigt: Wir schreiben Ihnen auf WhatsApp, wenn sich etwas ändert.
       *[Unknown] Erledigt: Wir schreiben Ihnen eine E-Mail, wenn sich etwas ändert.
    }
tracking-notify-on =
    { $channel ->
        [Email] Sie sind angemeldet: Wir schreiben Ihnen eine E-Mail, wenn sich etwas ändert.
        [Sms] Sie sind angemeldet: Wir schicken Ihnen eine SMS, wenn sich etwas ändert.
        [Whatsapp] Sie sind angemeldet: Wir schreiben Ihnen auf WhatsApp, wenn sich etwas ändert.
       *[Unknown] Sie sind angemeldet: Wir schreiben Ihnen eine E-Mail, wenn sich etwas ändert.
    }
tracking-notify-another-way = Auch auf anderem Weg benachrichtigen
tracking-phone-required = Geben Sie Ihre Handynummer ein
tracking-phone-invalid = Geben Sie eine Handynummer mit Ländervorwahl ein, zum Beispiel +49 151 23456789
tracking-consent-required = Setzen Sie das Häkchen, wenn Sie mit der Kontaktaufnahme zu dieser Bestellung einverstanden sind
tracking-notify-failed = Wir konnten das gerade nicht speichern. Bitte versuchen Sie es noch einmal.
tracking-parcels-title =
    { $count ->
        [1] Ihr Paket
       *[other] Ihre { $count } Pakete
    }
tracking-parcel-title =
    { $total ->
        [1] Paket · { $carrier }
       *[other] Paket { $index } von { $total } · { $carrier }
    }
tracking-tracking-number = Sendungsnummer { $number }
tracking-track-on-carrier = Auf der Website von { $carrier } verfolgen
tracking-opens-new-tab = (öffnet in einem neuen Tab)
tracking-in-this-parcel = In diesem Paket
tracking-estimated-delivery = Voraussichtliche Zustellung: { $date }
tracking-delivered-on = Zugestellt am { $date }
tracking-journey-label = Wo es gerade ist
tracking-shipment-status-name =
    { $status ->
        [Pending] Wird verpackt
        [InfoReceived] Versandetikett erstellt
        [InTransit] Unterwegs
        [OutForDelivery] In Zustellung
        [AvailableForPickup] Abholbereit
        [AttemptFail] Zustellversuch
        [Delivered] Zugestellt
        [Exception] Aufgehalten
       *[Unknown] Wird aktualisiert
    }
tracking-updates-title = Meldungen des Versanddienstleisters
tracking-no-updates = Noch keine Meldungen des Versanddienstleisters.
tracking-show-all-updates = Alle { $count } Meldungen anzeigen
tracking-show-fewer-updates = Weniger Meldungen anzeigen
tracking-delivery-address = Lieferung an { $address }
tracking-refunds-title = Ihre Erstattung
tracking-refund-summary = { $amount } per { $method }
tracking-refund-method-name =
    { $method ->
        [BankTransfer] Banküberweisung
        [Card] Gutschrift auf Ihre Karte
        [StoreCredit] Shop-Guthaben
        [OriginalPayment] Ihre ursprüngliche Zahlungsart
       *[Unknown] den vereinbarten Weg
    }
tracking-refund-status-name =
    { $status ->
        [Requested] Beantragt
        [Approved] Genehmigt
        [Issued] Von uns überwiesen
        [Completed] Angekommen
        [Failed] Nicht abgeschlossen
       *[Unknown] Wird aktualisiert
    }
tracking-refund-steps-label = Stand der Erstattung
tracking-refund-issued-on = Wir haben sie am { $date } überwiesen.
tracking-refund-expected-by = Sie sollte bis { $date } bei Ihnen sein.
tracking-refund-completed-on = Sie ist am { $date } bei Ihnen angekommen.
tracking-refund-failed = Die Zahlung konnte nicht abgeschlossen werden. Wir melden uns, um einen anderen Weg zu vereinbaren.
tracking-promotions-title = Für Ihre nächste Bestellung
tracking-date-range = { $from } – { $to }

## Complaints and their follow-up, fetched with their chunk (`ComplaintMessages`, ids start with complaints-)

complaints-start-about-order = Problem mit dieser Bestellung melden
complaints-back = Zurück
complaints-topic-title = Worum geht es?
complaints-topic-intro = Wählen Sie, was am besten passt: Wir zeigen Ihnen den schnellsten Weg zur Lösung.
complaints-topic-name =
    { $topic ->
        [LateDelivery] Meine Bestellung ist verspätet
        [DamagedItem] Etwas kam beschädigt an
        [WrongItem] Ich habe den falschen Artikel bekommen
        [MissingItem] Etwas fehlt
        [RefundNotReceived] Meine Erstattung ist nicht angekommen
        [NotAsExpected] Das Produkt entspricht nicht der Beschreibung
        [PoorService] Ich wurde unfreundlich oder nicht hilfreich behandelt
        [Other] Etwas anderes
       *[Unknown] Etwas anderes
    }
complaints-help-title = Das löst es vielleicht sofort
complaints-help-intro = Antworten auf die häufigsten Fragen dazu. Wenn keine passt, schreiben Sie uns.
complaints-help-loading = Antworten werden geladen…
complaints-help-solved = Das hat geholfen
complaints-help-still-write = Ich möchte Ihnen trotzdem schreiben
complaints-help-glad = Schön, dass das geholfen hat. Danke für Ihre Rückmeldung.
complaints-form-title = Erzählen Sie uns, was passiert ist
complaints-about-order = Zur Bestellung { $number }
complaints-items-legend = Um welche Artikel geht es?
complaints-items-hint = Wählen Sie alle zutreffenden aus, oder keinen, wenn es um die ganze Bestellung geht.
complaints-description-label = Was ist passiert?
complaints-description-hint = Schreiben Sie, was Ihnen aufgefallen ist und wann. Je mehr wir wissen, desto schneller können wir helfen.
complaints-characters-left =
    { $count ->
        [one] Noch { $count } Zeichen
       *[other] Noch { $count } Zeichen
    }
complaints-characters-too-many =
    { $count ->
        [one] { $count } Zeichen zu viel
       *[other] { $count } Zeichen zu viel
    }
complaints-resolution-legend = Was würde es für Sie wiedergutmachen?
complaints-resolution-name =
    { $resolution ->
        [Refund] Eine Erstattung
        [Replacement] Ein Ersatz
        [Voucher] Ein Gutschein
        [Repair] Eine Reparatur
        [Explanation] Nur eine Erklärung
        [Other] Etwas anderes
       *[Unknown] Etwas anderes
    }
complaints-email-label = Ihre E-Mail-Adresse
complaints-email-hint = Hierhin schicken wir die Bestätigung. Mit der Referenz können Sie Ihre Reklamation verfolgen.
complaints-channel-legend = Wie sollen wir Ihnen antworten?
complaints-channel-name =
    { $channel ->
        [Email] E-Mail
        [Phone] Anruf
        [Whatsapp] WhatsApp
        [Sms] Textnachricht (SMS)
       *[Unknown] Anders
    }
complaints-phone-label = Telefonnummer
complaints-phone-hint = Mit Ländervorwahl, zum Beispiel +49 151 23456789.
complaints-window-label = Wann erreichen wir Sie am besten?
complaints-window-name =
    { $window ->
        [Anytime] Jederzeit
        [Morning] Vormittags (9–12 Uhr)
        [Afternoon] Nachmittags (12–17 Uhr)
        [Evening] Abends (17–20 Uhr)
       *[Unknown] Jederzeit
    }
complaints-consent-label = Ich bin einverstanden, dass der Shop diese Angaben zur Bearbeitung meiner Reklamation verwendet.
complaints-privacy-link = Wie der Shop Ihre Daten verwendet (öffnet in einem neuen Tab)
complaints-continue-to-check = Weiter
complaints-draft-restored = Wir haben aufbewahrt, was Sie beim letzten Mal geschrieben haben. Sie können dort weitermachen.
complaints-start-over = Neu beginnen
complaints-topic-required = Wählen Sie, worum es bei Ihrer Reklamation geht
complaints-description-required = Erzählen Sie uns, was passiert ist
complaints-description-too-short = Erzählen Sie uns etwas mehr: mindestens { $min } Zeichen
complaints-description-too-long = Bitte höchstens { $max } Zeichen
complaints-resolution-required = Wählen Sie, was es für Sie wiedergutmachen würde
complaints-phone-required = Geben Sie Ihre Telefonnummer ein
complaints-phone-invalid = Geben Sie die Telefonnummer mit Ländervorwahl ein, zum Beispiel +49 151 23456789
complaints-consent-required = Setzen Sie das Häkchen, damit der Shop diese Angaben für Ihre Reklamation verwenden darf
complaints-check-title = Prüfen Sie Ihre Reklamation vor dem Absenden
complaints-check-intro = Sie können alles ändern, bevor sie an den Shop geht.
complaints-change = Ändern
complaints-topic-label = Thema
complaints-order-label = Bestellung
complaints-items-label = Artikel
complaints-contact-label = Antwort per
complaints-send = Reklamation absenden
complaints-sending = Wird gesendet…
complaints-send-failed = Ihre Reklamation ist noch nicht beim Shop angekommen. Nichts ist verloren.
complaints-send-unconfirmed = Wir konnten nicht bestätigen, dass Ihre Reklamation beim Shop angekommen ist. Nichts von dem, was Sie geschrieben haben, ist verloren.
complaints-queued-notice = Sie sind offline. Ihre Reklamation ist auf diesem Gerät gespeichert und geht von selbst an den Shop, sobald Sie wieder online sind (wenn Sie die Seite schließen, beim nächsten Öffnen).
complaints-send-retry-safe = Noch einmal versuchen ist sicher: Sie wird nie doppelt gesendet.
complaints-topic-suggested = Für diese Bestellung vorgeschlagen
complaints-reconfirm-title = Bitte bestätigen Sie Ihre Bestellung noch einmal
complaints-reconfirm-intro = Der Zugang zu Ihrer Bestellung ist abgelaufen, während diese Seite offen war, deshalb konnte der Shop Ihre Reklamation noch nicht annehmen. Geben Sie die E-Mail-Adresse Ihrer Bestellung ein, und wir senden sie unverändert: Nichts von dem, was Sie geschrieben haben, ist verloren.
complaints-reconfirm-send = Bestätigen und senden
complaints-done-title = Wir haben Ihre Reklamation erhalten
complaints-reference-label = Ihre Referenz
complaints-copy-reference = Referenz kopieren
complaints-reference-copied = Referenz kopiert
complaints-status-name =
    { $status ->
        [Received] Eingegangen
        [InProgress] In Bearbeitung
        [WaitingForCustomer] Wartet auf Ihre Antwort
        [Resolved] Gelöst
        [Closed] Abgeschlossen
       *[Unknown] Wird aktualisiert
    }
complaints-usually-within = Wir antworten meist innerhalb von { $duration }, gezählt nur während der Geschäftszeiten.
complaints-latest-by = Sie hören spätestens { $time } von uns.
complaints-office-closed = Unser Team ist gerade nicht da. Wir sind { $time } zurück, und Ihre Reklamation ist als Erste an der Reihe.
complaints-minutes = { $count } Minuten
complaints-hours =
    { $count ->
        [one] { $count } Stunde
       *[other] { $count } Stunden
    }
complaints-days =
    { $count ->
        [one] { $count } Werktag
       *[other] { $count } Werktagen
    }
complaints-what-you-sent = Was Sie gesendet haben
complaints-next-steps-title = Wie es weitergeht
complaints-next-steps =
    Ein Mensch aus unserem Team liest Ihre Reklamation und antwortet { $channel ->
        [Phone] telefonisch
        [Whatsapp] per WhatsApp
        [Sms] per SMS
       *[Email] per E-Mail
    }. Wenn wir noch etwas brauchen, fragen wir nach.
complaints-keep-reference = Bewahren Sie die Referenz auf: Zusammen mit Ihrer E-Mail-Adresse können Sie die Reklamation hier verfolgen.
complaints-filed-announcement = Reklamation gesendet. Ihre Referenz ist { $reference }.
complaints-order-number-optional-label = Bestellnummer (optional)
complaints-order-number-optional-hint = Wenn es um eine Bestellung geht, die Nummer aus Ihrer Bestätigung.
complaints-order-number-optional-hint-example = Wenn es um eine Bestellung geht, die Nummer aus Ihrer Bestätigung, zum Beispiel { $example }.
complaints-order-number-too-long = Die Bestellnummer ist zu lang: Bitte prüfen Sie Ihre Eingabe
complaints-photos-label = Fotos (optional)
complaints-photos-hint = Bis zu 5 Fotos des Problems, JPEG, PNG oder WebP. Wir verkleinern sie vor dem Senden.
complaints-photos-preparing = Ihre Fotos werden vorbereitet…
complaints-photos-none = Keine
complaints-photos-count =
    { $count ->
        [one] { $count } Foto
       *[other] { $count } Fotos
    }
complaints-photo-remove = Entfernen
complaints-photo-not-a-photo = „{ $name }“ ist kein Foto, das wir annehmen können: Wählen Sie ein JPEG-, PNG- oder WebP-Bild
complaints-photo-too-large = „{ $name }“ ist größer als 25 MB: Wählen Sie ein kleineres Foto
complaints-photo-unreadable = „{ $name }“ konnte nicht gelesen werden: Versuchen Sie ein anderes Foto
complaints-photos-too-many = Sie können bis zu { $max } Fotos hinzufügen: Entfernen Sie eines, um ein anderes hinzuzufügen
complaints-order-complaints-title = Ihre Reklamationen zu dieser Bestellung
complaints-open-failed = Wir konnten diese Reklamation gerade nicht öffnen.
complaints-follow-this = Diese Reklamation verfolgen
complaints-follow-title = Ihre Reklamation verfolgen
complaints-follow-intro = Geben Sie die Referenz aus Ihrer Bestätigung und die E-Mail-Adresse ein, die Sie uns genannt haben.
complaints-reference-field-label = Referenz der Reklamation
complaints-reference-field-hint = Zum Beispiel RC-4Q7K-2M9P.
complaints-follow-email-hint = Die Adresse, die Sie uns beim Schreiben genannt haben.
complaints-reference-required = Geben Sie die Referenz der Reklamation ein
complaints-find-complaint = Meine Reklamation anzeigen
complaints-finding-complaint = Wir suchen Ihre Reklamation…
complaints-complaint-not-found = Wir haben keine Reklamation mit dieser Referenz und dieser E-Mail-Adresse gefunden. Prüfen Sie beides: Die Referenz steht in Ihrer Bestätigung.
complaints-complaint-title = Reklamation { $reference }
complaints-refreshed = Ihre Reklamation ist auf dem neuesten Stand.
complaints-timeline-title = Was bisher passiert ist
complaints-update-by-you = Sie
complaints-update-by-shop = Kundenservice
complaints-update-by-named = { $name }, Kundenservice
complaints-channel-via =
    { $channel ->
        [Web] auf der Website
        [Email] per E-Mail
        [Phone] telefonisch
        [Chat] im Chat
        [Store] im Geschäft
       *[Unknown] { "" }
    }
complaints-photos-attached =
    { $count ->
        [one] { $count } Foto angehängt
       *[other] { $count } Fotos angehängt
    }
complaints-reply-moved = Wir haben den Zeitpunkt unserer Antwort verschoben: { $reason }
complaints-add-info-title = Informationen ergänzen
complaints-add-info-label = Ihre Nachricht
complaints-add-info-hint = Beantworten Sie unsere Fragen, oder schreiben Sie uns, was sich geändert hat.
complaints-send-message = Nachricht senden
complaints-message-required = Schreiben Sie Ihre Nachricht
complaints-message-too-long = Bitte höchstens { $max } Zeichen
complaints-message-sent = Nachricht gesendet. Sie finden sie im Verlauf.
complaints-message-failed = Ihre Nachricht ist noch nicht beim Shop angekommen. Nichts ist verloren, und noch einmal versuchen ist sicher.
complaints-message-unconfirmed = Wir konnten nicht bestätigen, dass Ihre Nachricht beim Shop angekommen ist. Nichts von dem, was Sie geschrieben haben, ist verloren, und noch einmal versuchen ist sicher: Sie wird nie doppelt hinzugefügt.
complaints-closed-notice = Diese Reklamation ist abgeschlossen. Wenn noch etwas nicht stimmt, schreiben Sie uns noch einmal.
complaints-write-again = Schreiben Sie uns noch einmal
complaints-message-not-added = Der Shop hat diese Reklamation abgeschlossen, während Sie geschrieben haben, deshalb wurde Ihre Nachricht nicht hinzugefügt. Das hatten Sie geschrieben:
complaints-rate-legend = Wie haben wir Ihre Reklamation bearbeitet?
complaints-rate-intro = Ihre Bewertung hilft dem Shop, besser zu werden. Sie können sie einmal abgeben.
complaints-score-name =
    { $score ->
        [1] 1 – Sehr unzufrieden
        [2] 2 – Unzufrieden
        [3] 3 – Teils, teils
        [4] 4 – Zufrieden
       *[5] 5 – Sehr zufrieden
    }
complaints-comment-label = Möchten Sie noch etwas hinzufügen? (optional)
complaints-send-rating = Bewertung senden
complaints-rating-required = Wählen Sie eine Bewertung von 1 bis 5
complaints-rated = Sie haben mit { $score } von 5 bewertet. Danke.
complaints-rating-failed = Ihre Bewertung ist noch nicht beim Shop angekommen. Versuchen Sie es noch einmal.
complaints-rating-not-recorded = Ihre Bewertung wurde nicht gespeichert: Diese Reklamation war schon bewertet, vielleicht in einem anderen Tab.
complaints-session-expired = Zu Ihrer Sicherheit öffnen Sie die Reklamation bitte noch einmal mit ihrer Referenz und Ihrer E-Mail-Adresse.
