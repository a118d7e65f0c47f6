# Sportello's words in French.
# Edit this file, then run `cargo xtask i18n`: it writes src/i18n/fr.rs. CONTRIBUTING.md
# explains the syntax (Project Fluent): { $name } is filled in by the widget, and a
# { $count -> [one] … *[other] … } picks the words by the browser's plural rules.

## First open: the lookup form and what every screen shares (`Messages`)

lookup-title = Suivre votre commande
lookup-title-at = Suivre votre commande chez { $shop }
lookup-intro = Saisissez votre numéro de commande et l’adresse e-mail utilisée pour commander.
lookup-intro-postcode = Saisissez votre numéro de commande et le code postal de l’adresse de livraison.
order-number-label = Numéro de commande
order-number-hint = Vous le trouverez dans l’e-mail de confirmation de votre commande.
order-number-hint-example = Vous le trouverez dans l’e-mail de confirmation de votre commande, par exemple { $example }.
email-label = Adresse e-mail
email-hint = L’adresse utilisée lors de votre commande.
postcode-label = Code postal de livraison
postcode-hint = Le code postal de l’adresse où votre commande est envoyée.
use-postcode = Utiliser plutôt le code postal de livraison
use-email = Utiliser plutôt l’adresse e-mail
find-order = Trouver ma commande
searching = Recherche de votre commande…
error-summary-title = Il y a un problème
order-number-required = Saisissez votre numéro de commande
order-number-invalid = Saisissez le numéro de commande tel qu’il figure dans votre e-mail de confirmation
order-number-prefix = Saisissez le numéro de commande complet, par exemple { $example }
email-required = Saisissez votre adresse e-mail
email-invalid = Saisissez une adresse e-mail au bon format, par exemple nom@example.com
postcode-required = Saisissez le code postal de l’adresse de livraison
field-too-long = C’est trop long : vérifiez ce que vous avez saisi
phone-hint-national = Depuis un autre pays, commencez par + et l’indicatif.
phone-invalid-national = Saisissez le numéro tel que vous le composez ; depuis un autre pays, commencez par + et l’indicatif
error-prefix = Erreur :
not-found = Nous n’avons trouvé aucune commande avec ce numéro et cette adresse e-mail.
not-found-postcode = Nous n’avons trouvé aucune commande avec ce numéro et ce code postal.
not-found-hint = Vérifiez le numéro dans votre e-mail de confirmation et utilisez l’adresse e-mail de votre commande.
not-found-hint-postcode = Vérifiez le numéro dans votre e-mail de confirmation et le code postal de l’adresse de livraison.
network-error = Impossible de joindre la boutique. Vérifiez votre connexion internet et réessayez.
timeout-error = La boutique met trop de temps à répondre. Veuillez réessayer.
server-error = Un problème est survenu du côté de la boutique. Veuillez réessayer dans quelques minutes.
rate-limited = Trop de tentatives en peu de temps. Patientez quelques minutes, puis réessayez.
rate-limited-after =
    { $minutes ->
        [1] Trop de tentatives en peu de temps. Réessayez dans une minute.
       *[other] Trop de tentatives en peu de temps. Réessayez dans { $minutes } minutes.
    }
unavailable = Le système de la boutique est momentanément indisponible. Réessayez dans quelques minutes.
unavailable-after =
    { $minutes ->
        [1] Le système de la boutique est momentanément indisponible. Réessayez dans une minute.
       *[other] Le système de la boutique est momentanément indisponible. Réessayez dans { $minutes } minutes.
    }
unreadable-answer = La boutique a envoyé une réponse que nous ne pouvons pas lire. Veuillez réessayer dans quelques minutes.
error-reference = Si vous contactez la boutique, indiquez cette référence : { $id }
label-colon = { "\u00A0: " }
list-separator = { " · " }
at-time = { $day } à { $time }
comma = { ", " }
try-again = Réessayer
status-label = Statut
order-found-announcement = Commande { $number } trouvée.
language-label = Langue
offline-notice = Vous êtes hors ligne. Rien de ce que vous avez saisi n’est perdu : vous pourrez réessayer dès le retour de la connexion.
back-online = Vous êtes de nouveau en ligne.
crash-message = Désolés, ce panneau d’aide a cessé de fonctionner. Recharger la page suffit généralement ; vous n’y êtes pour rien.
reload-page = Recharger la page
loading-part = Chargement…
part-failed = Cette partie du panneau d’aide ne s’est pas chargée. Vérifiez votre connexion internet, puis réessayez.
complaint-start = Un problème ? Écrivez-nous
follow-start = Suivre une réclamation

