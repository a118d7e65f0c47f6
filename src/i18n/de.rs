use super::{ComplaintMessages, Locale, Messages, TrackingMessages};
use sportello_contract::{
    ComplaintStatus, ComplaintTopic, ContactChannel, DelayReason, DelaySide, DesiredResolution,
    NotifyChannel, OrderStatus, RefundMethod, RefundStatus, ShipmentStatus, TimeWindow,
    UpdateChannel,
};

pub static MESSAGES: Messages = Messages {
    lookup_title: "Bestellung verfolgen",
    lookup_title_at: |shop| format!("Ihre Bestellung bei {shop} verfolgen"),
    lookup_intro: "Geben Sie Ihre Bestellnummer und die E-Mail-Adresse ein, mit der Sie bestellt haben.",
    order_number_label: "Bestellnummer",
    order_number_hint: "Sie finden sie in Ihrer Bestellbestätigung per E-Mail, zum Beispiel SP-1001.",
    email_label: "E-Mail-Adresse",
    email_hint: "Die Adresse, die Sie bei der Bestellung angegeben haben.",
    find_order: "Bestellung suchen",
    searching: "Wir suchen Ihre Bestellung…",

    error_summary_title: "Bitte prüfen Sie Ihre Angaben",
    order_number_required: "Geben Sie Ihre Bestellnummer ein",
    order_number_invalid: "Geben Sie die Bestellnummer so ein, wie sie in Ihrer Bestätigung steht, zum Beispiel SP-1001",
    email_required: "Geben Sie Ihre E-Mail-Adresse ein",
    email_invalid: "Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@example.com",
    field_too_long: "Das ist zu lang: Bitte prüfen Sie Ihre Eingabe",
    error_prefix: "Fehler:",

    not_found: "Wir haben keine Bestellung mit dieser Nummer und dieser E-Mail-Adresse gefunden.",
    not_found_hint: "Prüfen Sie die Bestellnummer in Ihrer Bestätigung und verwenden Sie die E-Mail-Adresse, mit der Sie bestellt haben.",
    network_error: "Wir erreichen den Shop gerade nicht. Prüfen Sie Ihre Internetverbindung und versuchen Sie es noch einmal.",
    timeout_error: "Der Shop braucht zu lange für eine Antwort. Bitte versuchen Sie es noch einmal.",
    server_error: "Beim Shop ist etwas schiefgelaufen. Bitte versuchen Sie es in ein paar Minuten noch einmal.",
    rate_limited: "Zu viele Versuche in kurzer Zeit. Bitte warten Sie ein paar Minuten und versuchen Sie es dann noch einmal.",
    rate_limited_after: |seconds| {
        let minutes = seconds.div_ceil(60).max(1);
        if minutes == 1 {
            "Zu viele Versuche in kurzer Zeit. Bitte versuchen Sie es in einer Minute noch einmal.".to_owned()
        } else {
            format!("Zu viele Versuche in kurzer Zeit. Bitte versuchen Sie es in {minutes} Minuten noch einmal.")
        }
    },
    unreadable_answer: "Der Shop hat eine Antwort geschickt, die wir nicht lesen können. Bitte versuchen Sie es in ein paar Minuten noch einmal.",
    error_reference: |id| format!("Wenn Sie den Shop kontaktieren, nennen Sie bitte diese Referenz: {id}"),
    try_again: "Noch einmal versuchen",

    status_label: "Status",
    order_found_announcement: |number| format!("Bestellung {number} gefunden."),

    language_label: "Sprache",
    offline_notice: "Sie sind offline. Nichts von dem, was Sie eingegeben haben, geht verloren: Sie können es erneut versuchen, sobald die Verbindung wieder da ist.",
    back_online: "Sie sind wieder online.",
    crash_message: "Entschuldigung, dieses Hilfefenster funktioniert nicht mehr. Meist hilft es, die Seite neu zu laden; es lag nicht an Ihnen.",
    reload_page: "Seite neu laden",
    loading_part: "Wird geladen…",
    part_failed: "Dieser Teil des Hilfefensters wurde nicht geladen. Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann noch einmal.",
    complaint_start: "Stimmt etwas nicht? Schreiben Sie uns",
    follow_start: "Reklamation verfolgen",

    locale: Locale::De,
};

