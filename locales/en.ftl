# Sportello's words in English. The source language: every other file has the same
# messages, with the same { $names } and the same [Keys] in each choice of words.
# Edit this file, then run `cargo xtask i18n`: it writes src/i18n/en.rs. CONTRIBUTING.md
# explains the syntax (Project Fluent): { $name } is filled in by the widget, and a
# { $count -> [one] … *[other] … } picks the words by the browser's plural rules.

## First open: the lookup form and what every screen shares (`Messages`)

lookup-title = Track your order
lookup-title-at = Track your order from { $shop }
lookup-intro = Enter your order number and the e-mail address you ordered with.
lookup-intro-postcode = Enter your order number and the postcode of the delivery address.
order-number-label = Order number
order-number-hint = You'll find it in your order confirmation e-mail.
order-number-hint-example = You'll find it in your order confirmation e-mail, for example { $example }.
email-label = E-mail address
email-hint = The address you used when you placed the order.
postcode-label = Delivery postcode
postcode-hint = The postcode of the address your order is sent to.
use-postcode = Use the delivery postcode instead
use-email = Use the e-mail address instead
find-order = Find my order
searching = Looking for your order…
error-summary-title = There is a problem
order-number-required = Enter your order number
order-number-invalid = Enter the order number as it appears in your confirmation e-mail
order-number-prefix = Enter the whole order number, like { $example }
email-required = Enter your e-mail address
email-invalid = Enter an e-mail address in the correct format, like name@example.com
postcode-required = Enter the postcode of the delivery address
field-too-long = This is too long: check what you entered
phone-hint-national = From another country, start with + and its code.
phone-invalid-national = Enter the number as you dial it; from another country, start with + and its code
error-prefix = Error:
not-found = We couldn't find an order with that number and e-mail address.
not-found-postcode = We couldn't find an order with that number and postcode.
not-found-hint = Check the order number in your confirmation e-mail and use the e-mail address you ordered with.
not-found-hint-postcode = Check the order number in your confirmation e-mail and the postcode of the delivery address.
network-error = We couldn't reach the shop. Check your internet connection and try again.
timeout-error = The shop is taking too long to answer. Please try again.
server-error = Something went wrong on the shop's side. Please try again in a few minutes.
rate-limited = Too many attempts in a short time. Please wait a few minutes, then try again.
rate-limited-after =
    { $minutes ->
        [1] Too many attempts in a short time. Please try again in a minute.
       *[other] Too many attempts in a short time. Please try again in { $minutes } minutes.
    }
unavailable = The shop's system is briefly unavailable. Please try again in a few minutes.
unavailable-after =
    { $minutes ->
        [1] The shop's system is briefly unavailable. Please try again in a minute.
       *[other] The shop's system is briefly unavailable. Please try again in { $minutes } minutes.
    }
unreadable-answer = The shop sent an answer we couldn't read. Please try again in a few minutes.
error-reference = If you contact the shop, quote this reference: { $id }
label-colon = { ": " }
list-separator = { " · " }
at-time = { $day } at { $time }
comma = { ", " }
try-again = Try again
status-label = Status
order-found-announcement = Order { $number } found.
language-label = Language
offline-notice = You're offline. Nothing you typed is lost: you can try again when the connection is back.
back-online = You're back online.
crash-message = Sorry, this help panel stopped working. Reloading the page usually fixes it; nothing you did caused it.
reload-page = Reload the page
loading-part = Loading…
part-failed = This part of the help panel didn't load. Check your internet connection, then try again.
complaint-start = Something wrong? Write to us
follow-start = Follow a complaint

## The order view, fetched with its chunk (`TrackingMessages`, ids start with tracking-)