## The order view, fetched with its chunk (`TrackingMessages`, ids start with tracking-)

tracking-order-title = Commande { $number }
tracking-placed-on = Passée le { $date }
tracking-items-title = Ce que vous avez commandé
tracking-quantity-times-price = { $quantity } × { $price }
tracking-quantity-of-item = { $quantity } × { $item }
tracking-total = Total
tracking-no-items = La boutique n’a pas indiqué les articles de cette commande.
tracking-look-up-another = Rechercher une autre commande
tracking-needs-pickup = Votre colis vous attend
tracking-needs-missed = Le livreur n’a pas pu livrer votre colis
tracking-needs-address = Le livreur n’a pas trouvé votre adresse
tracking-needs-tried = { $carrier } est passé le { $day }.
tracking-pickup-hours = Horaires d’ouverture
tracking-pickup-until = Retirez-le au plus tard le { $day }.
tracking-ask-another-day = Choisir un autre jour de livraison
tracking-ask-address = Corriger l’adresse
tracking-day-legend = Quel jour vous convient ?
tracking-day-submit = Demander ce jour
tracking-day-required = Choisissez un jour
tracking-address-line = Rue et numéro
tracking-address-postcode = Code postal
tracking-address-city = Ville
tracking-address-note = Pour le livreur (facultatif)
tracking-address-note-hint = Le nom sur l’interphone, l’étage, un code de portail.
tracking-address-submit = Envoyer l’adresse
tracking-address-line-required = Saisissez la rue et le numéro
tracking-address-postcode-required = Saisissez le code postal
tracking-address-city-required = Saisissez la ville
tracking-asked-day = Vous avez demandé une livraison le { $day }.
tracking-asked-address = Vous avez envoyé une adresse corrigée.
tracking-request-done-day = Reçu : nous demanderons à { $carrier } de livrer le { $day }.
tracking-request-done-address = Reçu : nous transmettrons l’adresse à { $carrier }.
tracking-request-sending = Envoi…
tracking-parcel-settled = Ce colis n’a plus besoin de vous : voyez sa dernière mise à jour.
tracking-status-name =
    { $status ->
        [Processing] En préparation
        [PaymentDue] En attente de paiement
        [InTransit] En route
        [PickupAvailable] Prête à être retirée
        [Delivered] Livrée
        [Problem] Demande une attention
        [Cancelled] Annulée
        [Returned] Retournée
       *[Unknown] Statut en cours de mise à jour
    }
tracking-status-explanation =
    { $status ->
        [Processing] Nous avons bien reçu votre commande et la préparons pour l’expédition.
        [PaymentDue] Nous attendons la confirmation de votre paiement avant d’expédier.
        [InTransit] Votre commande est partie de chez nous et se trouve chez le transporteur.
        [PickupAvailable] Votre commande vous attend au point de retrait.
        [Delivered] Votre commande a été livrée.
        [Problem] Un point de cette commande demande notre attention. Nous nous en occupons.
        [Cancelled] Cette commande a été annulée.
        [Returned] Votre retour nous est bien parvenu.
       *[Unknown] La boutique met à jour le statut de cette commande. Revenez bientôt.
    }
tracking-refresh = Vérifier les nouveautés
tracking-refreshing = Vérification des nouveautés…
tracking-updated-at = Mis à jour à { $time }
tracking-refresh-failed = Nous n’avons pas pu vérifier les nouveautés pour l’instant. Ce que vous voyez est la dernière information dont nous disposions.
tracking-link-expired = Pour votre sécurité, cet affichage a expiré. Veuillez rechercher à nouveau votre commande.
tracking-estimate-changed = Nouvelle livraison estimée pour { $parcel } : { $date }.
tracking-late-order-title = Votre commande a du retard
tracking-late-parcel-title =
    { $total ->
        [1] Votre colis a du retard
       *[other] Le colis { $index } sur { $total } a du retard
    }