pub static TRACKING: TrackingMessages = TrackingMessages {
    order_title: |number| format!("Bestellung {number}"),
    placed_on: |date| format!("Bestellt am {date}"),
    items_title: "Was Sie bestellt haben",
    quantity_times_price: |quantity, price| format!("{quantity} × {price}"),
    total: "Gesamt",
    no_items: "Der Shop hat die Artikel dieser Bestellung nicht aufgeführt.",
    look_up_another: "Andere Bestellung suchen",
    status_name: |status| match status {
        OrderStatus::Processing => "Wird vorbereitet",
        OrderStatus::PaymentDue => "Zahlung ausstehend",
        OrderStatus::InTransit => "Unterwegs",
        OrderStatus::PickupAvailable => "Abholbereit",
        OrderStatus::Delivered => "Zugestellt",
        OrderStatus::Problem => "Braucht Aufmerksamkeit",
        OrderStatus::Cancelled => "Storniert",
        OrderStatus::Returned => "Zurückgesendet",
        OrderStatus::Unknown => "Status wird aktualisiert",
    },
    status_explanation: |status| match status {
        OrderStatus::Processing => "Ihre Bestellung ist bei uns eingegangen und wird für den Versand vorbereitet.",
        OrderStatus::PaymentDue => "Wir warten auf die Bestätigung Ihrer Zahlung, bevor wir versenden.",
        OrderStatus::InTransit => "Ihre Bestellung hat uns verlassen und ist beim Versanddienstleister.",
        OrderStatus::PickupAvailable => "Ihre Bestellung wartet an der Abholstelle auf Sie.",
        OrderStatus::Delivered => "Ihre Bestellung wurde zugestellt.",
        OrderStatus::Problem => "Bei dieser Bestellung muss etwas geklärt werden. Wir kümmern uns darum.",
        OrderStatus::Cancelled => "Diese Bestellung wurde storniert.",
        OrderStatus::Returned => "Ihre Rücksendung ist bei uns angekommen.",
        OrderStatus::Unknown => "Der Shop aktualisiert gerade den Status dieser Bestellung. Schauen Sie bald wieder vorbei.",
    },

    refresh: "Nach Neuigkeiten sehen",
    refreshing: "Wir sehen nach Neuigkeiten…",
    updated_at: |time| format!("Aktualisiert um {time}"),
    refresh_failed:
        "Wir konnten gerade nicht nach Neuigkeiten sehen. Was Sie sehen, ist der letzte Stand, den wir hatten.",
    link_expired: "Zu Ihrer Sicherheit ist diese Ansicht abgelaufen. Bitte suchen Sie Ihre Bestellung noch einmal.",
    estimate_changed: |parcel, date| format!("Neue voraussichtliche Zustellung für {parcel}: {date}."),

    late_order_title: "Ihre Bestellung verspätet sich",
    late_parcel_title: |index, total| {
        if total > 1 {
            format!("Paket {index} von {total} verspätet sich")
        } else {
            "Ihr Paket verspätet sich".to_owned()
        }
    },
    late_refund_title: "Ihre Erstattung dauert länger als vorgesehen",
    delivered_late_title: "Ihr Paket kam später an als versprochen",
    sorry: "Das tut uns leid. Sie haben sich darauf verlassen, und es ist unsere Aufgabe, Sie auf dem Laufenden zu halten.",
    reason_explanation: |reason| {
        match reason {
        DelayReason::CarrierCapacity => "Der Versanddienstleister hat gerade mehr Pakete, als er bewältigen kann, deshalb dauern Zustellungen länger als sonst.",
        DelayReason::Weather => "Schlechtes Wetter hat die Fahrzeuge des Versanddienstleisters auf dem Weg zu Ihnen aufgehalten oder gebremst.",
        DelayReason::Customs => "Ihr Paket wird beim Zoll geprüft. Wie lange das dauert, entscheidet der Zoll; wir haben ihm alle nötigen Unterlagen geschickt.",
        DelayReason::Strike => "Ein Streik hat einen Teil des Netzes des Versanddienstleisters vorübergehend stillgelegt.",
        DelayReason::AddressIssue => "Der Versanddienstleister konnte die Lieferadresse unterwegs nicht zuordnen. Das kommt bei neuen oder schwer auffindbaren Adressen vor.",
        DelayReason::RecipientUnavailable => "Der Versanddienstleister war da, als niemand das Paket annehmen konnte; es braucht einen neuen Versuch oder eine Abholung.",
        DelayReason::StockShortage => "Einer Ihrer Artikel war nicht wie erwartet auf Lager. Das liegt an uns.",
        DelayReason::PaymentReview => "Der Zahlungsanbieter führt eine übliche Sicherheitsprüfung durch, bevor die Bestellung versendet werden kann.",
        DelayReason::BankProcessing => "Wir haben das Geld überwiesen; die Banken brauchen länger als üblich, um die Überweisung abzuschließen.",
        DelayReason::Other => "Etwas außerhalb des üblichen Ablaufs hat die Sache aufgehalten.",
        DelayReason::Unknown => "Etwas hat die Sache aufgehalten, und der Shop geht dem nach.",
    }
    },
    cause_estimate_after_promise:
        "Der Versanddienstleister erwartet die Zustellung jetzt nach dem Datum, das wir Ihnen zugesagt haben.",
    cause_promise_passed: "Das zugesagte Datum ist vorbei, und Ihre Bestellung ist noch nicht angekommen.",
    cause_carrier_silent: |days| {
        format!("Der Versanddienstleister hat seine Sendungsverfolgung seit {days} Tagen nicht aktualisiert.")
    },
    cause_delivered_late: "Sie kam nach dem zugesagten Datum bei Ihnen an.",
    cause_refund_overdue: "Das Datum, bis zu dem Ihr Geld da sein sollte, ist vorbei.",
    side_label: "Wo es hakt",
    side_name: |side| match side {
        DelaySide::Shop => "bei uns, dem Shop",
        DelaySide::Carrier => "beim Versanddienstleister",
        DelaySide::Bank => "bei den Banken",
        DelaySide::Customs => "beim Zoll",
        DelaySide::Customer => "wir brauchen noch eine Angabe, um zuzustellen",
        DelaySide::Other | DelaySide::Unknown => "außerhalb des üblichen Ablaufs",
    },
    shop_says: "In den Worten des Shops",
    what_we_do: "Was wir tun",
    default_action: "Wir bleiben dran und aktualisieren diese Seite, sobald wir mehr wissen.",
    new_estimate: |date| format!("Neues voraussichtliches Datum: {date}"),
    estimate_passed:
        "Die letzte Schätzung ist vorbei. Wir klären das mit dem Versanddienstleister und informieren Sie hier.",
    promised_by: |date| format!("Zugesagt: {date}"),

    voucher_title: "Als kleine Entschädigung",
    voucher_percent: |percent| format!("{percent} % Rabatt auf Ihre nächste Bestellung"),
    voucher_amount: |amount| format!("{amount} Rabatt auf Ihre nächste Bestellung"),
    voucher_code_label: "Code",
    voucher_expires: |date| format!("Gültig bis {date}"),
    copy_code: "Code kopieren",
    code_copied: "Code kopiert",
    copy_failed: "Kopieren hat hier nicht geklappt: Markieren Sie den Code und kopieren Sie ihn selbst.",

    notify_title: "Sagen Sie mir Bescheid, wenn sich etwas ändert",
    notify_intro: "Wir schreiben Ihnen, sobald sich das Datum verschiebt oder Ihre Bestellung ankommt. Sonst nichts.",
    channel_legend: "Wie sollen wir Ihnen Bescheid geben?",
    channel_name: |channel| match channel {
        NotifyChannel::Email => "E-Mail (die Adresse dieser Bestellung)",
        NotifyChannel::Sms => "Textnachricht (SMS)",
        NotifyChannel::Whatsapp => "WhatsApp",
        NotifyChannel::Unknown => "Anders",
    },
    phone_label: "Handynummer",
    phone_hint: "Mit Ländervorwahl, zum Beispiel +49 151 23456789.",
    consent_label: "Ich bin einverstanden, über diese Bestellung auf dem gewählten Weg kontaktiert zu werden.",
    notify_submit: "Benachrichtigen",
    notify_sending: "Wird gespeichert…",
    notify_done: |channel| match channel {
        NotifyChannel::Sms => "Erledigt: Wir schicken Ihnen eine SMS, wenn sich etwas ändert.".to_owned(),
        NotifyChannel::Whatsapp => {
            "Erledigt: Wir schreiben Ihnen auf WhatsApp, wenn sich etwas ändert.".to_owned()
        }
        _ => "Erledigt: Wir schreiben Ihnen eine E-Mail, wenn sich etwas ändert.".to_owned(),
    },
    phone_required: "Geben Sie Ihre Handynummer ein",
    phone_invalid: "Geben Sie eine Handynummer mit Ländervorwahl ein, zum Beispiel +49 151 23456789",
    consent_required: "Setzen Sie das Häkchen, wenn Sie mit der Kontaktaufnahme zu dieser Bestellung einverstanden sind",
    notify_failed: "Wir konnten das gerade nicht speichern. Bitte versuchen Sie es noch einmal.",

    parcels_title: |count| {
        if count > 1 {
            format!("Ihre {count} Pakete")
        } else {
            "Ihr Paket".to_owned()
        }
    },
    parcel_title: |index, total, carrier| {
        if total > 1 {
            format!("Paket {index} von {total} · {carrier}")
        } else {
            format!("Paket · {carrier}")
        }
    },
    tracking_number: |number| format!("Sendungsnummer {number}"),
    track_on_carrier: |carrier| format!("Auf der Website von {carrier} verfolgen"),
    opens_new_tab: "(öffnet in einem neuen Tab)",
    in_this_parcel: "In diesem Paket",
    estimated_delivery: |date| format!("Voraussichtliche Zustellung: {date}"),
    delivered_on: |date| format!("Zugestellt am {date}"),
    journey_label: "Wo es gerade ist",
    shipment_status_name: |status| match status {
        ShipmentStatus::Pending => "Wird verpackt",
        ShipmentStatus::InfoReceived => "Versandetikett erstellt",
        ShipmentStatus::InTransit => "Unterwegs",
        ShipmentStatus::OutForDelivery => "In Zustellung",
        ShipmentStatus::AvailableForPickup => "Abholbereit",
        ShipmentStatus::AttemptFail => "Zustellversuch",
        ShipmentStatus::Delivered => "Zugestellt",
        ShipmentStatus::Exception => "Aufgehalten",
        ShipmentStatus::Unknown => "Wird aktualisiert",
    },
    updates_title: "Meldungen des Versanddienstleisters",
    no_updates: "Noch keine Meldungen des Versanddienstleisters.",
    show_all_updates: |count| format!("Alle {count} Meldungen anzeigen"),
    show_fewer_updates: "Weniger Meldungen anzeigen",
    delivery_address: |address| format!("Lieferung an {address}"),

    refunds_title: "Ihre Erstattung",
    refund_summary: |amount, method| format!("{amount} per {method}"),
    refund_method_name: |method| match method {
        RefundMethod::BankTransfer => "Banküberweisung",
        RefundMethod::Card => "Gutschrift auf Ihre Karte",
        RefundMethod::StoreCredit => "Shop-Guthaben",
        RefundMethod::OriginalPayment => "Ihre ursprüngliche Zahlungsart",
        RefundMethod::Unknown => "den vereinbarten Weg",
    },
    refund_status_name: |status| match status {
        RefundStatus::Requested => "Beantragt",
        RefundStatus::Approved => "Genehmigt",
        RefundStatus::Issued => "Von uns überwiesen",
        RefundStatus::Completed => "Angekommen",
        RefundStatus::Failed => "Nicht abgeschlossen",
        RefundStatus::Unknown => "Wird aktualisiert",
    },
    refund_steps_label: "Stand der Erstattung",
    refund_issued_on: |date| format!("Wir haben sie am {date} überwiesen."),
    refund_expected_by: |date| format!("Sie sollte bis {date} bei Ihnen sein."),
    refund_completed_on: |date| format!("Sie ist am {date} bei Ihnen angekommen."),
    refund_failed:
        "Die Zahlung konnte nicht abgeschlossen werden. Wir melden uns, um einen anderen Weg zu vereinbaren.",

    promotions_title: "Für Ihre nächste Bestellung",
    date_range: |from, to| format!("{from} – {to}"),
};