tracking-order-title = Order { $number }
tracking-placed-on = Placed on { $date }
tracking-items-title = What you ordered
tracking-quantity-times-price = { $quantity } × { $price }
tracking-quantity-of-item = { $quantity } × { $item }
tracking-total = Total
tracking-no-items = The shop has not listed the items of this order.
tracking-look-up-another = Look up another order
tracking-needs-pickup = Your parcel is waiting for you
tracking-needs-missed = The courier couldn't deliver your parcel
tracking-needs-address = The courier couldn't find your address
tracking-needs-tried = { $carrier } tried on { $day }.
tracking-pickup-hours = Opening hours
tracking-pickup-until = Collect it by { $day }.
tracking-ask-another-day = Choose another delivery day
tracking-ask-address = Correct the address
tracking-day-legend = Which day suits you?
tracking-day-submit = Ask for this day
tracking-day-required = Choose a day
tracking-address-line = Street and number
tracking-address-postcode = Postcode
tracking-address-city = Town or city
tracking-address-note = For the courier (optional)
tracking-address-note-hint = The name on the bell, a floor, a gate code.
tracking-address-submit = Send the address
tracking-address-line-required = Enter the street and number
tracking-address-postcode-required = Enter the postcode
tracking-address-city-required = Enter the town or city
tracking-asked-day = You asked for delivery on { $day }.
tracking-asked-address = You sent a corrected address.
tracking-request-done-day = Received: we'll ask { $carrier } to deliver on { $day }.
tracking-request-done-address = Received: we'll pass the address on to { $carrier }.
tracking-request-sending = Sending…
tracking-parcel-settled = This parcel no longer needs anything from you: see its latest update.
tracking-status-name =
    { $status ->
        [Processing] Being prepared
        [PaymentDue] Waiting for payment
        [InTransit] On its way
        [PickupAvailable] Ready for pickup
        [Delivered] Delivered
        [Problem] Needs attention
        [Cancelled] Cancelled
        [Returned] Returned
       *[Unknown] Status being updated
    }
tracking-status-explanation =
    { $status ->
        [Processing] We have your order and are getting it ready to ship.
        [PaymentDue] We are waiting for your payment to be confirmed before we ship.
        [InTransit] Your order has left us and is with the carrier.
        [PickupAvailable] Your order is waiting for you at the pickup point.
        [Delivered] Your order has been delivered.
        [Problem] Something needs attention on this order. We are looking into it.
        [Cancelled] This order has been cancelled.
        [Returned] Your return has reached us.
       *[Unknown] The shop is updating the status of this order. Check again soon.
    }
tracking-refresh = Check for updates
tracking-refreshing = Checking for updates…
tracking-updated-at = Updated at { $time }
tracking-refresh-failed = We couldn't check for updates just now. What you see is still the latest we had.
tracking-link-expired = For your security this view has expired. Please look up your order again.
tracking-estimate-changed = New estimated delivery for { $parcel }: { $date }.
tracking-late-order-title = Your order is running late
tracking-late-parcel-title =
    { $total ->
        [1] Your parcel is running late
       *[other] Parcel { $index } of { $total } is running late
    }
tracking-late-refund-title = Your refund is taking longer than it should
tracking-delivered-late-title = Your parcel arrived later than we promised
tracking-others-arrived =
    { $count ->
        [one] The other parcel has already reached you.
       *[other] { $count } other parcels have already reached you.
    }
tracking-sorry = We're sorry. You were counting on it, and it's our job to keep you informed.
tracking-sorry-refund = We're sorry. You were counting on this money, and it's our job to keep you informed.
tracking-reason-explanation =
    { $reason ->
        [CarrierCapacity] The carrier has more parcels than it can handle right now, so deliveries are taking longer than usual.
        [Weather] Bad weather has stopped or slowed the carrier's vehicles on the way to you.
        [Customs] Your parcel is being checked at customs. Customs decides how long this takes.
        [Strike] A strike has stopped part of the carrier's network for a while.
        [AddressIssue] The carrier couldn't match the delivery address on the way. This happens with new or hard-to-find addresses.
        [RecipientUnavailable] The carrier came by when nobody could take the parcel, so it needs another try or a pickup.
        [StockShortage] One of your items wasn't in stock when we expected it to be. That's on us.
        [PaymentReview] The payment provider is running a routine security check before the order can ship.
        [BankProcessing] We've sent the money; the banks are taking longer than usual to complete the transfer.
        [Other] Something outside the usual schedule has held things up.
       *[Unknown] Something has held things up.
    }
