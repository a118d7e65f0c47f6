use super::{ComplaintMessages, Locale, Messages, TrackingMessages};
use sportello_contract::{
    ComplaintStatus, ComplaintTopic, ContactChannel, DelayReason, DelaySide, DesiredResolution,
    NotifyChannel, OrderStatus, RefundMethod, RefundStatus, ShipmentStatus, TimeWindow,
    UpdateChannel,
};

pub static MESSAGES: Messages = Messages {
    lookup_title: "Suivre votre commande",
    lookup_title_at: |shop| format!("Suivre votre commande chez {shop}"),
    lookup_intro: "Saisissez votre numéro de commande et l’adresse e-mail utilisée pour commander.",
    order_number_label: "Numéro de commande",
    order_number_hint: "Vous le trouverez dans l’e-mail de confirmation de votre commande, par exemple SP-1001.",
    email_label: "Adresse e-mail",
    email_hint: "L’adresse utilisée lors de votre commande.",
    find_order: "Trouver ma commande",
    searching: "Recherche de votre commande…",

    error_summary_title: "Il y a un problème",
    order_number_required: "Saisissez votre numéro de commande",
    order_number_invalid: "Saisissez le numéro de commande tel qu’il figure dans votre e-mail de confirmation, par exemple SP-1001",
    email_required: "Saisissez votre adresse e-mail",
    email_invalid: "Saisissez une adresse e-mail au bon format, par exemple nom@example.com",
    field_too_long: "C’est trop long : vérifiez ce que vous avez saisi",
    error_prefix: "Erreur :",

    not_found: "Nous n’avons trouvé aucune commande avec ce numéro et cette adresse e-mail.",
    not_found_hint: "Vérifiez le numéro dans votre e-mail de confirmation et utilisez l’adresse e-mail de votre commande.",
    network_error: "Impossible de joindre la boutique. Vérifiez votre connexion internet et réessayez.",
    timeout_error: "La boutique met trop de temps à répondre. Veuillez réessayer.",
    server_error: "Un problème est survenu du côté de la boutique. Veuillez réessayer dans quelques minutes.",
    rate_limited: "Trop de tentatives en peu de temps. Patientez quelques minutes, puis réessayez.",
    rate_limited_after: |seconds| {
        let minutes = seconds.div_ceil(60).max(1);
        if minutes == 1 {
            "Trop de tentatives en peu de temps. Réessayez dans une minute.".to_owned()
        } else {
            format!("Trop de tentatives en peu de temps. Réessayez dans {minutes} minutes.")
        }
    },
    unreadable_answer: "La boutique a envoyé une réponse que nous ne pouvons pas lire. Veuillez réessayer dans quelques minutes.",
    error_reference: |id| format!("Si vous contactez la boutique, indiquez cette référence : {id}"),
    try_again: "Réessayer",

    status_label: "Statut",
    order_found_announcement: |number| format!("Commande {number} trouvée."),

    language_label: "Langue",
    offline_notice: "Vous êtes hors ligne. Rien de ce que vous avez saisi n’est perdu : vous pourrez réessayer dès le retour de la connexion.",
    back_online: "Vous êtes de nouveau en ligne.",
    crash_message: "Désolés, ce panneau d’aide a cessé de fonctionner. Recharger la page suffit généralement ; vous n’y êtes pour rien.",
    reload_page: "Recharger la page",
    loading_part: "Chargement…",
    part_failed: "Cette partie du panneau d’aide ne s’est pas chargée. Vérifiez votre connexion internet, puis réessayez.",
    complaint_start: "Un problème ? Écrivez-nous",
    follow_start: "Suivre une réclamation",

    locale: Locale::Fr,
};

