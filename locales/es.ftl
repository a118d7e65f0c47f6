# Sportello's words in Spanish.
# Edit this file, then run `cargo xtask i18n`: it writes src/i18n/es.rs. CONTRIBUTING.md
# explains the syntax (Project Fluent): { $name } is filled in by the widget, and a
# { $count -> [one] … *[other] … } picks the words by the browser's plural rules.

## First open: the lookup form and what every screen shares (`Messages`)

lookup-title = Sigue tu pedido
lookup-title-at = Sigue tu pedido de { $shop }
lookup-intro = Introduce tu número de pedido y el correo electrónico con el que lo hiciste.
lookup-intro-postcode = Introduce tu número de pedido y el código postal de la dirección de entrega.
order-number-label = Número de pedido
order-number-hint = Lo encontrarás en el correo de confirmación del pedido.
order-number-hint-example = Lo encontrarás en el correo de confirmación del pedido, por ejemplo { $example }.
email-label = Correo electrónico
email-hint = La dirección que usaste al hacer el pedido.
postcode-label = Código postal de entrega
postcode-hint = El código postal de la dirección a la que se envía tu pedido.
use-postcode = Usar el código postal de entrega
use-email = Usar el correo electrónico
find-order = Buscar mi pedido
searching = Buscando tu pedido…
error-summary-title = Hay un problema
order-number-required = Introduce tu número de pedido
order-number-invalid = Introduce el número de pedido tal como aparece en el correo de confirmación
order-number-prefix = Escribe el número de pedido completo, por ejemplo { $example }
email-required = Introduce tu correo electrónico
email-invalid = Introduce un correo electrónico con el formato correcto, por ejemplo nombre@example.com
postcode-required = Introduce el código postal de la dirección de entrega
field-too-long = Es demasiado largo: revisa lo que has escrito
phone-hint-national = Si es de otro país, empieza por + y su prefijo.
phone-invalid-national = Introduce el número como lo marcas; si es de otro país, empieza por + y su prefijo
error-prefix = Error:
not-found = No hemos encontrado ningún pedido con ese número y ese correo electrónico.
not-found-postcode = No hemos encontrado ningún pedido con ese número y ese código postal.
not-found-hint = Revisa el número en el correo de confirmación y usa el correo electrónico con el que hiciste el pedido.
not-found-hint-postcode = Revisa el número en el correo de confirmación y el código postal de la dirección de entrega.
network-error = No podemos conectar con la tienda. Revisa tu conexión a internet y vuelve a intentarlo.
timeout-error = La tienda está tardando demasiado en responder. Vuelve a intentarlo.
server-error = Algo ha fallado en la tienda. Vuelve a intentarlo en unos minutos.
rate-limited = Demasiados intentos en poco tiempo. Espera unos minutos y vuelve a intentarlo.
rate-limited-after =
    { $minutes ->
        [1] Demasiados intentos en poco tiempo. Vuelve a intentarlo dentro de un minuto.
       *[other] Demasiados intentos en poco tiempo. Vuelve a intentarlo dentro de { $minutes } minutos.
    }
unavailable = El sistema de la tienda no está disponible por un momento. Vuelve a intentarlo dentro de unos minutos.
unavailable-after =
    { $minutes ->
        [1] El sistema de la tienda no está disponible por un momento. Vuelve a intentarlo dentro de un minuto.
       *[other] El sistema de la tienda no está disponible por un momento. Vuelve a intentarlo dentro de { $minutes } minutos.
    }
unreadable-answer = La tienda ha enviado una respuesta que no podemos leer. Vuelve a intentarlo en unos minutos.
error-reference = Si contactas con la tienda, indica esta referencia: { $id }
label-colon = { ": " }
list-separator = { " · " }
at-time = { $day } a las { $time }
comma = { ", " }
try-again = Volver a intentarlo
status-label = Estado
order-found-announcement = Pedido { $number } encontrado.
language-label = Idioma
offline-notice = No tienes conexión. No se pierde nada de lo que has escrito: podrás volver a intentarlo cuando vuelva la conexión.
back-online = Vuelves a tener conexión.
crash-message = Lo sentimos, este panel de ayuda ha dejado de funcionar. Suele bastar con recargar la página; no es culpa de nada que hayas hecho.
reload-page = Recargar la página
loading-part = Cargando…
part-failed = Esta parte del panel de ayuda no se ha cargado. Revisa tu conexión a internet y vuelve a intentarlo.
complaint-start = ¿Algo va mal? Escríbenos
follow-start = Seguir una reclamación

