use super::{ComplaintMessages, Locale, Messages, TrackingMessages};
use sportello_contract::{
    ComplaintStatus, ComplaintTopic, ContactChannel, DelayReason, DelaySide, DesiredResolution,
    NotifyChannel, OrderStatus, RefundMethod, RefundStatus, ShipmentStatus, TimeWindow,
    UpdateChannel,
};

pub static MESSAGES: Messages = Messages {
    lookup_title: "Sigue tu pedido",
    lookup_title_at: |shop| format!("Sigue tu pedido de {shop}"),
    lookup_intro: "Introduce tu número de pedido y el correo electrónico con el que lo hiciste.",
    order_number_label: "Número de pedido",
    order_number_hint: "Lo encontrarás en el correo de confirmación del pedido, por ejemplo SP-1001.",
    email_label: "Correo electrónico",
    email_hint: "La dirección que usaste al hacer el pedido.",
    find_order: "Buscar mi pedido",
    searching: "Buscando tu pedido…",

    error_summary_title: "Hay un problema",
    order_number_required: "Introduce tu número de pedido",
    order_number_invalid: "Introduce el número de pedido tal como aparece en el correo de confirmación, por ejemplo SP-1001",
    email_required: "Introduce tu correo electrónico",
    email_invalid: "Introduce un correo electrónico con el formato correcto, por ejemplo nombre@example.com",
    field_too_long: "Es demasiado largo: revisa lo que has escrito",
    error_prefix: "Error:",

    not_found: "No hemos encontrado ningún pedido con ese número y ese correo electrónico.",
    not_found_hint: "Revisa el número en el correo de confirmación y usa el correo electrónico con el que hiciste el pedido.",
    network_error: "No podemos conectar con la tienda. Revisa tu conexión a internet y vuelve a intentarlo.",
    timeout_error: "La tienda está tardando demasiado en responder. Vuelve a intentarlo.",
    server_error: "Algo ha fallado en la tienda. Vuelve a intentarlo en unos minutos.",
    rate_limited: "Demasiados intentos en poco tiempo. Espera unos minutos y vuelve a intentarlo.",
    rate_limited_after: |seconds| {
        let minutes = seconds.div_ceil(60).max(1);
        if minutes == 1 {
            "Demasiados intentos en poco tiempo. Vuelve a intentarlo dentro de un minuto.".to_owned()
        } else {
            format!("Demasiados intentos en poco tiempo. Vuelve a intentarlo dentro de {minutes} minutos.")
        }
    },
    unreadable_answer: "La tienda ha enviado una respuesta que no podemos leer. Vuelve a intentarlo en unos minutos.",
    error_reference: |id| format!("Si contactas con la tienda, indica esta referencia: {id}"),
    try_again: "Volver a intentarlo",

    status_label: "Estado",
    order_found_announcement: |number| format!("Pedido {number} encontrado."),

    language_label: "Idioma",
    offline_notice: "No tienes conexión. No se pierde nada de lo que has escrito: podrás volver a intentarlo cuando vuelva la conexión.",
    back_online: "Vuelves a tener conexión.",
    crash_message: "Lo sentimos, este panel de ayuda ha dejado de funcionar. Suele bastar con recargar la página; no es culpa de nada que hayas hecho.",
    reload_page: "Recargar la página",
    loading_part: "Cargando…",
    part_failed: "Esta parte del panel de ayuda no se ha cargado. Revisa tu conexión a internet y vuelve a intentarlo.",
    complaint_start: "¿Algo va mal? Escríbenos",
    follow_start: "Seguir una reclamación",

    locale: Locale::Es,
};