tracking-late-refund-title = Votre remboursement prend plus de temps que prévu
tracking-delivered-late-title = Votre colis est arrivé plus tard que promis
tracking-others-arrived =
    { $count ->
        [one] L’autre colis vous est déjà parvenu.
       *[other] { $count } autres colis vous sont déjà parvenus.
    }
tracking-sorry = Nous en sommes désolés. Vous comptiez dessus, et c’est à nous de vous tenir informé.
tracking-sorry-refund = Nous en sommes désolés. Vous comptiez sur cet argent, et c’est à nous de vous tenir informé.
tracking-reason-explanation =
    { $reason ->
        [CarrierCapacity] Le transporteur a en ce moment plus de colis qu’il ne peut en traiter, les livraisons prennent donc plus de temps que d’habitude.
        [Weather] Le mauvais temps a arrêté ou ralenti les véhicules du transporteur sur le trajet.
        [Customs] Votre colis est contrôlé par la douane. C’est elle qui décide de la durée.
        [Strike] Une grève a arrêté pour un temps une partie du réseau du transporteur.
        [AddressIssue] Le transporteur n’a pas pu localiser l’adresse de livraison en chemin. Cela arrive avec les adresses nouvelles ou difficiles à trouver.
        [RecipientUnavailable] Le transporteur est passé quand personne ne pouvait recevoir le colis : il faut un nouveau passage ou un retrait.
        [StockShortage] L’un de vos articles n’était pas en stock comme prévu. C’est de notre fait.
        [PaymentReview] Le prestataire de paiement effectue un contrôle de sécurité habituel avant l’expédition de la commande.
        [BankProcessing] Nous avons envoyé l’argent ; les banques mettent plus de temps que d’habitude à finaliser le virement.
        [Other] Un imprévu en dehors du calendrier habituel a retardé les choses.
       *[Unknown] Quelque chose a retardé les choses.
    }
tracking-cause-estimate-after-promise = Le transporteur prévoit désormais de livrer après la date que nous vous avions promise.
tracking-cause-promise-passed = La date promise est passée et votre commande n’est pas encore arrivée.
tracking-cause-carrier-silent = Le transporteur n’a pas mis à jour son suivi depuis { $days } jours.
tracking-cause-delivered-late = Il vous est parvenu après la date promise.
tracking-cause-refund-overdue = La date à laquelle votre argent aurait dû arriver est passée.
tracking-side-label = Où se situe le blocage
tracking-side-name =
    { $side ->
        [Shop] chez nous, la boutique
        [Carrier] chez le transporteur
        [Bank] chez les banques
        [Customs] à la douane
        [Customer] la livraison a besoin de quelque chose de votre part
        [Other] en dehors du calendrier habituel
       *[Unknown] en dehors du calendrier habituel
    }
tracking-shop-says = Selon la boutique
tracking-what-we-do = Ce que nous faisons
tracking-default-action = Nous mettrons cette page à jour dès que nous en saurons plus.
tracking-new-estimate = Nouvelle date estimée : { $date }
tracking-estimate-passed = La dernière date estimée est dépassée. Nous vous tiendrons informé ici dès qu’il y en aura une nouvelle.
tracking-no-new-date = Pas encore de nouvelle date : nous vous tiendrons informé ici dès que nous en aurons une.
tracking-promised-by = Nous avions promis : { $date }
tracking-voucher-title = Pour le désagrément
tracking-voucher-percent = { $percent } % de réduction sur votre prochaine commande
tracking-voucher-amount = { $amount } de réduction sur votre prochaine commande
tracking-voucher-code-label = Code
tracking-voucher-expires = Valable jusqu’au { $date }
tracking-copy-code = Copier le code
tracking-code-copied = Code copié
tracking-copy-failed = La copie n’a pas fonctionné ici : sélectionnez le code et copiez-le vous-même.
tracking-notify-title = Prévenez-moi en cas de changement
tracking-notify-intro = Nous vous écrirons dès que la date change ou que votre commande arrive. Rien d’autre.
tracking-notify-intro-refund = Nous vous écrirons dès que votre remboursement avance ou vous parvient. Rien d’autre.
tracking-channel-legend = Comment souhaitez-vous être prévenu ?
tracking-channel-name =
    { $channel ->
        [Email] E-mail (l’adresse de cette commande)
        [Sms] SMS
        [Whatsapp] WhatsApp
       *[Unknown] Autre
    }