## The order view, fetched with its chunk (`TrackingMessages`, ids start with tracking-)

tracking-order-title = Pedido { $number }
tracking-placed-on = Realizado el { $date }
tracking-items-title = Lo que pediste
tracking-quantity-times-price = { $quantity } × { $price }
tracking-quantity-of-item = { $quantity } × { $item }
tracking-total = Total
tracking-no-items = La tienda no ha indicado los artículos de este pedido.
tracking-look-up-another = Buscar otro pedido
tracking-needs-pickup = Tu paquete te está esperando
tracking-needs-missed = El repartidor no pudo entregar tu paquete
tracking-needs-address = El repartidor no encontró tu dirección
tracking-needs-tried = { $carrier } pasó el { $day }.
tracking-pickup-hours = Horario
tracking-pickup-until = Recógelo como tarde el { $day }.
tracking-ask-another-day = Elegir otro día de entrega
tracking-ask-address = Corregir la dirección
tracking-day-legend = ¿Qué día te viene bien?
tracking-day-submit = Pedir este día
tracking-day-required = Elige un día
tracking-address-line = Calle y número
tracking-address-postcode = Código postal
tracking-address-city = Localidad
tracking-address-note = Para el repartidor (opcional)
tracking-address-note-hint = El nombre del timbre, el piso, un código de la puerta.
tracking-address-submit = Enviar la dirección
tracking-address-line-required = Introduce la calle y el número
tracking-address-postcode-required = Introduce el código postal
tracking-address-city-required = Introduce la localidad
tracking-asked-day = Pediste la entrega el { $day }.
tracking-asked-address = Enviaste una dirección corregida.
tracking-request-done-day = Recibido: pediremos a { $carrier } que entregue el { $day }.
tracking-request-done-address = Recibido: pasaremos la dirección a { $carrier }.
tracking-request-sending = Enviando…
tracking-parcel-settled = Este paquete ya no necesita nada de ti: mira su última actualización.
tracking-status-name =
    { $status ->
        [Processing] En preparación
        [PaymentDue] Pendiente de pago
        [InTransit] En camino
        [PickupAvailable] Listo para recoger
        [Delivered] Entregado
        [Problem] Requiere atención
        [Cancelled] Cancelado
        [Returned] Devuelto
       *[Unknown] Estado en actualización
    }
tracking-status-explanation =
    { $status ->
        [Processing] Hemos recibido tu pedido y lo estamos preparando para el envío.
        [PaymentDue] Estamos esperando la confirmación de tu pago antes de enviarlo.
        [InTransit] Tu pedido ya ha salido y está en manos del transportista.
        [PickupAvailable] Tu pedido te espera en el punto de recogida.
        [Delivered] Tu pedido ha sido entregado.
        [Problem] Hay algo en este pedido que requiere atención. Lo estamos revisando.
        [Cancelled] Este pedido ha sido cancelado.
        [Returned] Tu devolución nos ha llegado.
       *[Unknown] La tienda está actualizando el estado de este pedido. Vuelve a mirar pronto.
    }
tracking-refresh = Buscar novedades
tracking-refreshing = Buscando novedades…
tracking-updated-at = Actualizado a las { $time }
tracking-refresh-failed = No hemos podido buscar novedades ahora mismo. Lo que ves sigue siendo lo último que teníamos.
tracking-link-expired = Por tu seguridad, esta vista ha caducado. Vuelve a buscar tu pedido.
tracking-estimate-changed = Nueva entrega estimada para { $parcel }: { $date }.
tracking-late-order-title = Tu pedido lleva retraso
tracking-late-parcel-title =
    { $total ->
        [1] Tu paquete lleva retraso
       *[other] El paquete { $index } de { $total } lleva retraso
    }