tracking-cause-estimate-after-promise = The carrier now expects to deliver after the date we promised you.
tracking-cause-promise-passed = The date we promised has passed and your order hasn't arrived yet.
tracking-cause-carrier-silent = The carrier hasn't updated its tracking for { $days } days.
tracking-cause-delivered-late = It reached you after the date we promised.
tracking-cause-refund-overdue = The date by which your money should have arrived has passed.
tracking-side-label = Where the hold-up is
tracking-side-name =
    { $side ->
        [Shop] with us, the shop
        [Carrier] with the carrier
        [Bank] with the banks
        [Customs] at customs
        [Customer] the delivery needs something from you
        [Other] outside the usual schedule
       *[Unknown] outside the usual schedule
    }
tracking-shop-says = In the shop's words
tracking-what-we-do = What we're doing
tracking-default-action = We'll update this page as soon as we know more.
tracking-new-estimate = New estimated date: { $date }
tracking-estimate-passed = The last estimated date has passed. We'll update you here as soon as there is a new one.
tracking-no-new-date = No new date yet: we'll update you here as soon as we have one.
tracking-promised-by = We promised: { $date }
tracking-voucher-title = For the trouble
tracking-voucher-percent = { $percent }% off your next order
tracking-voucher-amount = { $amount } off your next order
tracking-voucher-code-label = Code
tracking-voucher-expires = Valid until { $date }
tracking-copy-code = Copy code
tracking-code-copied = Code copied
tracking-copy-failed = Copying didn't work here: select the code and copy it yourself.
tracking-notify-title = Tell me if anything changes
tracking-notify-intro = We'll write as soon as the date moves or your order arrives. Nothing else.
tracking-notify-intro-refund = We'll write as soon as your refund moves or reaches you. Nothing else.
tracking-channel-legend = How should we tell you?
tracking-channel-name =
    { $channel ->
        [Email] E-mail (the address of this order)
        [Sms] Text message (SMS)
        [Whatsapp] WhatsApp
       *[Unknown] Other
    }
tracking-phone-label = Mobile number
tracking-phone-hint = With the country code, for example +44 7700 900123.
tracking-consent-label = I agree to be contacted about this order on the channel I chose.
tracking-notify-submit = Notify me
tracking-notify-sending = Saving…
tracking-notify-done =
    { $channel ->
        [Email] Done: we'll e-mail you if anything changes.
        [Sms] Done: we'll send you a text message if anything changes.
        [Whatsapp] Done: we'll message you on WhatsApp if anything changes.
       *[Unknown] Done: we'll e-mail you if anything changes.
    }
tracking-notify-on =
    { $channel ->
        [Email] You're signed up: we'll e-mail you if anything changes.
        [Sms] You're signed up: we'll send you a text message if anything changes.
        [Whatsapp] You're signed up: we'll message you on WhatsApp if anything changes.
       *[Unknown] You're signed up: we'll e-mail you if anything changes.
    }
tracking-notify-another-way = Tell me another way too
tracking-phone-required = Enter your mobile number
tracking-phone-invalid = Enter a mobile number with its country code, like +44 7700 900123
tracking-consent-required = Tick the box to agree to be contacted about this order
tracking-notify-failed = We couldn't save that just now. Please try again.
tracking-parcels-title =
    { $count ->
        [1] Your parcel
       *[other] Your { $count } parcels
    }
tracking-parcel-title =
    { $total ->
        [1] Parcel · { $carrier }
       *[other] Parcel { $index } of { $total } · { $carrier }
    }
