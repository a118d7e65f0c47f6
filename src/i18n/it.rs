use super::Messages;
use sportello_contract::OrderStatus;

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
};