pub static TRACKING: TrackingMessages = TrackingMessages {
    order_title: |number| format!("Commande {number}"),
    placed_on: |date| format!("Passée le {date}"),
    items_title: "Ce que vous avez commandé",
    quantity_times_price: |quantity, price| format!("{quantity} × {price}"),
    total: "Total",
    no_items: "La boutique n’a pas indiqué les articles de cette commande.",
    look_up_another: "Rechercher une autre commande",
    status_name: |status| match status {
        OrderStatus::Processing => "En préparation",
        OrderStatus::PaymentDue => "En attente de paiement",
        OrderStatus::InTransit => "En route",
        OrderStatus::PickupAvailable => "Prête à être retirée",
        OrderStatus::Delivered => "Livrée",
        OrderStatus::Problem => "Demande une attention",
        OrderStatus::Cancelled => "Annulée",
        OrderStatus::Returned => "Retournée",
        OrderStatus::Unknown => "Statut en cours de mise à jour",
    },
    status_explanation: |status| match status {
        OrderStatus::Processing => "Nous avons bien reçu votre commande et la préparons pour l’expédition.",
        OrderStatus::PaymentDue => "Nous attendons la confirmation de votre paiement avant d’expédier.",
        OrderStatus::InTransit => "Votre commande est partie de chez nous et se trouve chez le transporteur.",
        OrderStatus::PickupAvailable => "Votre commande vous attend au point de retrait.",
        OrderStatus::Delivered => "Votre commande a été livrée.",
        OrderStatus::Problem => "Un point de cette commande demande notre attention. Nous nous en occupons.",
        OrderStatus::Cancelled => "Cette commande a été annulée.",
        OrderStatus::Returned => "Votre retour nous est bien parvenu.",
        OrderStatus::Unknown => "La boutique met à jour le statut de cette commande. Revenez bientôt.",
    },

    refresh: "Vérifier les nouveautés",
    refreshing: "Vérification des nouveautés…",
    updated_at: |time| format!("Mis à jour à {time}"),
    refresh_failed:
        "Nous n’avons pas pu vérifier les nouveautés pour l’instant. Ce que vous voyez est la dernière information dont nous disposions.",
    link_expired: "Pour votre sécurité, cet affichage a expiré. Veuillez rechercher à nouveau votre commande.",
    estimate_changed: |parcel, date| format!("Nouvelle livraison estimée pour {parcel} : {date}."),

    late_order_title: "Votre commande a du retard",
    late_parcel_title: |index, total| {
        if total > 1 {
            format!("Le colis {index} sur {total} a du retard")
        } else {
            "Votre colis a du retard".to_owned()
        }
    },
    late_refund_title: "Votre remboursement prend plus de temps que prévu",
    delivered_late_title: "Votre colis est arrivé plus tard que promis",
    sorry: "Nous en sommes désolés. Vous comptiez dessus, et c’est à nous de vous tenir informé.",
    reason_explanation: |reason| {
        match reason {
        DelayReason::CarrierCapacity => "Le transporteur a en ce moment plus de colis qu’il ne peut en traiter, les livraisons prennent donc plus de temps que d’habitude.",
        DelayReason::Weather => "Le mauvais temps a arrêté ou ralenti les véhicules du transporteur sur le trajet.",
        DelayReason::Customs => "Votre colis est contrôlé par la douane. C’est elle qui décide de la durée ; nous lui avons transmis tout le nécessaire.",
        DelayReason::Strike => "Une grève a arrêté pour un temps une partie du réseau du transporteur.",
        DelayReason::AddressIssue => "Le transporteur n’a pas pu localiser l’adresse de livraison en chemin. Cela arrive avec les adresses nouvelles ou difficiles à trouver.",
        DelayReason::RecipientUnavailable => "Le transporteur est passé quand personne ne pouvait recevoir le colis : il faut un nouveau passage ou un retrait.",
        DelayReason::StockShortage => "L’un de vos articles n’était pas en stock comme prévu. C’est de notre fait.",
        DelayReason::PaymentReview => "Le prestataire de paiement effectue un contrôle de sécurité habituel avant l’expédition de la commande.",
        DelayReason::BankProcessing => "Nous avons envoyé l’argent ; les banques mettent plus de temps que d’habitude à finaliser le virement.",
        DelayReason::Other => "Un imprévu en dehors du calendrier habituel a retardé les choses.",
        DelayReason::Unknown => "Quelque chose a retardé les choses, et la boutique s’en occupe.",
    }
    },
    cause_estimate_after_promise:
        "Le transporteur prévoit désormais de livrer après la date que nous vous avions promise.",
    cause_promise_passed: "La date promise est passée et votre commande n’est pas encore arrivée.",
    cause_carrier_silent: |days| {
        format!("Le transporteur n’a pas mis à jour son suivi depuis {days} jours.")
    },
    cause_delivered_late: "Il vous est parvenu après la date promise.",
    cause_refund_overdue: "La date à laquelle votre argent aurait dû arriver est passée.",
    side_label: "Où se situe le blocage",
    side_name: |side| match side {
        DelaySide::Shop => "chez nous, la boutique",
        DelaySide::Carrier => "chez le transporteur",
        DelaySide::Bank => "chez les banques",
        DelaySide::Customs => "à la douane",
        DelaySide::Customer => "il nous manque une information pour livrer",
        DelaySide::Other | DelaySide::Unknown => "en dehors du calendrier habituel",
    },
    shop_says: "Selon la boutique",
    what_we_do: "Ce que nous faisons",
    default_action: "Nous suivons la situation et mettrons cette page à jour dès que nous en saurons plus.",
    new_estimate: |date| format!("Nouvelle date estimée : {date}"),
    estimate_passed:
        "La dernière estimation est dépassée. Nous vérifions auprès du transporteur et vous tiendrons informé ici.",
    promised_by: |date| format!("Nous avions promis : {date}"),

    voucher_title: "Pour le désagrément",
    voucher_percent: |percent| format!("{percent} % de réduction sur votre prochaine commande"),
    voucher_amount: |amount| format!("{amount} de réduction sur votre prochaine commande"),
    voucher_code_label: "Code",
    voucher_expires: |date| format!("Valable jusqu’au {date}"),
    copy_code: "Copier le code",
    code_copied: "Code copié",
    copy_failed: "La copie n’a pas fonctionné ici : sélectionnez le code et copiez-le vous-même.",

    notify_title: "Prévenez-moi en cas de changement",
    notify_intro: "Nous vous écrirons dès que la date change ou que votre commande arrive. Rien d’autre.",
    channel_legend: "Comment souhaitez-vous être prévenu ?",
    channel_name: |channel| match channel {
        NotifyChannel::Email => "E-mail (l’adresse de cette commande)",
        NotifyChannel::Sms => "SMS",
        NotifyChannel::Whatsapp => "WhatsApp",
        NotifyChannel::Unknown => "Autre",
    },
    phone_label: "Numéro de mobile",
    phone_hint: "Avec l’indicatif du pays, par exemple +33 6 12 34 56 78.",
    consent_label: "J’accepte d’être contacté au sujet de cette commande par le moyen choisi.",
    notify_submit: "Me prévenir",
    notify_sending: "Enregistrement…",
    notify_done: |channel| match channel {
        NotifyChannel::Sms => "C’est fait : nous vous enverrons un SMS en cas de changement.".to_owned(),
        NotifyChannel::Whatsapp => {
            "C’est fait : nous vous écrirons sur WhatsApp en cas de changement.".to_owned()
        }
        _ => "C’est fait : nous vous enverrons un e-mail en cas de changement.".to_owned(),
    },
    phone_required: "Saisissez votre numéro de mobile",
    phone_invalid: "Saisissez un numéro de mobile avec l’indicatif du pays, par exemple +33 6 12 34 56 78",
    consent_required: "Cochez la case pour accepter d’être contacté au sujet de cette commande",
    notify_failed: "Nous n’avons pas pu enregistrer cela pour l’instant. Veuillez réessayer.",

    parcels_title: |count| {
        if count > 1 {
            format!("Vos {count} colis")
        } else {
            "Votre colis".to_owned()
        }
    },
    parcel_title: |index, total, carrier| {
        if total > 1 {
            format!("Colis {index} sur {total} · {carrier}")
        } else {
            format!("Colis · {carrier}")
        }
    },
    tracking_number: |number| format!("Numéro de suivi {number}"),
    track_on_carrier: |carrier| format!("Le suivre sur le site de {carrier}"),
    opens_new_tab: "(s’ouvre dans un nouvel onglet)",
    in_this_parcel: "Dans ce colis",
    estimated_delivery: |date| format!("Livraison estimée : {date}"),
    delivered_on: |date| format!("Livré le {date}"),
    journey_label: "Où il se trouve",
    shipment_status_name: |status| match status {
        ShipmentStatus::Pending => "En cours d’emballage",
        ShipmentStatus::InfoReceived => "Étiquette créée",
        ShipmentStatus::InTransit => "En route",
        ShipmentStatus::OutForDelivery => "En cours de livraison",
        ShipmentStatus::AvailableForPickup => "Prêt à être retiré",
        ShipmentStatus::AttemptFail => "Tentative de livraison",
        ShipmentStatus::Delivered => "Livré",
        ShipmentStatus::Exception => "Retenu",
        ShipmentStatus::Unknown => "En cours de mise à jour",
    },
    updates_title: "Informations du transporteur",
    no_updates: "Pas encore d’information du transporteur.",
    show_all_updates: |count| format!("Afficher les {count} informations"),
    show_fewer_updates: "Afficher moins d’informations",
    delivery_address: |address| format!("Livraison à {address}"),

    refunds_title: "Votre remboursement",
    refund_summary: |amount, method| format!("{amount} par {method}"),
    refund_method_name: |method| match method {
        RefundMethod::BankTransfer => "virement bancaire",
        RefundMethod::Card => "remboursement sur votre carte",
        RefundMethod::StoreCredit => "avoir en boutique",
        RefundMethod::OriginalPayment => "votre moyen de paiement d’origine",
        RefundMethod::Unknown => "le moyen convenu",
    },
    refund_status_name: |status| match status {
        RefundStatus::Requested => "Demandé",
        RefundStatus::Approved => "Accepté",
        RefundStatus::Issued => "Envoyé par nous",
        RefundStatus::Completed => "Reçu",
        RefundStatus::Failed => "Non abouti",
        RefundStatus::Unknown => "En cours de mise à jour",
    },
    refund_steps_label: "Avancement du remboursement",
    refund_issued_on: |date| format!("Nous l’avons envoyé le {date}."),
    refund_expected_by: |date| format!("Il devrait vous parvenir d’ici le {date}."),
    refund_completed_on: |date| format!("Il vous est parvenu le {date}."),
    refund_failed:
        "Le paiement n’a pas pu aboutir. Nous vous contacterons pour convenir d’un autre moyen.",

    promotions_title: "Pour votre prochaine commande",
    date_range: |from, to| format!("{from} – {to}"),
};