pub static COMPLAINTS: ComplaintMessages = ComplaintMessages {
    start_about_order: "Problem mit dieser Bestellung melden",
    back: "Zurück",

    topic_title: "Worum geht es?",
    topic_intro: "Wählen Sie, was am besten passt: Wir zeigen Ihnen den schnellsten Weg zur Lösung.",
    topic_name: |topic| match topic {
        ComplaintTopic::LateDelivery => "Meine Bestellung ist verspätet",
        ComplaintTopic::DamagedItem => "Etwas kam beschädigt an",
        ComplaintTopic::WrongItem => "Ich habe den falschen Artikel bekommen",
        ComplaintTopic::MissingItem => "Etwas fehlt",
        ComplaintTopic::RefundNotReceived => "Meine Erstattung ist nicht angekommen",
        ComplaintTopic::NotAsExpected => "Das Produkt entspricht nicht der Beschreibung",
        ComplaintTopic::PoorService => "Ich wurde unfreundlich oder nicht hilfreich behandelt",
        ComplaintTopic::Other | ComplaintTopic::Unknown => "Etwas anderes",
    },

    help_title: "Das löst es vielleicht sofort",
    help_intro: "Antworten auf die häufigsten Fragen dazu. Wenn keine passt, schreiben Sie uns.",
    help_loading: "Antworten werden geladen…",
    help_solved: "Das hat geholfen",
    help_still_write: "Ich möchte Ihnen trotzdem schreiben",
    help_glad: "Schön, dass das geholfen hat. Danke für Ihre Rückmeldung.",

    form_title: "Erzählen Sie uns, was passiert ist",
    about_order: |number| format!("Zur Bestellung {number}"),
    items_legend: "Um welche Artikel geht es?",
    items_hint: "Wählen Sie alle zutreffenden aus, oder keinen, wenn es um die ganze Bestellung geht.",
    description_label: "Was ist passiert?",
    description_hint: "Schreiben Sie, was Ihnen aufgefallen ist und wann. Je mehr wir wissen, desto schneller können wir helfen.",
    characters_left: |n| if n >= 0 { format!("Noch {n} Zeichen") } else { format!("{} Zeichen zu viel", -n) },
    resolution_legend: "Was würde es für Sie wiedergutmachen?",
    resolution_name: |r| match r {
        DesiredResolution::Refund => "Eine Erstattung",
        DesiredResolution::Replacement => "Ein Ersatz",
        DesiredResolution::Voucher => "Ein Gutschein",
        DesiredResolution::Repair => "Eine Reparatur",
        DesiredResolution::Explanation => "Nur eine Erklärung",
        DesiredResolution::Other | DesiredResolution::Unknown => "Etwas anderes",
    },
    email_label: "Ihre E-Mail-Adresse",
    email_hint: "Hierhin schicken wir die Bestätigung. Mit der Referenz können Sie Ihre Reklamation verfolgen.",
    channel_legend: "Wie sollen wir Ihnen antworten?",
    channel_name: |c| match c {
        ContactChannel::Email => "E-Mail",
        ContactChannel::Phone => "Anruf",
        ContactChannel::Whatsapp => "WhatsApp",
        ContactChannel::Sms => "Textnachricht (SMS)",
        ContactChannel::Unknown => "Anders",
    },
    phone_label: "Telefonnummer",
    phone_hint: "Mit Ländervorwahl, zum Beispiel +49 151 23456789.",
    window_label: "Wann erreichen wir Sie am besten?",
    window_name: |w| match w {
        TimeWindow::Anytime | TimeWindow::Unknown => "Jederzeit",
        TimeWindow::Morning => "Vormittags (9–12 Uhr)",
        TimeWindow::Afternoon => "Nachmittags (12–17 Uhr)",
        TimeWindow::Evening => "Abends (17–20 Uhr)",
    },
    consent_label: "Ich bin einverstanden, dass der Shop diese Angaben zur Bearbeitung meiner Reklamation verwendet.",
    privacy_link: "Wie der Shop Ihre Daten verwendet (öffnet in einem neuen Tab)",
    continue_to_check: "Weiter",
    draft_restored: "Wir haben aufbewahrt, was Sie beim letzten Mal geschrieben haben. Sie können dort weitermachen.",

    topic_required: "Wählen Sie, worum es bei Ihrer Reklamation geht",
    description_required: "Erzählen Sie uns, was passiert ist",
    description_too_short: |min| format!("Erzählen Sie uns etwas mehr: mindestens {min} Zeichen"),
    description_too_long: |max| format!("Bitte höchstens {max} Zeichen"),
    resolution_required: "Wählen Sie, was es für Sie wiedergutmachen würde",
    phone_required: "Geben Sie Ihre Telefonnummer ein",
    phone_invalid: "Geben Sie die Telefonnummer mit Ländervorwahl ein, zum Beispiel +49 151 23456789",
    consent_required: "Setzen Sie das Häkchen, damit der Shop diese Angaben für Ihre Reklamation verwenden darf",

    check_title: "Prüfen Sie Ihre Reklamation vor dem Absenden",
    check_intro: "Sie können alles ändern, bevor sie an den Shop geht.",
    change: "Ändern",
    topic_label: "Thema",
    order_label: "Bestellung",
    items_label: "Artikel",
    contact_label: "Antwort per",
    send: "Reklamation absenden",
    sending: "Wird gesendet…",
    send_failed: "Ihre Reklamation ist noch nicht beim Shop angekommen. Nichts ist verloren.",
    queued_notice: "Sie sind offline. Ihre Reklamation ist auf diesem Gerät gespeichert und geht von selbst an den Shop, sobald Sie wieder online sind (wenn Sie die Seite schließen, beim nächsten Öffnen).",
    send_retry_safe: "Noch einmal versuchen ist sicher: Sie wird nie doppelt gesendet.",

    done_title: "Wir haben Ihre Reklamation erhalten",
    reference_label: "Ihre Referenz",
    copy_reference: "Referenz kopieren",
    reference_copied: "Referenz kopiert",
    status_name: |s| match s {
        ComplaintStatus::Received => "Eingegangen",
        ComplaintStatus::InProgress => "In Bearbeitung",
        ComplaintStatus::WaitingForCustomer => "Wartet auf Ihre Antwort",
        ComplaintStatus::Resolved => "Gelöst",
        ComplaintStatus::Closed => "Abgeschlossen",
        ComplaintStatus::Unknown => "Wird aktualisiert",
    },
    usually_within: |d| format!("Wir antworten meist innerhalb von {d}, gezählt nur während der Geschäftszeiten."),
    latest_by: |t| format!("Sie hören spätestens {t} von uns."),
    office_closed: |t| format!("Unser Team ist gerade nicht da. Wir sind {t} zurück, und Ihre Reklamation ist als Erste an der Reihe."),
    minutes: |n| format!("{n} Minuten"),
    hours: |n| if n == 1 { "1 Stunde".to_owned() } else { format!("{n} Stunden") },
    days: |n| if n == 1 { "1 Werktag".to_owned() } else { format!("{n} Werktagen") },
    what_you_sent: "Was Sie gesendet haben",
    next_steps_title: "Wie es weitergeht",
    next_steps: |channel| {
        let by = match channel {
            ContactChannel::Phone => "telefonisch",
            ContactChannel::Whatsapp => "per WhatsApp",
            ContactChannel::Sms => "per SMS",
            ContactChannel::Email | ContactChannel::Unknown => "per E-Mail",
        };
        format!("Ein Mensch aus unserem Team liest Ihre Reklamation und antwortet {by}. Wenn wir noch etwas brauchen, fragen wir nach.")
    },
    keep_reference: "Bewahren Sie die Referenz auf: Zusammen mit Ihrer E-Mail-Adresse können Sie die Reklamation hier verfolgen.",
    filed_announcement: |r| format!("Reklamation gesendet. Ihre Referenz ist {r}."),

    order_number_optional_label: "Bestellnummer (optional)",
    order_number_optional_hint: "Wenn es um eine Bestellung geht, die Nummer aus Ihrer Bestätigung, zum Beispiel SP-1001.",
    order_number_too_long: "Die Bestellnummer ist zu lang: Bitte prüfen Sie Ihre Eingabe",
    photos_label: "Fotos (optional)",
    photos_hint: "Bis zu 5 Fotos des Problems, JPEG, PNG oder WebP. Wir verkleinern sie vor dem Senden.",
    photos_preparing: "Ihre Fotos werden vorbereitet…",
    photos_none: "Keine",
    photos_count: |n| if n == 1 { "1 Foto".to_owned() } else { format!("{n} Fotos") },
    photo_remove: "Entfernen",
    photo_not_a_photo: |name| format!("„{name}“ ist kein Foto, das wir annehmen können: Wählen Sie ein JPEG-, PNG- oder WebP-Bild"),
    photo_too_large: |name| format!("„{name}“ ist größer als 25 MB: Wählen Sie ein kleineres Foto"),
    photo_unreadable: |name| format!("„{name}“ konnte nicht gelesen werden: Versuchen Sie ein anderes Foto"),
    photos_too_many: |max| format!("Sie können bis zu {max} Fotos hinzufügen: Entfernen Sie eines, um ein anderes hinzuzufügen"),

    order_complaints_title: "Ihre Reklamationen zu dieser Bestellung",
    open_failed: "Wir konnten diese Reklamation gerade nicht öffnen.",
    follow_this: "Diese Reklamation verfolgen",
    follow_title: "Ihre Reklamation verfolgen",
    follow_intro: "Geben Sie die Referenz aus Ihrer Bestätigung und die E-Mail-Adresse ein, die Sie uns genannt haben.",
    reference_field_label: "Referenz der Reklamation",
    reference_field_hint: "Zum Beispiel RC-4Q7K-2M9P.",
    follow_email_hint: "Die Adresse, die Sie uns beim Schreiben genannt haben.",
    reference_required: "Geben Sie die Referenz der Reklamation ein",
    find_complaint: "Meine Reklamation anzeigen",
    finding_complaint: "Wir suchen Ihre Reklamation…",
    complaint_not_found: "Wir haben keine Reklamation mit dieser Referenz und dieser E-Mail-Adresse gefunden. Prüfen Sie beides: Die Referenz steht in Ihrer Bestätigung.",
    complaint_title: |r| format!("Reklamation {r}"),
    refreshed: "Ihre Reklamation ist auf dem neuesten Stand.",
    timeline_title: "Was bisher passiert ist",
    update_by_you: "Sie",
    update_by_shop: "Kundenservice",
    update_by_named: |name| format!("{name}, Kundenservice"),
    channel_via: |c| match c {
        UpdateChannel::Web => "auf der Website",
        UpdateChannel::Email => "per E-Mail",
        UpdateChannel::Phone => "telefonisch",
        UpdateChannel::Chat => "im Chat",
        UpdateChannel::Store => "im Geschäft",
        UpdateChannel::Unknown => "",
    },
    photos_attached: |n| if n == 1 { "1 Foto angehängt".to_owned() } else { format!("{n} Fotos angehängt") },
    reply_moved: |reason| format!("Wir haben den Zeitpunkt unserer Antwort verschoben: {reason}"),
    add_info_title: "Informationen ergänzen",
    add_info_label: "Ihre Nachricht",
    add_info_hint: "Beantworten Sie unsere Fragen, oder schreiben Sie uns, was sich geändert hat.",
    send_message: "Nachricht senden",
    message_required: "Schreiben Sie Ihre Nachricht",
    message_too_long: |max| format!("Bitte höchstens {max} Zeichen"),
    message_sent: "Nachricht gesendet. Sie finden sie im Verlauf.",
    message_failed: "Ihre Nachricht ist noch nicht beim Shop angekommen. Nichts ist verloren, und noch einmal versuchen ist sicher.",
    closed_notice: "Diese Reklamation ist abgeschlossen. Wenn noch etwas nicht stimmt, schreiben Sie uns noch einmal.",
    rate_legend: "Wie haben wir Ihre Reklamation bearbeitet?",
    rate_intro: "Ihre Bewertung hilft dem Shop, besser zu werden. Sie können sie einmal abgeben.",
    score_name: |n| match n {
        1 => "1 – Sehr unzufrieden",
        2 => "2 – Unzufrieden",
        3 => "3 – Teils, teils",
        4 => "4 – Zufrieden",
        _ => "5 – Sehr zufrieden",
    },
    comment_label: "Möchten Sie noch etwas hinzufügen? (optional)",
    send_rating: "Bewertung senden",
    rating_required: "Wählen Sie eine Bewertung von 1 bis 5",
    rated: |n| format!("Sie haben mit {n} von 5 bewertet. Danke."),
    rating_failed: "Ihre Bewertung ist noch nicht beim Shop angekommen. Versuchen Sie es noch einmal.",
    session_expired: "Zu Ihrer Sicherheit öffnen Sie die Reklamation bitte noch einmal mit ihrer Referenz und Ihrer E-Mail-Adresse.",
};
