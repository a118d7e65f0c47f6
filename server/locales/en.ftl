# The e-mails and pages of the reference server, in English. What they share with the widget
# (reasons, sides, vouchers, refunds) comes from the widget's own catalogue, `locales/en.ftl`.
mail-hello = Hello,
mail-open-order = Open your order { $number }
mail-open-complaint = Open your complaint
mail-why-subscribed = You're getting this e-mail because you asked to hear about order { $number }.
mail-why-service = We're writing because this is about your order { $number }.
mail-unsubscribe = Stop updates about this order
mail-delay-subject = Your order { $number } is running late: we're sorry
mail-refund-late-subject = The refund for order { $number } is taking longer than expected
mail-default-action = We'll write again as soon as we know more.
mail-no-new-date = There's no new date yet: we'll write as soon as there is.
mail-voucher-subject = A voucher for the delay of order { $number }
mail-voucher-text = We're still sorry for the delay. For the trouble, this voucher is yours:
mail-estimate-subject = A new delivery date for order { $number }
mail-estimate-text = { $carrier } now expects to deliver your parcel { $date }.
mail-delivered-subject = Your order { $number } has been delivered
mail-delivered-text = { $carrier } delivered your parcel { $date }.
mail-refund-issued-subject = We've sent the refund for order { $number }
mail-refund-issued-text = We've sent your refund of { $amount } ({ $method }).
mail-refund-expected = It should reach you { $date } at the latest.
mail-received-subject = We've received your complaint { $reference }
mail-received-text = we've received your complaint and we're already looking at it.
mail-reference-label = Your reference
mail-reply-by = We'll reply by { $when } at the latest.
mail-follow = To follow your complaint or add something, open this page with the reference and your e-mail address:
mail-answer-subject = A reply about your complaint { $reference }
mail-waiting-subject = We need something from you for complaint { $reference }
mail-answer-intro = { $author } wrote to you:
mail-answer-reply = To answer, open your complaint with the reference and your e-mail address:
mail-resolved-subject = Your complaint { $reference } is resolved
mail-resolved-rate = How did we do? Open your complaint with the reference and your e-mail address and rate it from 1 to 5: we read every rating.
unsubscribe-title = Updates about order { $number }
unsubscribe-ask = Stop getting updates about this order?
unsubscribe-button = Stop updates
unsubscribe-done = Done: we won't write about this order again. You can still follow it on the shop's page.
unsubscribe-unknown = This link no longer works: the updates were already stopped. You won't get more messages from this link.
unsubscribe-title-unknown = Updates about your orders