pub static COMPLAINTS: ComplaintMessages = ComplaintMessages {
    start_about_order: "Signaler un problème avec cette commande",
    back: "Retour",

    topic_title: "De quoi s’agit-il ?",
    topic_intro: "Choisissez ce qui correspond le mieux : nous vous montrerons le moyen le plus rapide de régler cela.",
    topic_name: |topic| match topic {
        ComplaintTopic::LateDelivery => "Ma commande est en retard",
        ComplaintTopic::DamagedItem => "Un article est arrivé endommagé",
        ComplaintTopic::WrongItem => "J’ai reçu le mauvais article",
        ComplaintTopic::MissingItem => "Il manque quelque chose",
        ComplaintTopic::RefundNotReceived => "Je n’ai pas reçu mon remboursement",
        ComplaintTopic::NotAsExpected => "Le produit ne correspond pas à la description",
        ComplaintTopic::PoorService => "J’ai été mal reçu ou mal aidé",
        ComplaintTopic::Other | ComplaintTopic::Unknown => "Autre chose",
    },

    help_title: "Ceci peut régler le problème tout de suite",
    help_intro: "Les réponses aux questions les plus fréquentes sur ce sujet. Si aucune ne convient, écrivez-nous.",
    help_loading: "Chargement des réponses…",
    help_solved: "Cela a réglé le problème",
    help_still_write: "Je veux quand même vous écrire",
    help_glad: "Ravis que cela vous ait aidé. Merci de nous l’avoir dit.",

    form_title: "Dites-nous ce qui s’est passé",
    about_order: |number| format!("À propos de la commande {number}"),
    items_legend: "Quels articles sont concernés ?",
    items_hint: "Sélectionnez tous ceux qui s’appliquent, ou aucun s’il s’agit de toute la commande.",
    description_label: "Que s’est-il passé ?",
    description_hint: "Dites ce que vous avez constaté et quand. Plus nous en savons, plus vite nous pouvons régler cela.",
    characters_left: |n| if n >= 0 { format!("{n} caractères restants") } else { format!("{} caractères en trop", -n) },
    resolution_legend: "Qu’est-ce qui arrangerait les choses pour vous ?",
    resolution_name: |r| match r {
        DesiredResolution::Refund => "Un remboursement",
        DesiredResolution::Replacement => "Un remplacement",
        DesiredResolution::Voucher => "Un bon d’achat",
        DesiredResolution::Repair => "Une réparation",
        DesiredResolution::Explanation => "Juste une explication",
        DesiredResolution::Other | DesiredResolution::Unknown => "Autre chose",
    },
    email_label: "Votre adresse e-mail",
    email_hint: "Nous y envoyons la confirmation. Avec la référence, elle vous permet de suivre votre réclamation.",
    channel_legend: "Comment souhaitez-vous que nous vous répondions ?",
    channel_name: |c| match c {
        ContactChannel::Email => "E-mail",
        ContactChannel::Phone => "Appel téléphonique",
        ContactChannel::Whatsapp => "WhatsApp",
        ContactChannel::Sms => "SMS",
        ContactChannel::Unknown => "Autre moyen",
    },
    phone_label: "Numéro de téléphone",
    phone_hint: "Avec l’indicatif du pays, par exemple +33 6 12 34 56 78.",
    window_label: "Quand pouvons-nous vous joindre ?",
    window_name: |w| match w {
        TimeWindow::Anytime | TimeWindow::Unknown => "À tout moment",
        TimeWindow::Morning => "Le matin (9 h – 12 h)",
        TimeWindow::Afternoon => "L’après-midi (12 h – 17 h)",
        TimeWindow::Evening => "Le soir (17 h – 20 h)",
    },
    consent_label: "J’accepte que la boutique utilise ces informations pour traiter ma réclamation.",
    privacy_link: "Comment la boutique utilise vos données (s’ouvre dans un nouvel onglet)",
    continue_to_check: "Continuer",
    draft_restored: "Nous avons gardé ce que vous aviez écrit la dernière fois. Vous pouvez reprendre où vous en étiez.",

    topic_required: "Choisissez le sujet de votre réclamation",
    description_required: "Dites-nous ce qui s’est passé",
    description_too_short: |min| format!("Dites-nous-en un peu plus : au moins {min} caractères"),
    description_too_long: |max| format!("Restez sous {max} caractères"),
    resolution_required: "Choisissez ce qui arrangerait les choses pour vous",
    phone_required: "Saisissez votre numéro de téléphone",
    phone_invalid: "Saisissez le numéro de téléphone avec l’indicatif du pays, par exemple +33 6 12 34 56 78",
    consent_required: "Cochez la case pour accepter que la boutique utilise ces informations pour votre réclamation",

    check_title: "Vérifiez votre réclamation avant de l’envoyer",
    check_intro: "Vous pouvez modifier ce que vous voulez avant qu’elle parte à la boutique.",
    change: "Modifier",
    topic_label: "Sujet",
    order_label: "Commande",
    items_label: "Articles",
    contact_label: "Réponse par",
    send: "Envoyer ma réclamation",
    sending: "Envoi…",
    send_failed: "Votre réclamation n’est pas encore parvenue à la boutique. Rien n’est perdu.",
    queued_notice: "Vous êtes hors ligne. Votre réclamation est enregistrée sur cet appareil et partira d’elle-même à la boutique dès votre retour en ligne (si vous fermez la page, à sa prochaine ouverture).",
    send_retry_safe: "Vous pouvez réessayer sans risque : elle ne sera jamais envoyée deux fois.",

    done_title: "Nous avons bien reçu votre réclamation",
    reference_label: "Votre référence",
    copy_reference: "Copier la référence",
    reference_copied: "Référence copiée",
    status_name: |s| match s {
        ComplaintStatus::Received => "Reçue",
        ComplaintStatus::InProgress => "En cours de traitement",
        ComplaintStatus::WaitingForCustomer => "En attente de votre réponse",
        ComplaintStatus::Resolved => "Résolue",
        ComplaintStatus::Closed => "Clôturée",
        ComplaintStatus::Unknown => "En cours de mise à jour",
    },
    usually_within: |d| format!("Nous répondons généralement sous {d}, en comptant seulement les heures d’ouverture."),
    latest_by: |t| format!("Vous aurez de nos nouvelles au plus tard {t}."),
    office_closed: |t| format!("Notre équipe est absente pour le moment. Nous serons de retour {t}, et votre réclamation sera la première traitée."),
    minutes: |n| format!("{n} minutes"),
    hours: |n| if n == 1 { "1 heure".to_owned() } else { format!("{n} heures") },
    days: |n| if n == 1 { "1 jour ouvré".to_owned() } else { format!("{n} jours ouvrés") },
    what_you_sent: "Ce que vous avez envoyé",
    next_steps_title: "La suite",
    next_steps: |channel| {
        let by = match channel {
            ContactChannel::Phone => "par téléphone",
            ContactChannel::Whatsapp => "sur WhatsApp",
            ContactChannel::Sms => "par SMS",
            ContactChannel::Email | ContactChannel::Unknown => "par e-mail",
        };
        format!("Une personne de notre équipe lit votre réclamation et vous répond {by}. S’il nous faut autre chose, nous vous le demanderons.")
    },
    keep_reference: "Gardez la référence : avec votre adresse e-mail, elle vous permet de suivre la réclamation ici.",
    filed_announcement: |r| format!("Réclamation envoyée. Votre référence est {r}."),

    order_number_optional_label: "Numéro de commande (facultatif)",
    order_number_optional_hint: "S’il s’agit d’une commande, le numéro de votre e-mail de confirmation, par exemple SP-1001.",
    order_number_too_long: "Le numéro de commande est trop long : vérifiez ce que vous avez saisi",
    photos_label: "Photos (facultatif)",
    photos_hint: "Jusqu’à 5 photos du problème, en JPEG, PNG ou WebP. Nous les réduisons avant l’envoi.",
    photos_preparing: "Préparation de vos photos…",
    photos_none: "Aucune",
    photos_count: |n| if n == 1 { "1 photo".to_owned() } else { format!("{n} photos") },
    photo_remove: "Retirer",
    photo_not_a_photo: |name| format!("« {name} » n’est pas une photo que nous pouvons accepter : choisissez une image JPEG, PNG ou WebP"),
    photo_too_large: |name| format!("« {name} » dépasse 25 Mo : choisissez une photo plus petite"),
    photo_unreadable: |name| format!("« {name} » n’a pas pu être lue : essayez une autre photo"),
    photos_too_many: |max| format!("Vous pouvez ajouter jusqu’à {max} photos : retirez-en une pour en ajouter une autre"),

    order_complaints_title: "Vos réclamations sur cette commande",
    open_failed: "Nous n’avons pas pu ouvrir cette réclamation pour l’instant.",
    follow_this: "Suivre cette réclamation",
    follow_title: "Suivre votre réclamation",
    follow_intro: "Saisissez la référence de votre confirmation et l’adresse e-mail que vous nous avez donnée.",
    reference_field_label: "Référence de la réclamation",
    reference_field_hint: "Par exemple RC-4Q7K-2M9P.",
    follow_email_hint: "Celle que vous avez indiquée en nous écrivant.",
    reference_required: "Saisissez la référence de la réclamation",
    find_complaint: "Afficher ma réclamation",
    finding_complaint: "Recherche de votre réclamation…",
    complaint_not_found: "Nous n’avons trouvé aucune réclamation avec cette référence et cette adresse e-mail. Vérifiez les deux : la référence figure dans votre confirmation.",
    complaint_title: |r| format!("Réclamation {r}"),
    refreshed: "Votre réclamation est à jour.",
    timeline_title: "Ce qui s’est passé jusqu’ici",
    update_by_you: "Vous",
    update_by_shop: "Service client",
    update_by_named: |name| format!("{name}, service client"),
    channel_via: |c| match c {
        UpdateChannel::Web => "sur le site",
        UpdateChannel::Email => "par e-mail",
        UpdateChannel::Phone => "par téléphone",
        UpdateChannel::Chat => "dans le chat",
        UpdateChannel::Store => "en magasin",
        UpdateChannel::Unknown => "",
    },
    photos_attached: |n| if n == 1 { "1 photo jointe".to_owned() } else { format!("{n} photos jointes") },
    reply_moved: |reason| format!("Nous avons décalé l’heure de notre réponse : {reason}"),
    add_info_title: "Ajouter des informations",
    add_info_label: "Votre message",
    add_info_hint: "Répondez à nos questions, ou dites-nous ce qui a changé.",
    send_message: "Envoyer le message",
    message_required: "Écrivez votre message",
    message_too_long: |max| format!("Restez sous {max} caractères"),
    message_sent: "Message envoyé. Vous le trouverez dans l’historique.",
    message_failed: "Votre message n’est pas encore parvenu à la boutique. Rien n’est perdu, et vous pouvez réessayer sans risque.",
    closed_notice: "Cette réclamation est clôturée. Si quelque chose ne va toujours pas, écrivez-nous à nouveau.",
    rate_legend: "Comment avons-nous traité votre réclamation ?",
    rate_intro: "Votre note aide la boutique à s’améliorer. Vous pouvez l’envoyer une fois.",
    score_name: |n| match n {
        1 => "1 – Très insatisfait",
        2 => "2 – Insatisfait",
        3 => "3 – Ni l’un ni l’autre",
        4 => "4 – Satisfait",
        _ => "5 – Très satisfait",
    },
    comment_label: "Quelque chose à ajouter ? (facultatif)",
    send_rating: "Envoyer la note",
    rating_required: "Choisissez une note de 1 à 5",
    rated: |n| format!("Vous avez donné la note de {n} sur 5. Merci."),
    rating_failed: "Votre note n’est pas encore parvenue à la boutique. Réessayez.",
    session_expired: "Pour votre sécurité, ouvrez à nouveau la réclamation avec sa référence et votre adresse e-mail.",
};