tracking-late-refund-title = Tu reembolso está tardando más de lo debido
tracking-delivered-late-title = Tu paquete llegó más tarde de lo prometido
tracking-others-arrived =
    { $count ->
        [one] El otro paquete ya te ha llegado.
       *[other] Otros { $count } paquetes ya te han llegado.
    }
tracking-sorry = Lo sentimos. Contabas con ello, y es nuestro trabajo mantenerte informado.
tracking-sorry-refund = Lo sentimos. Contabas con este dinero, y es nuestro trabajo mantenerte informado.
tracking-reason-explanation =
    { $reason ->
        [CarrierCapacity] El transportista tiene ahora más paquetes de los que puede gestionar, así que las entregas tardan más de lo habitual.
        [Weather] El mal tiempo ha detenido o frenado los vehículos del transportista en el trayecto.
        [Customs] Tu paquete está en revisión en la aduana. Los plazos los decide la aduana.
        [Strike] Una huelga ha detenido durante un tiempo parte de la red del transportista.
        [AddressIssue] El transportista no ha podido localizar la dirección de entrega por el camino. Pasa con direcciones nuevas o difíciles de encontrar.
        [RecipientUnavailable] El transportista pasó cuando nadie podía recibir el paquete, así que hace falta otro intento o una recogida.
        [StockShortage] Uno de tus artículos no estaba en stock cuando lo esperábamos. Es responsabilidad nuestra.
        [PaymentReview] El proveedor de pago está haciendo un control de seguridad habitual antes de que el pedido pueda salir.
        [BankProcessing] Ya hemos enviado el dinero; los bancos están tardando más de lo habitual en completar la transferencia.
        [Other] Algo fuera del calendario habitual ha retrasado las cosas.
       *[Unknown] Algo ha retrasado las cosas.
    }
tracking-cause-estimate-after-promise = El transportista prevé ahora entregarlo después de la fecha que te prometimos.
tracking-cause-promise-passed = La fecha prometida ha pasado y tu pedido aún no ha llegado.
tracking-cause-carrier-silent = El transportista no ha actualizado su seguimiento desde hace { $days } días.
tracking-cause-delivered-late = Te llegó después de la fecha prometida.
tracking-cause-refund-overdue = Ha pasado la fecha en la que tu dinero debería haber llegado.
tracking-side-label = Dónde está el retraso
tracking-side-name =
    { $side ->
        [Shop] en nosotros, la tienda
        [Carrier] en el transportista
        [Bank] en los bancos
        [Customs] en la aduana
        [Customer] la entrega necesita algo de ti
        [Other] fuera del calendario habitual
       *[Unknown] fuera del calendario habitual
    }
tracking-shop-says = En palabras de la tienda
tracking-what-we-do = Lo que estamos haciendo
tracking-default-action = Actualizaremos esta página en cuanto sepamos más.
tracking-new-estimate = Nueva fecha estimada: { $date }
tracking-estimate-passed = La última fecha estimada ya ha pasado. Te informaremos aquí en cuanto haya una nueva.
tracking-no-new-date = Todavía no hay una nueva fecha: te informaremos aquí en cuanto la tengamos.
tracking-promised-by = Te prometimos: { $date }
tracking-voucher-title = Por las molestias
tracking-voucher-percent = { $percent } % de descuento en tu próximo pedido
tracking-voucher-amount = { $amount } de descuento en tu próximo pedido
tracking-voucher-code-label = Código
tracking-voucher-expires = Válido hasta el { $date }
tracking-copy-code = Copiar código
tracking-code-copied = Código copiado
tracking-copy-failed = Aquí no se ha podido copiar: selecciona el código y cópialo tú.
tracking-notify-title = Avísame si algo cambia
tracking-notify-intro = Te escribiremos en cuanto cambie la fecha o llegue tu pedido. Nada más.
tracking-notify-intro-refund = Te escribiremos en cuanto tu reembolso avance o te llegue. Nada más.
tracking-channel-legend = ¿Cómo quieres que te avisemos?
tracking-channel-name =
    { $channel ->
        [Email] Correo electrónico (el de este pedido)
        [Sms] Mensaje de texto (SMS)
        [Whatsapp] WhatsApp
       *[Unknown] Otro
    }