tracking-tracking-number = Tracking number { $number }
tracking-track-on-carrier = Follow it on the { $carrier } website
tracking-opens-new-tab = (opens in a new tab)
tracking-in-this-parcel = In this parcel
tracking-estimated-delivery = Estimated delivery: { $date }
tracking-delivered-on = Delivered on { $date }
tracking-journey-label = Where it is
tracking-shipment-status-name =
    { $status ->
        [Pending] Being packed
        [InfoReceived] Label created
        [InTransit] On its way
        [OutForDelivery] Out for delivery
        [AvailableForPickup] Ready for pickup
        [AttemptFail] Delivery attempted
        [Delivered] Delivered
        [Exception] Held up
       *[Unknown] Being updated
    }
tracking-updates-title = Updates from the carrier
tracking-no-updates = No updates from the carrier yet.
tracking-show-all-updates = Show all { $count } updates
tracking-show-fewer-updates = Show fewer updates
tracking-delivery-address = Delivering to { $address }
tracking-refunds-title = Your refund
tracking-refund-summary = { $amount } by { $method }
tracking-refund-method-name =
    { $method ->
        [BankTransfer] bank transfer
        [Card] refund to your card
        [StoreCredit] store credit
        [OriginalPayment] your original payment method
       *[Unknown] the agreed method
    }
tracking-refund-status-name =
    { $status ->
        [Requested] Requested
        [Approved] Approved
        [Issued] Sent by us
        [Completed] Received
        [Failed] Not completed
       *[Unknown] Being updated
    }
tracking-refund-steps-label = Refund progress
tracking-refund-issued-on = We sent it on { $date }.
tracking-refund-expected-by = It should reach you by { $date }.
tracking-refund-completed-on = It reached you on { $date }.
tracking-refund-failed = The payment couldn't be completed. We'll contact you to arrange it another way.
tracking-promotions-title = For your next order
tracking-date-range = { $from } – { $to }

## Complaints and their follow-up, fetched with their chunk (`ComplaintMessages`, ids start with complaints-)

complaints-start-about-order = Report a problem with this order
complaints-back = Back
complaints-topic-title = What is it about?
complaints-topic-intro = Choose what fits best: we'll show you the quickest way to sort it out.
complaints-topic-name =
    { $topic ->
        [LateDelivery] My order is late
        [DamagedItem] Something arrived damaged
        [WrongItem] I received the wrong item
        [MissingItem] Something is missing
        [RefundNotReceived] I haven't received my refund
        [NotAsExpected] The product isn't as described
        [PoorService] I was treated rudely or unhelpfully
        [Other] Something else
       *[Unknown] Something else
    }
complaints-help-title = This may solve it right away
complaints-help-intro = Answers to what customers ask most about this. If none fits, write to us.
complaints-help-loading = Loading answers…
complaints-help-solved = This solved it
complaints-help-still-write = I still want to write to you
complaints-help-glad = We're glad that helped. Thank you for letting us know.
complaints-form-title = Tell us what happened
complaints-about-order = About order { $number }
complaints-items-legend = Which items is it about?
complaints-items-hint = Select all that apply, or none if it's about the whole order.
complaints-description-label = What happened?
complaints-description-hint = Say what you noticed and when. The more we know, the faster we can fix it.
complaints-characters-left =
    { $count ->
        [one] { $count } character left
       *[other] { $count } characters left
    }
complaints-characters-too-many =
    { $count ->
        [one] { $count } character too many
       *[other] { $count } characters too many
    }
complaints-resolution-legend = What would make it right for you?
complaints-resolution-name =
    { $resolution ->
        [Refund] A refund
        [Replacement] A replacement
        [Voucher] A voucher
        [Repair] A repair
        [Explanation] Just an explanation
        [Other] Something else
       *[Unknown] Something else
    }
complaints-email-label = Your e-mail address
complaints-email-hint = We send the confirmation here. With the reference, it lets you follow your complaint.
complaints-channel-legend = How should we get back to you?
complaints-channel-name =
    { $channel ->
        [Email] E-mail
        [Phone] Phone call
        [Whatsapp] WhatsApp
        [Sms] Text message (SMS)
       *[Unknown] Another way
    }