tracking-phone-label = Numéro de mobile
tracking-phone-hint = Avec l’indicatif du pays, par exemple +33 6 12 34 56 78.
tracking-consent-label = J’accepte d’être contacté au sujet de cette commande par le moyen choisi.
tracking-notify-submit = Me prévenir
tracking-notify-sending = Enregistrement…
tracking-notify-done =
    { $channel ->
        [Email] C’est fait : nous vous enverrons un e-mail en cas de changement.
        [Sms] C’est fait : nous vous enverrons un SMS en cas de changement.
        [Whatsapp] C’est fait : nous vous écrirons sur WhatsApp en cas de changement.
       *[Unknown] C’est fait : nous vous enverrons un e-mail en cas de changement.
    }
tracking-notify-on =
    { $channel ->
        [Email] Vous êtes inscrit : nous vous enverrons un e-mail en cas de changement.
        [Sms] Vous êtes inscrit : nous vous enverrons un SMS en cas de changement.
        [Whatsapp] Vous êtes inscrit : nous vous écrirons sur WhatsApp en cas de changement.
       *[Unknown] Vous êtes inscrit : nous vous enverrons un e-mail en cas de changement.
    }
tracking-notify-another-way = Me prévenir aussi autrement
tracking-phone-required = Saisissez votre numéro de mobile
tracking-phone-invalid = Saisissez un numéro de mobile avec l’indicatif du pays, par exemple +33 6 12 34 56 78
tracking-consent-required = Cochez la case pour accepter d’être contacté au sujet de cette commande
tracking-notify-failed = Nous n’avons pas pu enregistrer cela pour l’instant. Veuillez réessayer.
tracking-parcels-title =
    { $count ->
        [1] Votre colis
       *[other] Vos { $count } colis
    }
tracking-parcel-title =
    { $total ->
        [1] Colis · { $carrier }
       *[other] Colis { $index } sur { $total } · { $carrier }
    }
tracking-tracking-number = Numéro de suivi { $number }
tracking-track-on-carrier = Le suivre sur le site de { $carrier }
tracking-opens-new-tab = (s’ouvre dans un nouvel onglet)
tracking-in-this-parcel = Dans ce colis
tracking-estimated-delivery = Livraison estimée : { $date }
tracking-delivered-on = Livré le { $date }
tracking-journey-label = Où il se trouve
tracking-shipment-status-name =
    { $status ->
        [Pending] En cours d’emballage
        [InfoReceived] Étiquette créée
        [InTransit] En route
        [OutForDelivery] En cours de livraison
        [AvailableForPickup] Prêt à être retiré
        [AttemptFail] Tentative de livraison
        [Delivered] Livré
        [Exception] Retenu
       *[Unknown] En cours de mise à jour
    }
tracking-updates-title = Informations du transporteur
tracking-no-updates = Pas encore d’information du transporteur.
tracking-show-all-updates = Afficher les { $count } informations
tracking-show-fewer-updates = Afficher moins d’informations
tracking-delivery-address = Livraison à { $address }
tracking-refunds-title = Votre remboursement
tracking-refund-summary = { $amount } par { $method }
tracking-refund-method-name =
    { $method ->
        [BankTransfer] virement bancaire
        [Card] remboursement sur votre carte
        [StoreCredit] avoir en boutique
        [OriginalPayment] votre moyen de paiement d’origine
       *[Unknown] le moyen convenu
    }
tracking-refund-status-name =
    { $status ->
        [Requested] Demandé
        [Approved] Accepté
        [Issued] Envoyé par nous
        [Completed] Reçu
        [Failed] Non abouti
       *[Unknown] En cours de mise à jour
    }
tracking-refund-steps-label = Avancement du remboursement
tracking-refund-issued-on = Nous l’avons envoyé le { $date }.
tracking-refund-expected-by = Il devrait vous parvenir d’ici le { $date }.
tracking-refund-completed-on = Il vous est parvenu le { $date }.
tracking-refund-failed = Le paiement n’a pas pu aboutir. Nous vous contacterons pour convenir d’un autre moyen.
tracking-promotions-title = Pour votre prochaine commande
tracking-date-range = { $from } – { $to }

## Complaints and their follow-up, fetched with their chunk (`ComplaintMessages`, ids start with complaints-)