tracking-phone-label = Número de móvil
tracking-phone-hint = Con el prefijo del país, por ejemplo +34 612 34 56 78.
tracking-consent-label = Acepto que me contacten sobre este pedido por el medio que he elegido.
tracking-notify-submit = Avisarme
tracking-notify-sending = Guardando…
tracking-notify-done =
    { $channel ->
        [Email] Hecho: te enviaremos un correo si algo cambia.
        [Sms] Hecho: te enviaremos un SMS si algo cambia.
        [Whatsapp] Hecho: te escribiremos por WhatsApp si algo cambia.
       *[Unknown] Hecho: te enviaremos un correo si algo cambia.
    }
tracking-notify-on =
    { $channel ->
        [Email] Ya estás suscrito: te enviaremos un correo si algo cambia.
        [Sms] Ya estás suscrito: te enviaremos un SMS si algo cambia.
        [Whatsapp] Ya estás suscrito: te escribiremos por WhatsApp si algo cambia.
       *[Unknown] Ya estás suscrito: te enviaremos un correo si algo cambia.
    }
tracking-notify-another-way = Avísame también de otra forma
tracking-phone-required = Introduce tu número de móvil
tracking-phone-invalid = Introduce un número de móvil con el prefijo del país, por ejemplo +34 612 34 56 78
tracking-consent-required = Marca la casilla para aceptar que te contacten sobre este pedido
tracking-notify-failed = No hemos podido guardarlo ahora mismo. Vuelve a intentarlo.
tracking-parcels-title =
    { $count ->
        [1] Tu paquete
       *[other] Tus { $count } paquetes
    }
tracking-parcel-title =
    { $total ->
        [1] Paquete · { $carrier }
       *[other] Paquete { $index } de { $total } · { $carrier }
    }
tracking-tracking-number = Número de seguimiento { $number }
tracking-track-on-carrier = Síguelo en la web de { $carrier }
tracking-opens-new-tab = (se abre en una pestaña nueva)
tracking-in-this-parcel = En este paquete
tracking-estimated-delivery = Entrega estimada: { $date }
tracking-delivered-on = Entregado el { $date }
tracking-journey-label = Dónde está
tracking-shipment-status-name =
    { $status ->
        [Pending] Preparando el paquete
        [InfoReceived] Etiqueta creada
        [InTransit] En camino
        [OutForDelivery] En reparto
        [AvailableForPickup] Listo para recoger
        [AttemptFail] Intento de entrega
        [Delivered] Entregado
        [Exception] Retenido
       *[Unknown] En actualización
    }
tracking-updates-title = Novedades del transportista
tracking-no-updates = Todavía no hay novedades del transportista.
tracking-show-all-updates = Ver las { $count } novedades
tracking-show-fewer-updates = Ver menos novedades
tracking-delivery-address = Entrega en { $address }
tracking-refunds-title = Tu reembolso
tracking-refund-summary = { $amount } mediante { $method }
tracking-refund-method-name =
    { $method ->
        [BankTransfer] transferencia bancaria
        [Card] abono en tu tarjeta
        [StoreCredit] saldo en la tienda
        [OriginalPayment] tu método de pago original
       *[Unknown] el método acordado
    }
tracking-refund-status-name =
    { $status ->
        [Requested] Solicitado
        [Approved] Aprobado
        [Issued] Enviado por nosotros
        [Completed] Recibido
        [Failed] No completado
       *[Unknown] En actualización
    }
tracking-refund-steps-label = Progreso del reembolso
tracking-refund-issued-on = Lo enviamos el { $date }.
tracking-refund-expected-by = Debería llegarte antes del { $date }.
tracking-refund-completed-on = Te llegó el { $date }.
tracking-refund-failed = No se ha podido completar el pago. Te contactaremos para acordar otra forma.
tracking-promotions-title = Para tu próximo pedido
tracking-date-range = { $from } – { $to }

## Complaints and their follow-up, fetched with their chunk (`ComplaintMessages`, ids start with complaints-)