complaints-phone-label = Phone number
complaints-phone-hint = With the country code, for example +44 7700 900123.
complaints-window-label = When is best to reach you?
complaints-window-name =
    { $window ->
        [Anytime] Any time
        [Morning] Morning (9–12)
        [Afternoon] Afternoon (12–17)
        [Evening] Evening (17–20)
       *[Unknown] Any time
    }
complaints-consent-label = I agree that the shop uses these details to handle my complaint.
complaints-privacy-link = How the shop uses your data (opens in a new tab)
complaints-continue-to-check = Continue
complaints-draft-restored = We kept what you wrote last time. You can carry on where you left off.
complaints-start-over = Start over
complaints-topic-required = Choose what your complaint is about
complaints-description-required = Tell us what happened
complaints-description-too-short = Tell us a little more: at least { $min } characters
complaints-description-too-long = Keep it to { $max } characters or fewer
complaints-resolution-required = Choose what would make it right for you
complaints-phone-required = Enter your phone number
complaints-phone-invalid = Enter the phone number with its country code, like +44 7700 900123
complaints-consent-required = Tick the box to agree that the shop can use these details for your complaint
complaints-check-title = Check your complaint before sending it
complaints-check-intro = You can change anything you like before it goes to the shop.
complaints-change = Change
complaints-topic-label = About
complaints-order-label = Order
complaints-items-label = Items
complaints-contact-label = Reply by
complaints-send = Send my complaint
complaints-sending = Sending…
complaints-send-failed = Your complaint hasn't reached the shop yet. Nothing is lost.
complaints-send-unconfirmed = We couldn't confirm that your complaint reached the shop. Nothing you wrote is lost.
complaints-queued-notice = You're offline. Your complaint is saved on this device and goes to the shop by itself as soon as you're back online (if you close the page, the next time you open it).
complaints-send-retry-safe = Trying again is safe: it will never be sent twice.
complaints-topic-suggested = Suggested for this order
complaints-reconfirm-title = Please confirm your order again
complaints-reconfirm-intro = The link to your order expired while this page was open, so the shop couldn't accept your complaint yet. Enter the e-mail address you ordered with and we'll send it just as it is: nothing you wrote is lost.
complaints-reconfirm-send = Confirm and send
complaints-done-title = We've received your complaint
complaints-reference-label = Your reference
complaints-copy-reference = Copy reference
complaints-reference-copied = Reference copied
complaints-status-name =
    { $status ->
        [Received] Received
        [InProgress] Being handled
        [WaitingForCustomer] Waiting for your answer
        [Resolved] Resolved
        [Closed] Closed
       *[Unknown] Being updated
    }
complaints-usually-within = We usually reply within { $duration }, counting office hours only.
complaints-latest-by = You'll hear from us by { $time } at the latest.
complaints-office-closed = Our team is away right now. We're back { $time }, and your complaint is first in line.
complaints-minutes = { $count } minutes
complaints-hours =
    { $count ->
        [one] { $count } hour
       *[other] { $count } hours
    }
complaints-days =
    { $count ->
        [one] { $count } working day
       *[other] { $count } working days
    }
complaints-what-you-sent = What you sent
complaints-next-steps-title = What happens next
complaints-next-steps =
    A person from our team reads your complaint and replies { $channel ->
        [Phone] by phone
        [Whatsapp] by WhatsApp
        [Sms] by text message
       *[Email] by e-mail
    }. If we need anything else, we'll ask.
