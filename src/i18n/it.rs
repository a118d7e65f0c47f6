use super::{Messages, TrackingMessages};
use sportello_contract::{
    DelayReason, DelaySide, NotifyChannel, OrderStatus, RefundMethod, RefundStatus, ShipmentStatus,
};

pub static MESSAGES: Messages = Messages {
    lookup_title: "Traccia il tuo ordine",
    lookup_title_at: |shop| format!("Traccia il tuo ordine su {shop}"),
    lookup_intro: "Inserisci il numero d'ordine e l'indirizzo e-mail con cui hai ordinato.",
    order_number_label: "Numero d'ordine",
    order_number_hint: "Lo trovi nell'e-mail di conferma dell'ordine, per esempio SP-1001.",
    email_label: "Indirizzo e-mail",
    email_hint: "L'indirizzo che hai usato quando hai fatto l'ordine.",
    find_order: "Trova il mio ordine",
    searching: "Stiamo cercando il tuo ordine…",

    error_summary_title: "C'è un problema",
    order_number_required: "Inserisci il numero d'ordine",
    order_number_invalid: "Inserisci il numero d'ordine come appare nell'e-mail di conferma, per esempio SP-1001",
    email_required: "Inserisci il tuo indirizzo e-mail",
    email_invalid: "Inserisci un indirizzo e-mail nel formato corretto, per esempio nome@esempio.it",
    field_too_long: "Il testo è troppo lungo: controlla quello che hai inserito",
    error_prefix: "Errore:",

    not_found: "Non abbiamo trovato un ordine con questo numero e questo indirizzo e-mail.",
    not_found_hint: "Controlla il numero nell'e-mail di conferma e usa l'indirizzo e-mail con cui hai ordinato.",
    network_error: "Non riusciamo a raggiungere il negozio. Controlla la connessione a internet e riprova.",
    timeout_error: "Il negozio ci sta mettendo troppo a rispondere. Riprova, per favore.",
    server_error: "Qualcosa non ha funzionato dalla parte del negozio. Riprova tra qualche minuto.",
    rate_limited: "Troppi tentativi in poco tempo. Aspetta qualche minuto e poi riprova.",
    rate_limited_after: |seconds| {
        let minutes = seconds.div_ceil(60).max(1);
        if minutes == 1 {
            "Troppi tentativi in poco tempo. Riprova tra un minuto.".to_owned()
        } else {
            format!("Troppi tentativi in poco tempo. Riprova tra {minutes} minuti.")
        }
    },
    unreadable_answer: "Il negozio ha inviato una risposta che non riusciamo a leggere. Riprova tra qualche minuto.",
    error_reference: |id| format!("Se contatti il negozio, indica questo riferimento: {id}"),
    try_again: "Riprova",

    order_title: |number| format!("Ordine {number}"),
    placed_on: |date| format!("Effettuato il {date}"),
    status_label: "Stato",
    items_title: "Cosa hai ordinato",
    quantity_times_price: |quantity, price| format!("{quantity} × {price}"),
    total: "Totale",
    no_items: "Il negozio non ha indicato gli articoli di questo ordine.",
    look_up_another: "Cerca un altro ordine",
    order_found_announcement: |number| format!("Ordine {number} trovato."),

    status_name: |status| match status {
        OrderStatus::Processing => "In preparazione",
        OrderStatus::PaymentDue => "In attesa di pagamento",
        OrderStatus::InTransit => "In viaggio",
        OrderStatus::PickupAvailable => "Pronto per il ritiro",
        OrderStatus::Delivered => "Consegnato",
        OrderStatus::Problem => "Richiede attenzione",
        OrderStatus::Cancelled => "Annullato",
        OrderStatus::Returned => "Reso",
        OrderStatus::Unknown => "Stato in aggiornamento",
    },
    status_explanation: |status| match status {
        OrderStatus::Processing => "Abbiamo ricevuto il tuo ordine e lo stiamo preparando per la spedizione.",
        OrderStatus::PaymentDue => "Aspettiamo la conferma del pagamento prima di spedire.",
        OrderStatus::InTransit => "Il tuo ordine è partito ed è affidato al corriere.",
        OrderStatus::PickupAvailable => "Il tuo ordine ti aspetta al punto di ritiro.",
        OrderStatus::Delivered => "Il tuo ordine è stato consegnato.",
        OrderStatus::Problem => "C'è qualcosa da sistemare in questo ordine. Ce ne stiamo occupando.",
        OrderStatus::Cancelled => "Questo ordine è stato annullato.",
        OrderStatus::Returned => "Il tuo reso è arrivato da noi.",
        OrderStatus::Unknown => "Il negozio sta aggiornando lo stato di questo ordine. Ricontrolla tra poco.",
    },

    language_label: "Lingua",
    offline_notice: "Sei offline. Quello che hai scritto non va perso: puoi riprovare quando torna la connessione.",
    back_online: "Sei di nuovo online.",
    crash_message: "Ci scusiamo, questo pannello di assistenza ha smesso di funzionare. Di solito basta ricaricare la pagina; non è dipeso da te.",
    reload_page: "Ricarica la pagina",

    tracking: TrackingMessages {
        refresh: "Controlla gli aggiornamenti",
        refreshing: "Controllo degli aggiornamenti…",
        updated_at: |time| format!("Aggiornato alle {time}"),
        refresh_failed: "Non siamo riusciti a controllare gli aggiornamenti. Quello che vedi è l'ultimo stato che avevamo.",
        link_expired: "Per la tua sicurezza questa pagina è scaduta. Cerca di nuovo il tuo ordine.",
        estimate_changed: |parcel, date| format!("Nuova data di consegna stimata per {parcel}: {date}."),

        late_order_title: "Il tuo ordine è in ritardo",
        late_parcel_title: |index, total| {
            if total > 1 {
                format!("Il pacco {index} di {total} è in ritardo")
            } else {
                "Il tuo pacco è in ritardo".to_owned()
            }
        },
        late_refund_title: "Il tuo rimborso sta impiegando più del previsto",
        delivered_late_title: "Il tuo pacco è arrivato più tardi di quanto promesso",
        sorry: "Ci dispiace. Contavi su questa consegna, ed è compito nostro tenerti informato.",
        reason_explanation: |reason| match reason {
            DelayReason::CarrierCapacity => "Il corriere ha più pacchi di quanti riesca a gestire in questi giorni, quindi le consegne richiedono più tempo del solito.",
            DelayReason::Weather => "Il maltempo ha fermato o rallentato i mezzi del corriere lungo il tragitto.",
            DelayReason::Customs => "Il tuo pacco è in controllo alla dogana. I tempi li decide la dogana; noi le abbiamo inviato tutto ciò che serve.",
            DelayReason::Strike => "Uno sciopero ha fermato per un po' una parte della rete del corriere.",
            DelayReason::AddressIssue => "Il corriere non è riuscito a individuare l'indirizzo di consegna. Succede con gli indirizzi nuovi o difficili da trovare.",
            DelayReason::RecipientUnavailable => "Il corriere è passato quando nessuno poteva ritirare il pacco: serve un nuovo passaggio o il ritiro.",
            DelayReason::StockShortage => "Uno dei tuoi articoli non era disponibile quando ce lo aspettavamo. È una nostra responsabilità.",
            DelayReason::PaymentReview => "Il circuito di pagamento sta facendo un controllo di sicurezza di routine prima della spedizione.",
            DelayReason::BankProcessing => "Abbiamo inviato il denaro; le banche stanno impiegando più del solito a completare il bonifico.",
            DelayReason::Other => "Un imprevisto fuori dai tempi abituali ha rallentato le cose.",
            DelayReason::Unknown => "Qualcosa ha rallentato le cose e il negozio sta verificando.",
        },
        cause_estimate_after_promise: "Il corriere ora prevede di consegnare dopo la data che ti avevamo promesso.",
        cause_promise_passed: "La data promessa è passata e il tuo ordine non è ancora arrivato.",
        cause_carrier_silent: |days| format!("Il corriere non aggiorna il tracciamento da {days} giorni."),
        cause_delivered_late: "È arrivato dopo la data che ti avevamo promesso.",
        cause_refund_overdue: "La data entro cui dovevi ricevere il denaro è passata.",
        side_label: "Dove si è fermato",
        side_name: |side| match side {
            DelaySide::Shop => "da noi, il negozio",
            DelaySide::Carrier => "presso il corriere",
            DelaySide::Bank => "presso le banche",
            DelaySide::Customs => "in dogana",
            DelaySide::Customer => "ci serve un dettaglio per completare la consegna",
            DelaySide::Other | DelaySide::Unknown => "fuori dai tempi abituali",
        },
        shop_says: "Le parole del negozio",
        what_we_do: "Cosa stiamo facendo",
        default_action: "Stiamo seguendo la situazione e aggiorneremo questa pagina appena sappiamo di più.",
        new_estimate: |date| format!("Nuova data stimata: {date}"),
        estimate_passed: "L'ultima stima è passata. Stiamo verificando con il corriere e ti aggiorneremo qui.",
        promised_by: |date| format!("Avevamo promesso: {date}"),

        voucher_title: "Per il disagio",
        voucher_percent: |percent| format!("{percent}% di sconto sul prossimo ordine"),
        voucher_amount: |amount| format!("{amount} di sconto sul prossimo ordine"),
        voucher_code_label: "Codice",
        voucher_expires: |date| format!("Valido fino al {date}"),
        copy_code: "Copia il codice",
        code_copied: "Codice copiato",
        copy_failed: "Qui la copia non ha funzionato: seleziona il codice e copialo tu.",

        notify_title: "Avvisami se cambia qualcosa",
        notify_intro: "Ti scriviamo appena la data cambia o l'ordine arriva. Nient'altro.",
        channel_legend: "Come preferisci essere avvisato?",
        channel_name: |channel| match channel {
            NotifyChannel::Email => "E-mail (l'indirizzo di questo ordine)",
            NotifyChannel::Sms => "SMS",
            NotifyChannel::Whatsapp => "WhatsApp",
            NotifyChannel::Unknown => "Altro",
        },
        phone_label: "Numero di cellulare",
        phone_hint: "Con il prefisso internazionale, per esempio +39 333 123 4567.",
        consent_label: "Acconsento a essere contattato per questo ordine sul canale che ho scelto.",
        notify_submit: "Avvisami",
        notify_sending: "Salvataggio…",
        notify_done: |channel| match channel {
            NotifyChannel::Sms => "Fatto: ti manderemo un SMS se cambia qualcosa.".to_owned(),
            NotifyChannel::Whatsapp => "Fatto: ti scriveremo su WhatsApp se cambia qualcosa.".to_owned(),
            _ => "Fatto: ti scriveremo per e-mail se cambia qualcosa.".to_owned(),
        },
        phone_required: "Inserisci il tuo numero di cellulare",
        phone_invalid: "Inserisci il numero con il prefisso internazionale, per esempio +39 333 123 4567",
        consent_required: "Spunta la casella per acconsentire a essere contattato per questo ordine",
        notify_failed: "Non siamo riusciti a salvare la richiesta. Riprova, per favore.",

        parcels_title: |count| if count > 1 { format!("I tuoi {count} pacchi") } else { "Il tuo pacco".to_owned() },
        parcel_title: |index, total, carrier| {
            if total > 1 {
                format!("Pacco {index} di {total} · {carrier}")
            } else {
                format!("Pacco · {carrier}")
            }
        },
        tracking_number: |number| format!("Numero di tracciamento {number}"),
        track_on_carrier: |carrier| format!("Seguilo sul sito di {carrier}"),
        opens_new_tab: "(si apre in una nuova scheda)",
        in_this_parcel: "In questo pacco",
        estimated_delivery: |date| format!("Consegna stimata: {date}"),
        delivered_on: |date| format!("Consegnato il {date}"),
        journey_label: "Dove si trova",
        shipment_status_name: |status| match status {
            ShipmentStatus::Pending => "In preparazione",
            ShipmentStatus::InfoReceived => "Etichetta creata",
            ShipmentStatus::InTransit => "In viaggio",
            ShipmentStatus::OutForDelivery => "In consegna",
            ShipmentStatus::AvailableForPickup => "Pronto per il ritiro",
            ShipmentStatus::AttemptFail => "Tentativo di consegna",
            ShipmentStatus::Delivered => "Consegnato",
            ShipmentStatus::Exception => "Fermo",
            ShipmentStatus::Unknown => "In aggiornamento",
        },
        updates_title: "Aggiornamenti del corriere",
        no_updates: "Ancora nessun aggiornamento dal corriere.",
        show_all_updates: |count| format!("Mostra tutti i {count} aggiornamenti"),
        show_fewer_updates: "Mostra meno aggiornamenti",
        delivery_address: |address| format!("Consegna a {address}"),

        refunds_title: "Il tuo rimborso",
        refund_summary: |amount, method| format!("{amount} tramite {method}"),
        refund_method_name: |method| match method {
            RefundMethod::BankTransfer => "bonifico bancario",
            RefundMethod::Card => "riaccredito sulla carta",
            RefundMethod::StoreCredit => "credito nel negozio",
            RefundMethod::OriginalPayment => "il metodo di pagamento originale",
            RefundMethod::Unknown => "il metodo concordato",
        },
        refund_status_name: |status| match status {
            RefundStatus::Requested => "Richiesto",
            RefundStatus::Approved => "Approvato",
            RefundStatus::Issued => "Inviato da noi",
            RefundStatus::Completed => "Ricevuto",
            RefundStatus::Failed => "Non completato",
            RefundStatus::Unknown => "In aggiornamento",
        },
        refund_steps_label: "Avanzamento del rimborso",
        refund_issued_on: |date| format!("L'abbiamo inviato il {date}."),
        refund_expected_by: |date| format!("Dovrebbe arrivarti entro il {date}."),
        refund_completed_on: |date| format!("Ti è arrivato il {date}."),
        refund_failed: "Il pagamento non è andato a buon fine. Ti contatteremo per trovare un altro modo.",

        promotions_title: "Per il tuo prossimo ordine",
        date_range: |from, to| format!("{from} – {to}"),
    },
};