complaints-start-about-order = Informar de un problema con este pedido
complaints-back = Volver
complaints-topic-title = ¿De qué se trata?
complaints-topic-intro = Elige lo que mejor encaje: te mostraremos la forma más rápida de resolverlo.
complaints-topic-name =
    { $topic ->
        [LateDelivery] Mi pedido va con retraso
        [DamagedItem] Algo ha llegado dañado
        [WrongItem] He recibido un artículo equivocado
        [MissingItem] Falta algo
        [RefundNotReceived] No he recibido mi reembolso
        [NotAsExpected] El producto no es como se describía
        [PoorService] Me atendieron de malas maneras o sin ayudarme
        [Other] Otra cosa
       *[Unknown] Otra cosa
    }
complaints-help-title = Esto puede resolverlo ahora mismo
complaints-help-intro = Respuestas a lo que más nos preguntan sobre esto. Si ninguna encaja, escríbenos.
complaints-help-loading = Cargando respuestas…
complaints-help-solved = Esto lo ha resuelto
complaints-help-still-write = Aun así quiero escribiros
complaints-help-glad = Nos alegra que te haya servido. Gracias por decírnoslo.
complaints-form-title = Cuéntanos qué ha pasado
complaints-about-order = Sobre el pedido { $number }
complaints-items-legend = ¿A qué artículos se refiere?
complaints-items-hint = Selecciona todos los que correspondan, o ninguno si se refiere a todo el pedido.
complaints-description-label = ¿Qué ha pasado?
complaints-description-hint = Cuenta qué notaste y cuándo. Cuanto más sepamos, antes podremos solucionarlo.
complaints-characters-left =
    { $count ->
        [one] Queda { $count } carácter
       *[other] Quedan { $count } caracteres
    }
complaints-characters-too-many =
    { $count ->
        [one] Sobra { $count } carácter
       *[other] Sobran { $count } caracteres
    }
complaints-resolution-legend = ¿Qué lo arreglaría para ti?
complaints-resolution-name =
    { $resolution ->
        [Refund] Un reembolso
        [Replacement] Un cambio por otro
        [Voucher] Un vale de descuento
        [Repair] Una reparación
        [Explanation] Solo una explicación
        [Other] Otra cosa
       *[Unknown] Otra cosa
    }
complaints-email-label = Tu correo electrónico
complaints-email-hint = Aquí te enviamos la confirmación. Con la referencia, te permite seguir tu reclamación.
complaints-channel-legend = ¿Cómo quieres que te respondamos?
complaints-channel-name =
    { $channel ->
        [Email] Correo electrónico
        [Phone] Llamada
        [Whatsapp] WhatsApp
        [Sms] Mensaje de texto (SMS)
       *[Unknown] Otra forma
    }
complaints-phone-label = Número de teléfono
complaints-phone-hint = Con el prefijo del país, por ejemplo +34 612 34 56 78.
complaints-window-label = ¿Cuándo es mejor llamarte?
complaints-window-name =
    { $window ->
        [Anytime] A cualquier hora
        [Morning] Por la mañana (9–12)
        [Afternoon] Por la tarde (12–17)
        [Evening] Al final de la tarde (17–20)
       *[Unknown] A cualquier hora
    }