complaints-keep-reference = Keep the reference: with your e-mail address it lets you follow the complaint here.
complaints-filed-announcement = Complaint sent. Your reference is { $reference }.
complaints-order-number-optional-label = Order number (optional)
complaints-order-number-optional-hint = If it's about an order, the number from your confirmation e-mail.
complaints-order-number-optional-hint-example = If it's about an order, the number from your confirmation e-mail, for example { $example }.
complaints-order-number-too-long = The order number is too long: check what you entered
complaints-photos-label = Photos (optional)
complaints-photos-hint = Up to 5 photos of the problem, JPEG, PNG or WebP. We make them smaller before sending.
complaints-photos-preparing = Preparing your photos…
complaints-photos-none = None
complaints-photos-count =
    { $count ->
        [one] { $count } photo
       *[other] { $count } photos
    }
complaints-photo-remove = Remove
complaints-photo-not-a-photo = “{ $name }” isn't a photo we can take: choose a JPEG, PNG or WebP image
complaints-photo-too-large = “{ $name }” is larger than 25 MB: choose a smaller photo
complaints-photo-unreadable = “{ $name }” couldn't be read: try another photo
complaints-photos-too-many = You can add up to { $max } photos: remove one to add another
complaints-order-complaints-title = Your complaints about this order
complaints-open-failed = We couldn't open this complaint just now.
complaints-follow-this = Follow this complaint
complaints-follow-title = Follow your complaint
complaints-follow-intro = Enter the reference from your confirmation and the e-mail address you gave us.
complaints-reference-field-label = Complaint reference
complaints-reference-field-hint = For example RC-4Q7K-2M9P.
complaints-follow-email-hint = The one you gave when you wrote to us.
complaints-reference-required = Enter the complaint reference
complaints-find-complaint = Show my complaint
complaints-finding-complaint = Looking for your complaint…
complaints-complaint-not-found = We couldn't find a complaint with that reference and e-mail address. Check both: the reference is in your confirmation.
complaints-complaint-title = Complaint { $reference }
complaints-refreshed = Your complaint is up to date.
complaints-timeline-title = What has happened so far
complaints-update-by-you = You
complaints-update-by-shop = Customer service
complaints-update-by-named = { $name }, customer service
complaints-channel-via =
    { $channel ->
        [Web] on the website
        [Email] by e-mail
        [Phone] by phone
        [Chat] in chat
        [Store] in the shop
       *[Unknown] { "" }
    }
complaints-photos-attached =
    { $count ->
        [one] { $count } photo attached
       *[other] { $count } photos attached
    }
complaints-reply-moved = We moved the time of our reply: { $reason }
complaints-add-info-title = Add information
complaints-add-info-label = Your message
complaints-add-info-hint = Answer our questions, or tell us what has changed.
complaints-send-message = Send message
complaints-message-required = Write your message
complaints-message-too-long = Keep it to { $max } characters or fewer
complaints-message-sent = Message sent. You'll find it in the timeline.
complaints-message-failed = Your message hasn't reached the shop yet. Nothing is lost, and trying again is safe.
complaints-message-unconfirmed = We couldn't confirm that your message reached the shop. Nothing you wrote is lost, and trying again is safe: it will never be added twice.
complaints-closed-notice = This complaint is closed. If something is still wrong, write to us again.
complaints-write-again = Write to us again
complaints-message-not-added = The shop resolved this complaint while you were writing, so your message wasn't added. Here is what you wrote:
complaints-rate-legend = How did we handle your complaint?
complaints-rate-intro = Your rating helps the shop improve. You can send it once.
complaints-score-name =
    { $score ->
        [1] 1 – Very dissatisfied
        [2] 2 – Dissatisfied
        [3] 3 – Neither
        [4] 4 – Satisfied
       *[5] 5 – Very satisfied
    }
complaints-comment-label = Anything you'd like to add? (optional)
complaints-send-rating = Send rating
complaints-rating-required = Choose a rating from 1 to 5
complaints-rated = You rated this { $score } out of 5. Thank you.
complaints-rating-failed = Your rating hasn't reached the shop yet. Try again.
complaints-rating-not-recorded = Your rating wasn't recorded: this complaint had already been rated, maybe in another tab.
complaints-session-expired = For your security, please open the complaint again with its reference and your e-mail address.