complaints-start-about-order = Signaler un problème avec cette commande
complaints-back = Retour
complaints-topic-title = De quoi s’agit-il ?
complaints-topic-intro = Choisissez ce qui correspond le mieux : nous vous montrerons le moyen le plus rapide de régler cela.
complaints-topic-name =
    { $topic ->
        [LateDelivery] Ma commande est en retard
        [DamagedItem] Un article est arrivé endommagé
        [WrongItem] J’ai reçu le mauvais article
        [MissingItem] Il manque quelque chose
        [RefundNotReceived] Je n’ai pas reçu mon remboursement
        [NotAsExpected] Le produit ne correspond pas à la description
        [PoorService] J’ai été mal reçu ou mal aidé
        [Other] Autre chose
       *[Unknown] Autre chose
    }
complaints-help-title = Ceci peut régler le problème tout de suite
complaints-help-intro = Les réponses aux questions les plus fréquentes sur ce sujet. Si aucune ne convient, écrivez-nous.
complaints-help-loading = Chargement des réponses…
complaints-help-solved = Cela a réglé le problème
complaints-help-still-write = Je veux quand même vous écrire
complaints-help-glad = Ravis que cela vous ait aidé. Merci de nous l’avoir dit.
complaints-form-title = Dites-nous ce qui s’est passé
complaints-about-order = À propos de la commande { $number }
complaints-items-legend = Quels articles sont concernés ?
complaints-items-hint = Sélectionnez tous ceux qui s’appliquent, ou aucun s’il s’agit de toute la commande.
complaints-description-label = Que s’est-il passé ?
complaints-description-hint = Dites ce que vous avez constaté et quand. Plus nous en savons, plus vite nous pouvons régler cela.
complaints-characters-left =
    { $count ->
        [one] { $count } caractère restant
       *[other] { $count } caractères restants
    }
complaints-characters-too-many =
    { $count ->
        [one] { $count } caractère en trop
       *[other] { $count } caractères en trop
    }
complaints-resolution-legend = Qu’est-ce qui arrangerait les choses pour vous ?
complaints-resolution-name =
    { $resolution ->
        [Refund] Un remboursement
        [Replacement] Un remplacement
        [Voucher] Un bon d’achat
        [Repair] Une réparation
        [Explanation] Juste une explication
        [Other] Autre chose
       *[Unknown] Autre chose
    }
complaints-email-label = Votre adresse e-mail
complaints-email-hint = Nous y envoyons la confirmation. Avec la référence, elle vous permet de suivre votre réclamation.
complaints-channel-legend = Comment souhaitez-vous que nous vous répondions ?
complaints-channel-name =
    { $channel ->
        [Email] E-mail
        [Phone] Appel téléphonique
        [Whatsapp] WhatsApp
        [Sms] SMS
       *[Unknown] Autre moyen
    }
complaints-phone-label = Numéro de téléphone
complaints-phone-hint = Avec l’indicatif du pays, par exemple +33 6 12 34 56 78.
complaints-window-label = Quand pouvons-nous vous joindre ?
complaints-window-name =
    { $window ->
        [Anytime] À tout moment
        [Morning] Le matin (9 h – 12 h)
        [Afternoon] L’après-midi (12 h – 17 h)
        [Evening] Le soir (17 h – 20 h)
       *[Unknown] À tout moment
    }