complaints-consent-label = Acepto que la tienda use estos datos para gestionar mi reclamación.
complaints-privacy-link = Cómo usa la tienda tus datos (se abre en una pestaña nueva)
complaints-continue-to-check = Continuar
complaints-draft-restored = Hemos guardado lo que escribiste la última vez. Puedes seguir donde lo dejaste.
complaints-start-over = Empezar de nuevo
complaints-topic-required = Elige de qué trata tu reclamación
complaints-description-required = Cuéntanos qué ha pasado
complaints-description-too-short = Cuéntanos un poco más: al menos { $min } caracteres
complaints-description-too-long = Usa como máximo { $max } caracteres
complaints-resolution-required = Elige qué lo arreglaría para ti
complaints-phone-required = Introduce tu número de teléfono
complaints-phone-invalid = Introduce el número de teléfono con el prefijo del país, por ejemplo +34 612 34 56 78
complaints-consent-required = Marca la casilla para aceptar que la tienda use estos datos para tu reclamación
complaints-check-title = Revisa tu reclamación antes de enviarla
complaints-check-intro = Puedes cambiar lo que quieras antes de que llegue a la tienda.
complaints-change = Cambiar
complaints-topic-label = Tema
complaints-order-label = Pedido
complaints-items-label = Artículos
complaints-contact-label = Respuesta por
complaints-send = Enviar mi reclamación
complaints-sending = Enviando…
complaints-send-failed = Tu reclamación todavía no ha llegado a la tienda. No se ha perdido nada.
complaints-send-unconfirmed = No hemos podido confirmar que tu reclamación haya llegado a la tienda. No se ha perdido nada de lo que escribiste.
complaints-queued-notice = No tienes conexión. Tu reclamación está guardada en este dispositivo y se enviará sola a la tienda en cuanto vuelvas a tener conexión (si cierras la página, la próxima vez que la abras).
complaints-send-retry-safe = Puedes volver a intentarlo sin miedo: nunca se enviará dos veces.
complaints-topic-suggested = Sugerido para este pedido
complaints-reconfirm-title = Confirma de nuevo tu pedido
complaints-reconfirm-intro = El enlace a tu pedido caducó mientras esta página estaba abierta, así que la tienda todavía no ha podido aceptar tu reclamación. Escribe el correo electrónico con el que hiciste el pedido y la enviaremos tal cual: no se ha perdido nada de lo que escribiste.
complaints-reconfirm-send = Confirmar y enviar
complaints-done-title = Hemos recibido tu reclamación
complaints-reference-label = Tu referencia
complaints-copy-reference = Copiar referencia
complaints-reference-copied = Referencia copiada
complaints-status-name =
    { $status ->
        [Received] Recibida
        [InProgress] En gestión
        [WaitingForCustomer] Esperando tu respuesta
        [Resolved] Resuelta
        [Closed] Cerrada
       *[Unknown] En actualización
    }
complaints-usually-within = Solemos responder en { $duration }, contando solo el horario de atención.
complaints-latest-by = Tendrás noticias nuestras como muy tarde { $time }.
complaints-office-closed = Nuestro equipo no está disponible ahora. Volvemos { $time }, y tu reclamación será la primera.
complaints-minutes = { $count } minutos
complaints-hours =
    { $count ->
        [one] { $count } hora
       *[other] { $count } horas
    }
complaints-days =
    { $count ->
        [one] { $count } día laborable
       *[other] { $count } días laborables
    }
complaints-what-you-sent = Lo que has enviado
complaints-next-steps-title = Qué pasa ahora
complaints-next-steps =
    Una persona de nuestro equipo lee tu reclamación y te responde { $channel ->
        [Phone] por teléfono
        [Whatsapp] por WhatsApp
        [Sms] por SMS
       *[Email] por correo electrónico
    }. Si necesitamos algo más, te lo pediremos.
complaints-keep-reference = Guarda la referencia: con tu correo electrónico te permite seguir la reclamación aquí.
complaints-filed-announcement = Reclamación enviada. Tu referencia es { $reference }.
complaints-order-number-optional-label = Número de pedido (opcional)
complaints-order-number-optional-hint = Si se refiere a un pedido, el número del correo de confirmación.
complaints-order-number-optional-hint-example = Si se refiere a un pedido, el número del correo de confirmación, por ejemplo { $example }.
complaints-order-number-too-long = El número de pedido es demasiado largo: revisa lo que has escrito
complaints-photos-label = Fotos (opcional)
complaints-photos-hint = Hasta 5 fotos del problema, en JPEG, PNG o WebP. Las reducimos antes de enviarlas.
complaints-photos-preparing = Preparando tus fotos…
complaints-photos-none = Ninguna
complaints-photos-count =
    { $count ->
        [one] { $count } foto
       *[other] { $count } fotos
    }