pub static TRACKING: TrackingMessages = TrackingMessages {
    order_title: |number| format!("Pedido {number}"),
    placed_on: |date| format!("Realizado el {date}"),
    items_title: "Lo que pediste",
    quantity_times_price: |quantity, price| format!("{quantity} × {price}"),
    total: "Total",
    no_items: "La tienda no ha indicado los artículos de este pedido.",
    look_up_another: "Buscar otro pedido",
    status_name: |status| match status {
        OrderStatus::Processing => "En preparación",
        OrderStatus::PaymentDue => "Pendiente de pago",
        OrderStatus::InTransit => "En camino",
        OrderStatus::PickupAvailable => "Listo para recoger",
        OrderStatus::Delivered => "Entregado",
        OrderStatus::Problem => "Requiere atención",
        OrderStatus::Cancelled => "Cancelado",
        OrderStatus::Returned => "Devuelto",
        OrderStatus::Unknown => "Estado en actualización",
    },
    status_explanation: |status| match status {
        OrderStatus::Processing => "Hemos recibido tu pedido y lo estamos preparando para el envío.",
        OrderStatus::PaymentDue => "Estamos esperando la confirmación de tu pago antes de enviarlo.",
        OrderStatus::InTransit => "Tu pedido ya ha salido y está en manos del transportista.",
        OrderStatus::PickupAvailable => "Tu pedido te espera en el punto de recogida.",
        OrderStatus::Delivered => "Tu pedido ha sido entregado.",
        OrderStatus::Problem => "Hay algo en este pedido que requiere atención. Lo estamos revisando.",
        OrderStatus::Cancelled => "Este pedido ha sido cancelado.",
        OrderStatus::Returned => "Tu devolución nos ha llegado.",
        OrderStatus::Unknown => "La tienda está actualizando el estado de este pedido. Vuelve a mirar pronto.",
    },

    refresh: "Buscar novedades",
    refreshing: "Buscando novedades…",
    updated_at: |time| format!("Actualizado a las {time}"),
    refresh_failed:
        "No hemos podido buscar novedades ahora mismo. Lo que ves sigue siendo lo último que teníamos.",
    link_expired: "Por tu seguridad, esta vista ha caducado. Vuelve a buscar tu pedido.",
    estimate_changed: |parcel, date| format!("Nueva entrega estimada para {parcel}: {date}."),

    late_order_title: "Tu pedido lleva retraso",
    late_parcel_title: |index, total| {
        if total > 1 {
            format!("El paquete {index} de {total} lleva retraso")
        } else {
            "Tu paquete lleva retraso".to_owned()
        }
    },
    late_refund_title: "Tu reembolso está tardando más de lo debido",
    delivered_late_title: "Tu paquete llegó más tarde de lo prometido",
    sorry: "Lo sentimos. Contabas con ello, y es nuestro trabajo mantenerte informado.",
    reason_explanation: |reason| {
        match reason {
        DelayReason::CarrierCapacity => "El transportista tiene ahora más paquetes de los que puede gestionar, así que las entregas tardan más de lo habitual.",
        DelayReason::Weather => "El mal tiempo ha detenido o frenado los vehículos del transportista en el trayecto.",
        DelayReason::Customs => "Tu paquete está en revisión en la aduana. Los plazos los decide la aduana; le hemos enviado todo lo necesario.",
        DelayReason::Strike => "Una huelga ha detenido durante un tiempo parte de la red del transportista.",
        DelayReason::AddressIssue => "El transportista no ha podido localizar la dirección de entrega por el camino. Pasa con direcciones nuevas o difíciles de encontrar.",
        DelayReason::RecipientUnavailable => "El transportista pasó cuando nadie podía recibir el paquete, así que hace falta otro intento o una recogida.",
        DelayReason::StockShortage => "Uno de tus artículos no estaba en stock cuando lo esperábamos. Es responsabilidad nuestra.",
        DelayReason::PaymentReview => "El proveedor de pago está haciendo un control de seguridad habitual antes de que el pedido pueda salir.",
        DelayReason::BankProcessing => "Ya hemos enviado el dinero; los bancos están tardando más de lo habitual en completar la transferencia.",
        DelayReason::Other => "Algo fuera del calendario habitual ha retrasado las cosas.",
        DelayReason::Unknown => "Algo ha retrasado las cosas, y la tienda lo está revisando.",
    }
    },
    cause_estimate_after_promise:
        "El transportista prevé ahora entregarlo después de la fecha que te prometimos.",
    cause_promise_passed: "La fecha prometida ha pasado y tu pedido aún no ha llegado.",
    cause_carrier_silent: |days| {
        format!("El transportista no ha actualizado su seguimiento desde hace {days} días.")
    },
    cause_delivered_late: "Te llegó después de la fecha prometida.",
    cause_refund_overdue: "Ha pasado la fecha en la que tu dinero debería haber llegado.",
    side_label: "Dónde está el retraso",
    side_name: |side| match side {
        DelaySide::Shop => "en nosotros, la tienda",
        DelaySide::Carrier => "en el transportista",
        DelaySide::Bank => "en los bancos",
        DelaySide::Customs => "en la aduana",
        DelaySide::Customer => "necesitamos un dato para completar la entrega",
        DelaySide::Other | DelaySide::Unknown => "fuera del calendario habitual",
    },
    shop_says: "En palabras de la tienda",
    what_we_do: "Lo que estamos haciendo",
    default_action: "Lo estamos siguiendo y actualizaremos esta página en cuanto sepamos más.",
    new_estimate: |date| format!("Nueva fecha estimada: {date}"),
    estimate_passed:
        "La última estimación ya ha pasado. Lo estamos comprobando con el transportista y te informaremos aquí.",
    promised_by: |date| format!("Te prometimos: {date}"),

    voucher_title: "Por las molestias",
    voucher_percent: |percent| format!("{percent} % de descuento en tu próximo pedido"),
    voucher_amount: |amount| format!("{amount} de descuento en tu próximo pedido"),
    voucher_code_label: "Código",
    voucher_expires: |date| format!("Válido hasta el {date}"),
    copy_code: "Copiar código",
    code_copied: "Código copiado",
    copy_failed: "Aquí no se ha podido copiar: selecciona el código y cópialo tú.",

    notify_title: "Avísame si algo cambia",
    notify_intro: "Te escribiremos en cuanto cambie la fecha o llegue tu pedido. Nada más.",
    channel_legend: "¿Cómo quieres que te avisemos?",
    channel_name: |channel| match channel {
        NotifyChannel::Email => "Correo electrónico (el de este pedido)",
        NotifyChannel::Sms => "Mensaje de texto (SMS)",
        NotifyChannel::Whatsapp => "WhatsApp",
        NotifyChannel::Unknown => "Otro",
    },
    phone_label: "Número de móvil",
    phone_hint: "Con el prefijo del país, por ejemplo +34 612 34 56 78.",
    consent_label: "Acepto que me contacten sobre este pedido por el medio que he elegido.",
    notify_submit: "Avisarme",
    notify_sending: "Guardando…",
    notify_done: |channel| match channel {
        NotifyChannel::Sms => "Hecho: te enviaremos un SMS si algo cambia.".to_owned(),
        NotifyChannel::Whatsapp => {
            "Hecho: te escribiremos por WhatsApp si algo cambia.".to_owned()
        }
        _ => "Hecho: te enviaremos un correo si algo cambia.".to_owned(),
    },
    phone_required: "Introduce tu número de móvil",
    phone_invalid: "Introduce un número de móvil con el prefijo del país, por ejemplo +34 612 34 56 78",
    consent_required: "Marca la casilla para aceptar que te contacten sobre este pedido",
    notify_failed: "No hemos podido guardarlo ahora mismo. Vuelve a intentarlo.",

    parcels_title: |count| {
        if count > 1 {
            format!("Tus {count} paquetes")
        } else {
            "Tu paquete".to_owned()
        }
    },
    parcel_title: |index, total, carrier| {
        if total > 1 {
            format!("Paquete {index} de {total} · {carrier}")
        } else {
            format!("Paquete · {carrier}")
        }
    },
    tracking_number: |number| format!("Número de seguimiento {number}"),
    track_on_carrier: |carrier| format!("Síguelo en la web de {carrier}"),
    opens_new_tab: "(se abre en una pestaña nueva)",
    in_this_parcel: "En este paquete",
    estimated_delivery: |date| format!("Entrega estimada: {date}"),
    delivered_on: |date| format!("Entregado el {date}"),
    journey_label: "Dónde está",
    shipment_status_name: |status| match status {
        ShipmentStatus::Pending => "Preparando el paquete",
        ShipmentStatus::InfoReceived => "Etiqueta creada",
        ShipmentStatus::InTransit => "En camino",
        ShipmentStatus::OutForDelivery => "En reparto",
        ShipmentStatus::AvailableForPickup => "Listo para recoger",
        ShipmentStatus::AttemptFail => "Intento de entrega",
        ShipmentStatus::Delivered => "Entregado",
        ShipmentStatus::Exception => "Retenido",
        ShipmentStatus::Unknown => "En actualización",
    },
    updates_title: "Novedades del transportista",
    no_updates: "Todavía no hay novedades del transportista.",
    show_all_updates: |count| format!("Ver las {count} novedades"),
    show_fewer_updates: "Ver menos novedades",
    delivery_address: |address| format!("Entrega en {address}"),

    refunds_title: "Tu reembolso",
    refund_summary: |amount, method| format!("{amount} mediante {method}"),
    refund_method_name: |method| match method {
        RefundMethod::BankTransfer => "transferencia bancaria",
        RefundMethod::Card => "abono en tu tarjeta",
        RefundMethod::StoreCredit => "saldo en la tienda",
        RefundMethod::OriginalPayment => "tu método de pago original",
        RefundMethod::Unknown => "el método acordado",
    },
    refund_status_name: |status| match status {
        RefundStatus::Requested => "Solicitado",
        RefundStatus::Approved => "Aprobado",
        RefundStatus::Issued => "Enviado por nosotros",
        RefundStatus::Completed => "Recibido",
        RefundStatus::Failed => "No completado",
        RefundStatus::Unknown => "En actualización",
    },
    refund_steps_label: "Progreso del reembolso",
    refund_issued_on: |date| format!("Lo enviamos el {date}."),
    refund_expected_by: |date| format!("Debería llegarte antes del {date}."),
    refund_completed_on: |date| format!("Te llegó el {date}."),
    refund_failed:
        "No se ha podido completar el pago. Te contactaremos para acordar otra forma.",

    promotions_title: "Para tu próximo pedido",
    date_range: |from, to| format!("{from} – {to}"),
};