complaints-consent-label = J’accepte que la boutique utilise ces informations pour traiter ma réclamation.
complaints-privacy-link = Comment la boutique utilise vos données (s’ouvre dans un nouvel onglet)
complaints-continue-to-check = Continuer
complaints-draft-restored = Nous avons gardé ce que vous aviez écrit la dernière fois. Vous pouvez reprendre où vous en étiez.
complaints-start-over = Recommencer
complaints-topic-required = Choisissez le sujet de votre réclamation
complaints-description-required = Dites-nous ce qui s’est passé
complaints-description-too-short = Dites-nous-en un peu plus : au moins { $min } caractères
complaints-description-too-long = Restez sous { $max } caractères
complaints-resolution-required = Choisissez ce qui arrangerait les choses pour vous
complaints-phone-required = Saisissez votre numéro de téléphone
complaints-phone-invalid = Saisissez le numéro de téléphone avec l’indicatif du pays, par exemple +33 6 12 34 56 78
complaints-consent-required = Cochez la case pour accepter que la boutique utilise ces informations pour votre réclamation
complaints-check-title = Vérifiez votre réclamation avant de l’envoyer
complaints-check-intro = Vous pouvez modifier ce que vous voulez avant qu’elle parte à la boutique.
complaints-change = Modifier
complaints-topic-label = Sujet
complaints-order-label = Commande
complaints-items-label = Articles
complaints-contact-label = Réponse par
complaints-send = Envoyer ma réclamation
complaints-sending = Envoi…
complaints-send-failed = Votre réclamation n’est pas encore parvenue à la boutique. Rien n’est perdu.
complaints-send-unconfirmed = Nous n’avons pas pu confirmer que votre réclamation est parvenue à la boutique. Rien de ce que vous avez écrit n’est perdu.
complaints-queued-notice = Vous êtes hors ligne. Votre réclamation est enregistrée sur cet appareil et partira d’elle-même à la boutique dès votre retour en ligne (si vous fermez la page, à sa prochaine ouverture).
complaints-send-retry-safe = Vous pouvez réessayer sans risque : elle ne sera jamais envoyée deux fois.
complaints-topic-suggested = Suggéré pour cette commande
complaints-reconfirm-title = Veuillez confirmer à nouveau votre commande
complaints-reconfirm-intro = Le lien vers votre commande a expiré pendant que cette page était ouverte : la boutique n’a donc pas encore pu accepter votre réclamation. Saisissez l’adresse e-mail de votre commande et nous l’enverrons telle quelle : rien de ce que vous avez écrit n’est perdu.
complaints-reconfirm-send = Confirmer et envoyer
complaints-done-title = Nous avons bien reçu votre réclamation
complaints-reference-label = Votre référence
complaints-copy-reference = Copier la référence
complaints-reference-copied = Référence copiée
complaints-status-name =
    { $status ->
        [Received] Reçue
        [InProgress] En cours de traitement
        [WaitingForCustomer] En attente de votre réponse
        [Resolved] Résolue
        [Closed] Clôturée
       *[Unknown] En cours de mise à jour
    }
complaints-usually-within = Nous répondons généralement sous { $duration }, en comptant seulement les heures d’ouverture.
complaints-latest-by = Vous aurez de nos nouvelles au plus tard { $time }.
complaints-office-closed = Notre équipe est absente pour le moment. Nous serons de retour { $time }, et votre réclamation sera la première traitée.
complaints-minutes = { $count } minutes
complaints-hours =
    { $count ->
        [one] { $count } heure
       *[other] { $count } heures
    }
complaints-days =
    { $count ->
        [one] { $count } jour ouvré
       *[other] { $count } jours ouvrés
    }
complaints-what-you-sent = Ce que vous avez envoyé
complaints-next-steps-title = La suite
complaints-next-steps =
    Une personne de notre équipe lit votre réclamation et vous répond { $channel ->
        [Phone] par téléphone
        [Whatsapp] sur WhatsApp
        [Sms] par SMS
       *[Email] par e-mail
    }. S’il nous faut autre chose, nous vous le demanderons.
complaints-keep-reference = Gardez la référence : avec votre adresse e-mail, elle vous permet de suivre la réclamation ici.
complaints-filed-announcement = Réclamation envoyée. Votre référence est { $reference }.
complaints-order-number-optional-label = Numéro de commande (facultatif)
complaints-order-number-optional-hint = S’il s’agit d’une commande, le numéro de votre e-mail de confirmation.
complaints-order-number-optional-hint-example = S’il s’agit d’une commande, le numéro de votre e-mail de confirmation, par exemple { $example }.
complaints-order-number-too-long = Le numéro de commande est trop long : vérifiez ce que vous avez saisi
complaints-photos-label = Photos (facultatif)
complaints-photos-hint = Jusqu’à 5 photos du problème, en JPEG, PNG ou WebP. Nous les réduisons avant l’envoi.
complaints-photos-preparing = Préparation de vos photos…
complaints-photos-none = Aucune
complaints-photos-count =
    { $count ->
        [one] { $count } photo
       *[other] { $count } photos
    }