complaints-photo-remove = Quitar
complaints-photo-not-a-photo = «{ $name }» no es una foto que podamos aceptar: elige una imagen JPEG, PNG o WebP
complaints-photo-too-large = «{ $name }» ocupa más de 25 MB: elige una foto más pequeña
complaints-photo-unreadable = No se ha podido leer «{ $name }»: prueba con otra foto
complaints-photos-too-many = Puedes añadir hasta { $max } fotos: quita una para añadir otra
complaints-order-complaints-title = Tus reclamaciones sobre este pedido
complaints-open-failed = No hemos podido abrir esta reclamación ahora mismo.
complaints-follow-this = Seguir esta reclamación
complaints-follow-title = Sigue tu reclamación
complaints-follow-intro = Introduce la referencia de tu confirmación y el correo electrónico que nos diste.
complaints-reference-field-label = Referencia de la reclamación
complaints-reference-field-hint = Por ejemplo RC-4Q7K-2M9P.
complaints-follow-email-hint = El que nos diste al escribirnos.
complaints-reference-required = Introduce la referencia de la reclamación
complaints-find-complaint = Ver mi reclamación
complaints-finding-complaint = Buscando tu reclamación…
complaints-complaint-not-found = No hemos encontrado ninguna reclamación con esa referencia y ese correo electrónico. Revisa ambos: la referencia está en tu confirmación.
complaints-complaint-title = Reclamación { $reference }
complaints-refreshed = Tu reclamación está al día.
complaints-timeline-title = Lo que ha pasado hasta ahora
complaints-update-by-you = Tú
complaints-update-by-shop = Atención al cliente
complaints-update-by-named = { $name }, atención al cliente
complaints-channel-via =
    { $channel ->
        [Web] en la web
        [Email] por correo electrónico
        [Phone] por teléfono
        [Chat] en el chat
        [Store] en la tienda
       *[Unknown] { "" }
    }
complaints-photos-attached =
    { $count ->
        [one] { $count } foto adjunta
       *[other] { $count } fotos adjuntas
    }
complaints-reply-moved = Hemos cambiado la hora de nuestra respuesta: { $reason }
complaints-add-info-title = Añadir información
complaints-add-info-label = Tu mensaje
complaints-add-info-hint = Responde a nuestras preguntas o cuéntanos qué ha cambiado.
complaints-send-message = Enviar mensaje
complaints-message-required = Escribe tu mensaje
complaints-message-too-long = Usa como máximo { $max } caracteres
complaints-message-sent = Mensaje enviado. Lo encontrarás en el historial.
complaints-message-failed = Tu mensaje todavía no ha llegado a la tienda. No se ha perdido nada, y puedes volver a intentarlo sin miedo.
complaints-message-unconfirmed = No hemos podido confirmar que tu mensaje haya llegado a la tienda. No se ha perdido nada de lo que escribiste, y puedes volver a intentarlo sin miedo: nunca se añadirá dos veces.
complaints-closed-notice = Esta reclamación está cerrada. Si algo sigue sin ir bien, vuelve a escribirnos.
complaints-write-again = Vuelve a escribirnos
complaints-message-not-added = La tienda resolvió esta reclamación mientras escribías, así que tu mensaje no se ha añadido. Esto es lo que escribiste:
complaints-rate-legend = ¿Cómo hemos gestionado tu reclamación?
complaints-rate-intro = Tu valoración ayuda a la tienda a mejorar. Puedes enviarla una vez.
complaints-score-name =
    { $score ->
        [1] 1 – Muy insatisfecho
        [2] 2 – Insatisfecho
        [3] 3 – Ni una cosa ni otra
        [4] 4 – Satisfecho
       *[5] 5 – Muy satisfecho
    }
complaints-comment-label = ¿Quieres añadir algo? (opcional)
complaints-send-rating = Enviar valoración
complaints-rating-required = Elige una valoración del 1 al 5
complaints-rated = Has valorado con un { $score } de 5. Gracias.
complaints-rating-failed = Tu valoración todavía no ha llegado a la tienda. Vuelve a intentarlo.
complaints-rating-not-recorded = Tu valoración no se ha guardado: esta reclamación ya estaba valorada, quizá en otra pestaña.
complaints-session-expired = Por tu seguridad, vuelve a abrir la reclamación con su referencia y tu correo electrónico.