pub static COMPLAINTS: ComplaintMessages = ComplaintMessages {
    start_about_order: "Informar de un problema con este pedido",
    back: "Volver",

    topic_title: "¿De qué se trata?",
    topic_intro: "Elige lo que mejor encaje: te mostraremos la forma más rápida de resolverlo.",
    topic_name: |topic| match topic {
        ComplaintTopic::LateDelivery => "Mi pedido va con retraso",
        ComplaintTopic::DamagedItem => "Algo ha llegado dañado",
        ComplaintTopic::WrongItem => "He recibido un artículo equivocado",
        ComplaintTopic::MissingItem => "Falta algo",
        ComplaintTopic::RefundNotReceived => "No he recibido mi reembolso",
        ComplaintTopic::NotAsExpected => "El producto no es como se describía",
        ComplaintTopic::PoorService => "Me atendieron de malas maneras o sin ayudarme",
        ComplaintTopic::Other | ComplaintTopic::Unknown => "Otra cosa",
    },

    help_title: "Esto puede resolverlo ahora mismo",
    help_intro: "Respuestas a lo que más nos preguntan sobre esto. Si ninguna encaja, escríbenos.",
    help_loading: "Cargando respuestas…",
    help_solved: "Esto lo ha resuelto",
    help_still_write: "Aun así quiero escribiros",
    help_glad: "Nos alegra que te haya servido. Gracias por decírnoslo.",

    form_title: "Cuéntanos qué ha pasado",
    about_order: |number| format!("Sobre el pedido {number}"),
    items_legend: "¿A qué artículos se refiere?",
    items_hint: "Selecciona todos los que correspondan, o ninguno si se refiere a todo el pedido.",
    description_label: "¿Qué ha pasado?",
    description_hint: "Cuenta qué notaste y cuándo. Cuanto más sepamos, antes podremos solucionarlo.",
    characters_left: |n| if n >= 0 { format!("Quedan {n} caracteres") } else { format!("Sobran {} caracteres", -n) },
    resolution_legend: "¿Qué lo arreglaría para ti?",
    resolution_name: |r| match r {
        DesiredResolution::Refund => "Un reembolso",
        DesiredResolution::Replacement => "Un cambio por otro",
        DesiredResolution::Voucher => "Un vale de descuento",
        DesiredResolution::Repair => "Una reparación",
        DesiredResolution::Explanation => "Solo una explicación",
        DesiredResolution::Other | DesiredResolution::Unknown => "Otra cosa",
    },
    email_label: "Tu correo electrónico",
    email_hint: "Aquí te enviamos la confirmación. Con la referencia, te permite seguir tu reclamación.",
    channel_legend: "¿Cómo quieres que te respondamos?",
    channel_name: |c| match c {
        ContactChannel::Email => "Correo electrónico",
        ContactChannel::Phone => "Llamada",
        ContactChannel::Whatsapp => "WhatsApp",
        ContactChannel::Sms => "Mensaje de texto (SMS)",
        ContactChannel::Unknown => "Otra forma",
    },
    phone_label: "Número de teléfono",
    phone_hint: "Con el prefijo del país, por ejemplo +34 612 34 56 78.",
    window_label: "¿Cuándo es mejor llamarte?",
    window_name: |w| match w {
        TimeWindow::Anytime | TimeWindow::Unknown => "A cualquier hora",
        TimeWindow::Morning => "Por la mañana (9–12)",
        TimeWindow::Afternoon => "Por la tarde (12–17)",
        TimeWindow::Evening => "Al final de la tarde (17–20)",
    },
    consent_label: "Acepto que la tienda use estos datos para gestionar mi reclamación.",
    privacy_link: "Cómo usa la tienda tus datos (se abre en una pestaña nueva)",
    continue_to_check: "Continuar",
    draft_restored: "Hemos guardado lo que escribiste la última vez. Puedes seguir donde lo dejaste.",

    topic_required: "Elige de qué trata tu reclamación",
    description_required: "Cuéntanos qué ha pasado",
    description_too_short: |min| format!("Cuéntanos un poco más: al menos {min} caracteres"),
    description_too_long: |max| format!("Usa como máximo {max} caracteres"),
    resolution_required: "Elige qué lo arreglaría para ti",
    phone_required: "Introduce tu número de teléfono",
    phone_invalid: "Introduce el número de teléfono con el prefijo del país, por ejemplo +34 612 34 56 78",
    consent_required: "Marca la casilla para aceptar que la tienda use estos datos para tu reclamación",

    check_title: "Revisa tu reclamación antes de enviarla",
    check_intro: "Puedes cambiar lo que quieras antes de que llegue a la tienda.",
    change: "Cambiar",
    topic_label: "Tema",
    order_label: "Pedido",
    items_label: "Artículos",
    contact_label: "Respuesta por",
    send: "Enviar mi reclamación",
    sending: "Enviando…",
    send_failed: "Tu reclamación todavía no ha llegado a la tienda. No se ha perdido nada.",
    queued_notice: "No tienes conexión. Tu reclamación está guardada en este dispositivo y se enviará sola a la tienda en cuanto vuelvas a tener conexión (si cierras la página, la próxima vez que la abras).",
    send_retry_safe: "Puedes volver a intentarlo sin miedo: nunca se enviará dos veces.",

    done_title: "Hemos recibido tu reclamación",
    reference_label: "Tu referencia",
    copy_reference: "Copiar referencia",
    reference_copied: "Referencia copiada",
    status_name: |s| match s {
        ComplaintStatus::Received => "Recibida",
        ComplaintStatus::InProgress => "En gestión",
        ComplaintStatus::WaitingForCustomer => "Esperando tu respuesta",
        ComplaintStatus::Resolved => "Resuelta",
        ComplaintStatus::Closed => "Cerrada",
        ComplaintStatus::Unknown => "En actualización",
    },
    usually_within: |d| format!("Solemos responder en {d}, contando solo el horario de atención."),
    latest_by: |t| format!("Tendrás noticias nuestras como muy tarde {t}."),
    office_closed: |t| format!("Nuestro equipo no está disponible ahora. Volvemos {t}, y tu reclamación será la primera."),
    minutes: |n| format!("{n} minutos"),
    hours: |n| if n == 1 { "1 hora".to_owned() } else { format!("{n} horas") },
    days: |n| if n == 1 { "1 día laborable".to_owned() } else { format!("{n} días laborables") },
    what_you_sent: "Lo que has enviado",
    next_steps_title: "Qué pasa ahora",
    next_steps: |channel| {
        let by = match channel {
            ContactChannel::Phone => "por teléfono",
            ContactChannel::Whatsapp => "por WhatsApp",
            ContactChannel::Sms => "por SMS",
            ContactChannel::Email | ContactChannel::Unknown => "por correo electrónico",
        };
        format!("Una persona de nuestro equipo lee tu reclamación y te responde {by}. Si necesitamos algo más, te lo pediremos.")
    },
    keep_reference: "Guarda la referencia: con tu correo electrónico te permite seguir la reclamación aquí.",
    filed_announcement: |r| format!("Reclamación enviada. Tu referencia es {r}."),

    order_number_optional_label: "Número de pedido (opcional)",
    order_number_optional_hint: "Si se refiere a un pedido, el número del correo de confirmación, por ejemplo SP-1001.",
    order_number_too_long: "El número de pedido es demasiado largo: revisa lo que has escrito",
    photos_label: "Fotos (opcional)",
    photos_hint: "Hasta 5 fotos del problema, en JPEG, PNG o WebP. Las reducimos antes de enviarlas.",
    photos_preparing: "Preparando tus fotos…",
    photos_none: "Ninguna",
    photos_count: |n| if n == 1 { "1 foto".to_owned() } else { format!("{n} fotos") },
    photo_remove: "Quitar",
    photo_not_a_photo: |name| format!("«{name}» no es una foto que podamos aceptar: elige una imagen JPEG, PNG o WebP"),
    photo_too_large: |name| format!("«{name}» ocupa más de 25 MB: elige una foto más pequeña"),
    photo_unreadable: |name| format!("No se ha podido leer «{name}»: prueba con otra foto"),
    photos_too_many: |max| format!("Puedes añadir hasta {max} fotos: quita una para añadir otra"),

    order_complaints_title: "Tus reclamaciones sobre este pedido",
    open_failed: "No hemos podido abrir esta reclamación ahora mismo.",
    follow_this: "Seguir esta reclamación",
    follow_title: "Sigue tu reclamación",
    follow_intro: "Introduce la referencia de tu confirmación y el correo electrónico que nos diste.",
    reference_field_label: "Referencia de la reclamación",
    reference_field_hint: "Por ejemplo RC-4Q7K-2M9P.",
    follow_email_hint: "El que nos diste al escribirnos.",
    reference_required: "Introduce la referencia de la reclamación",
    find_complaint: "Ver mi reclamación",
    finding_complaint: "Buscando tu reclamación…",
    complaint_not_found: "No hemos encontrado ninguna reclamación con esa referencia y ese correo electrónico. Revisa ambos: la referencia está en tu confirmación.",
    complaint_title: |r| format!("Reclamación {r}"),
    refreshed: "Tu reclamación está al día.",
    timeline_title: "Lo que ha pasado hasta ahora",
    update_by_you: "Tú",
    update_by_shop: "Atención al cliente",
    update_by_named: |name| format!("{name}, atención al cliente"),
    channel_via: |c| match c {
        UpdateChannel::Web => "en la web",
        UpdateChannel::Email => "por correo electrónico",
        UpdateChannel::Phone => "por teléfono",
        UpdateChannel::Chat => "en el chat",
        UpdateChannel::Store => "en la tienda",
        UpdateChannel::Unknown => "",
    },
    photos_attached: |n| if n == 1 { "1 foto adjunta".to_owned() } else { format!("{n} fotos adjuntas") },
    reply_moved: |reason| format!("Hemos cambiado la hora de nuestra respuesta: {reason}"),
    add_info_title: "Añadir información",
    add_info_label: "Tu mensaje",
    add_info_hint: "Responde a nuestras preguntas o cuéntanos qué ha cambiado.",
    send_message: "Enviar mensaje",
    message_required: "Escribe tu mensaje",
    message_too_long: |max| format!("Usa como máximo {max} caracteres"),
    message_sent: "Mensaje enviado. Lo encontrarás en el historial.",
    message_failed: "Tu mensaje todavía no ha llegado a la tienda. No se ha perdido nada, y puedes volver a intentarlo sin miedo.",
    closed_notice: "Esta reclamación está cerrada. Si algo sigue sin ir bien, vuelve a escribirnos.",
    rate_legend: "¿Cómo hemos gestionado tu reclamación?",
    rate_intro: "Tu valoración ayuda a la tienda a mejorar. Puedes enviarla una vez.",
    score_name: |n| match n {
        1 => "1 – Muy insatisfecho",
        2 => "2 – Insatisfecho",
        3 => "3 – Ni una cosa ni otra",
        4 => "4 – Satisfecho",
        _ => "5 – Muy satisfecho",
    },
    comment_label: "¿Quieres añadir algo? (opcional)",
    send_rating: "Enviar valoración",
    rating_required: "Elige una valoración del 1 al 5",
    rated: |n| format!("Has valorado con un {n} de 5. Gracias."),
    rating_failed: "Tu valoración todavía no ha llegado a la tienda. Vuelve a intentarlo.",
    session_expired: "Por tu seguridad, vuelve a abrir la reclamación con su referencia y tu correo electrónico.",
};