# The staff desk (`/desk/`), in Italian and English.
desk-desk = Desk
desk-nav = Desk
desk-skip = Skip to the content
desk-inbox = Complaints
desk-sign-out = Sign out
desk-email = E-mail address
desk-password = Password
desk-sign-in = Sign in
desk-sign-in-title = Sign in to the desk
desk-sign-in-wrong = That e-mail address and password don't match. Check both and try again.
desk-sign-in-limited = Too many attempts. Wait { $minutes } minutes, then try again.
desk-session-ended = Your session ended. Sign in again to go on.
desk-form-expired = This form was open too long. Here it is again: send it once more.
desk-inbox-title = Open complaints
desk-inbox-caption = Oldest promise first: overdue complaints are at the top.
desk-summary = { $count ->
    [0] No open complaint matches.
    [one] 1 open complaint, { $overdue } overdue.
   *[other] { $count } open complaints, { $overdue } overdue.
}
desk-status = Status
desk-topic = Topic
desk-channel = Channel
desk-all = All
desk-filter = Show
desk-reply-by = Reply by
desk-reference = Reference
desk-order = Order
desk-overdue = Overdue
desk-no-reply-owed = the customer's turn
desk-complaint-title = Complaint { $reference }
desk-wants = The customer would like
desk-items = Items
desk-contact = Prefers
desk-language = Language
desk-order-as-seen = The order as the customer sees it
desk-timeline = Everything so far
desk-act = Answer
desk-answer = Your answer
desk-answered-on = On which channel
desk-send-answer = Record the answer
desk-ask = Ask the customer for something
desk-send-ask = Ask and wait for the customer
desk-outcome = Outcome
desk-resolution-words = What you did, in your words to the customer
desk-resolve = Resolve the complaint
desk-done-answer-email = Answer recorded and sent to the customer by e-mail.
desk-done-answer = Answer recorded. The customer sees it in the widget.
desk-done-ask = Question recorded: the complaint now waits for the customer.
desk-done-resolve = Complaint resolved: the customer is asked to rate it.
desk-text-required = Write what you want the customer to read.
desk-no-order = none
desk-customer = Customer
desk-shop = Shop
desk-photos = { $count ->
    [one] 1 photo
   *[other] { $count } photos
}
desk-status-name = { $status ->
    [received] New
    [in_progress] In progress
    [waiting_for_customer] Waiting for the customer
    [resolved] Resolved
   *[closed] Closed
}
desk-topic-name = { $topic ->
    [late_delivery] Late delivery
    [damaged_item] Damaged item
    [wrong_item] Wrong item
    [missing_item] Missing item
    [refund_not_received] Refund not received
    [not_as_expected] Not as expected
    [poor_service] Poor service
   *[other] Other
}
desk-resolution-name = { $resolution ->
    [refund] A refund
    [replacement] A replacement
    [voucher] A voucher
    [repair] A repair
    [explanation] An explanation
   *[other] Something else
}
desk-contact-name = { $channel ->
    [email] E-mail
    [phone] Phone call
    [whatsapp] WhatsApp
    [sms] SMS
   *[other] Other
}
desk-window-name = { $window ->
    [morning] in the morning
    [afternoon] in the afternoon
    [evening] in the evening
   *[anytime] at any time
}
desk-update-channel = { $channel ->
    [web] the widget
    [email] e-mail
    [phone] phone call
    [chat] WhatsApp or chat
    [store] in the shop
   *[other] other
}
desk-answer-channel = { $channel ->
    [email] E-mail (sent to the customer)
    [phone] Phone call (recorded here)
    [chat] WhatsApp or chat (recorded here)
   *[store] In the shop (recorded here)
}
desk-delays = Delays
desk-delays-title = Delays nobody has explained yet
desk-delays-summary = { $count ->
    [0] No parcel is waiting for an explanation.
    [one] One parcel is waiting for an explanation.
   *[other] { $count } parcels are waiting for an explanation.
}
desk-delays-caption = What the delay detector noticed, the oldest first. Tick the parcels to explain, or show one carrier or one day to tick all of them.
desk-delays-caption-filtered = Every parcel shown is ticked: untick any the explanation is not for.
desk-carrier = Carrier
desk-shipped-day = Shipped on
desk-explain-it = Explain
desk-finding = What we noticed
desk-estimate = Estimated delivery
desk-finding-name = { $kind ->
    [estimate_past_promise] The carrier's estimate is later than the date we promised
   *[carrier_silent] { $days ->
        [one] No news from the carrier for a day
       *[other] No news from the carrier for { $days } days
    }
}
desk-pick = Explain order { $number } ({ $carrier })
desk-explain-heading = The explanation the customers will read
desk-pasted = Other orders to explain
desk-pasted-hint = Order numbers, one per line or separated by commas: every parcel of theirs still on its way gets this explanation.
desk-reason = Reason
desk-choose = Choose…
desk-side = On whose side
desk-message = What happened, in your words
desk-action-words = What you are doing about it
desk-new-date = New delivery date, if you know it
desk-voucher = A goodwill voucher (optional)
desk-voucher-code = Voucher code
desk-voucher-amount = Amount off, in the order's currency
desk-voucher-percent = Or percent off
desk-explain = Explain to the customers
desk-delays-done = { $count ->
    [0] Nothing changed: those parcels already carried this explanation.
    [one] One parcel explained: its customer sees it now, and those who asked to be told get an e-mail.
   *[other] { $count } parcels explained: their customers see it now, and those who asked to be told get an e-mail.
}
desk-delays-unknown = No parcel on its way for: { $numbers }. Check the numbers: nothing was recorded.
desk-delays-none-chosen = Tick at least one parcel, or write the order numbers to explain.
desk-delays-reason-required = Choose the reason and on whose side the delay is.
desk-delays-too-long = Keep what happened and what you are doing under { $max } characters each.
desk-delays-date-past = The new delivery date must be a date, today or later.
desk-delays-voucher-value = A voucher needs a code of up to 64 characters and either an amount off or a percent off (1 to 100), not both.
desk-delays-too-many = Write at most { $max } order numbers at a time.
desk-reason-name = { $reason ->
    [carrier_capacity] The carrier is overloaded
    [weather] Bad weather
    [customs] Customs checks
    [strike] A strike
    [address_issue] A problem with the address
    [recipient_unavailable] Nobody was in
    [stock_shortage] Out of stock
    [payment_review] The payment is being checked
    [bank_processing] The bank is slow
   *[other] Something else
}
desk-side-name = { $side ->
    [carrier] The carrier's
    [shop] Ours (the shop's)
    [customs] Customs'
    [bank] The bank's
    [customer] The customer's
   *[other] Someone else's
}
desk-dashboard = Figures
desk-dashboard-title = How we are doing
desk-reply-times = Reply times
desk-duration = { $hours ->
    [0] { $minutes } min
   *[other] { $minutes ->
        [0] { $hours } h
       *[other] { $hours } h { $minutes } min
    }
}
desk-figures-measured = Half of our first answers came within { $median } of office time, nine in ten within { $p90 }: { $count } complaints answered in the last 30 days. The widget promises these.
desk-figures-configured = We measure once { $needed } complaints have been answered in the last 30 days; so far { $count }. Until then the widget promises the configured times: half within { $median }, nine in ten within { $p90 }.
desk-open-now = Open now
desk-open-summary = { $count ->
    [0] No complaint is open.
    [one] 1 open complaint, { $overdue } overdue.
   *[other] { $count } open complaints, { $overdue } overdue.
}
desk-see-overdue = See the overdue ones first
desk-ratings = Satisfaction
desk-ratings-average = { $average } out of 5 on average, from { $count ->
    [one] one rating
   *[other] { $count } ratings
}.
desk-ratings-none = No ratings in the last 30 days.
desk-score = { $score ->
    [5] 5 – Very satisfied
    [4] 4 – Satisfied
    [3] 3 – Neutral
    [2] 2 – Dissatisfied
   *[1] 1 – Very dissatisfied
}
desk-by-topic = Complaints of the last 30 days
desk-total = Total
desk-no-complaints = No complaints in the last 30 days.
desk-help-answers = Help answers read before writing
desk-solved = Solved the problem
desk-not-solved = Wrote anyway
desk-deflection = Solved
desk-no-help = No help answers read in the last 30 days.
desk-outcomes = How complaints were resolved
desk-comments = What customers wrote when they rated
desk-office-hours = Office hours
desk-hours-title = Office hours and holidays
desk-hours-intro = Reply-by times are counted in these hours, and outside them the widget tells customers when you are back. Complaints already filed keep the time they were promised.
desk-week = The week
desk-week-caption = Leave a day empty when you are closed. The second pair is for a day with a break.
desk-day = Day
desk-opens = Opens
desk-closes = Closes
desk-opens-again = Opens again
desk-closes-again = Closes again
desk-holidays = Holidays and closed days
desk-holidays-hint = Dates as 2026-12-25, one per line: the office counts as closed all day.
desk-time-zone = Time zone
desk-time-zone-hint = As Europe/Rome or Europe/Berlin: the hours above are in this zone.
desk-save-hours = Save the office hours
desk-hours-saved = Office hours saved: reply-by times are counted in them from now on.
desk-hours-incomplete = { $day }: give both the opening and the closing time, as hours and minutes.
desk-hours-order = { $day }: each closing time must come after its opening time, and the second opening after the first closing.
desk-hours-none = Open at least one day a week: with no office hours nobody could promise a reply.
desk-hours-time-zone = "{ $zone }" is not a time zone we know. Write it as Europe/Rome.
desk-hours-holiday = "{ $date }" is not a date. Write dates as 2026-12-25.
desk-hours-holidays-many = At most { $max } holidays at a time: remove the past ones.
desk-weekday = { $day ->
    [monday] Monday
    [tuesday] Tuesday
    [wednesday] Wednesday
    [thursday] Thursday
    [friday] Friday
    [saturday] Saturday
   *[sunday] Sunday
}
desk-photos-heading = Photos the customer sent
desk-photo-alt = Photo { $number } the customer sent (opens it whole)
desk-voucher-heading = Give a goodwill voucher
desk-voucher-note = A word to the customer (optional)
desk-give-voucher = Give the voucher
desk-done-voucher = Voucher given: the customer sees it in the widget and gets it by e-mail.
complaint-voucher = As an apology, a voucher for your next order: { $code }, { $value } off.
desk-help = Help answers
desk-help-title = Help answers
desk-help-intro = What the widget shows a customer who picks a topic, before they write. Customers see a change within five minutes.
desk-help-heading = { $topic }, in { $language }
desk-help-none = No answers yet in this language: customers see those in the shop's language, or go straight to the form.
desk-help-answer = Answer
desk-help-question = The question, as a customer would ask it
desk-help-text = The answer
desk-help-remove = Remove this answer
desk-help-new = A new answer
desk-help-save = Save the answers
desk-help-saved = Answers saved.
desk-help-too-many = At most { $max } answers for a topic in a language.
desk-help-incomplete = Answer { $number }: give both the question (up to { $title } characters) and the answer (up to { $body }).
desk-language-name = { $language ->
    [it] Italian
    [en] English
    [de] German
    [fr] French
   *[es] Spanish
}