complaints-photo-remove = Retirer
complaints-photo-not-a-photo = « { $name } » n’est pas une photo que nous pouvons accepter : choisissez une image JPEG, PNG ou WebP
complaints-photo-too-large = « { $name } » dépasse 25 Mo : choisissez une photo plus petite
complaints-photo-unreadable = « { $name } » n’a pas pu être lue : essayez une autre photo
complaints-photos-too-many = Vous pouvez ajouter jusqu’à { $max } photos : retirez-en une pour en ajouter une autre
complaints-order-complaints-title = Vos réclamations sur cette commande
complaints-open-failed = Nous n’avons pas pu ouvrir cette réclamation pour l’instant.
complaints-follow-this = Suivre cette réclamation
complaints-follow-title = Suivre votre réclamation
complaints-follow-intro = Saisissez la référence de votre confirmation et l’adresse e-mail que vous nous avez donnée.
complaints-reference-field-label = Référence de la réclamation
complaints-reference-field-hint = Par exemple RC-4Q7K-2M9P.
complaints-follow-email-hint = Celle que vous avez indiquée en nous écrivant.
complaints-reference-required = Saisissez la référence de la réclamation
complaints-find-complaint = Afficher ma réclamation
complaints-finding-complaint = Recherche de votre réclamation…
complaints-complaint-not-found = Nous n’avons trouvé aucune réclamation avec cette référence et cette adresse e-mail. Vérifiez les deux : la référence figure dans votre confirmation.
complaints-complaint-title = Réclamation { $reference }
complaints-refreshed = Votre réclamation est à jour.
complaints-timeline-title = Ce qui s’est passé jusqu’ici
complaints-update-by-you = Vous
complaints-update-by-shop = Service client
complaints-update-by-named = { $name }, service client
complaints-channel-via =
    { $channel ->
        [Web] sur le site
        [Email] par e-mail
        [Phone] par téléphone
        [Chat] dans le chat
        [Store] en magasin
       *[Unknown] { "" }
    }
complaints-photos-attached =
    { $count ->
        [one] { $count } photo jointe
       *[other] { $count } photos jointes
    }
complaints-reply-moved = Nous avons décalé l’heure de notre réponse : { $reason }
complaints-add-info-title = Ajouter des informations
complaints-add-info-label = Votre message
complaints-add-info-hint = Répondez à nos questions, ou dites-nous ce qui a changé.
complaints-send-message = Envoyer le message
complaints-message-required = Écrivez votre message
complaints-message-too-long = Restez sous { $max } caractères
complaints-message-sent = Message envoyé. Vous le trouverez dans l’historique.
complaints-message-failed = Votre message n’est pas encore parvenu à la boutique. Rien n’est perdu, et vous pouvez réessayer sans risque.
complaints-message-unconfirmed = Nous n’avons pas pu confirmer que votre message est parvenu à la boutique. Rien de ce que vous avez écrit n’est perdu, et vous pouvez réessayer sans risque : il ne sera jamais ajouté deux fois.
complaints-closed-notice = Cette réclamation est clôturée. Si quelque chose ne va toujours pas, écrivez-nous à nouveau.
complaints-write-again = Écrivez-nous à nouveau
complaints-message-not-added = La boutique a résolu cette réclamation pendant que vous écriviez : votre message n’a donc pas été ajouté. Voici ce que vous aviez écrit :
complaints-rate-legend = Comment avons-nous traité votre réclamation ?
complaints-rate-intro = Votre note aide la boutique à s’améliorer. Vous pouvez l’envoyer une fois.
complaints-score-name =
    { $score ->
        [1] 1 – Très insatisfait
        [2] 2 – Insatisfait
        [3] 3 – Ni l’un ni l’autre
        [4] 4 – Satisfait
       *[5] 5 – Très satisfait
    }
complaints-comment-label = Quelque chose à ajouter ? (facultatif)
complaints-send-rating = Envoyer la note
complaints-rating-required = Choisissez une note de 1 à 5
complaints-rated = Vous avez donné la note de { $score } sur 5. Merci.
complaints-rating-failed = Votre note n’est pas encore parvenue à la boutique. Réessayez.
complaints-rating-not-recorded = Votre note n’a pas été enregistrée : cette réclamation avait déjà été notée, peut-être dans un autre onglet.
complaints-session-expired = Pour votre sécurité, ouvrez à nouveau la réclamation avec sa référence et votre adresse e-mail.
