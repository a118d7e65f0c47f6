//! The demo orders of exceptions: customs, a strike, an address not found, nobody home, a payment
//! under review, a pallet with 200 carrier updates, a carrier gone silent.

use super::*;

pub const ORDERS: &[DemoOrder] = &[
    // Held at customs (to Switzerland).
    DemoOrder {
        number: "SP-1009",
        note: "Fermo in dogana",
        email: "franz.keller@example.com",
        postcode: "6900",
        days_ago: 10,
        status: OrderStatus::InTransit,
        items: &[("Olio extravergine di oliva 0,75 l", 6, 1490)],
        tracking: |c| {
            let mut p = parcel(
                "P1",
                "DHL",
                "DHL0001009",
                ShipmentStatus::Exception,
                &[("Olio extravergine di oliva 0,75 l", 6)],
            );
            p.events = early_journey(c, 9, "Milano");
            p.events.push(event(
                c,
                -6,
                10,
                "Chiasso",
                "Trattenuta in dogana per controlli",
                ShipmentStatus::Exception,
            ));
            p.estimated_delivery = Some(c.window(2, 4));
            p.estimate_revised_at = Some(c.at(-5, 9));
            let mut d = delay(
                DelayReason::Customs,
                DelaySide::Customs,
                "La dogana svizzera ha scelto il pacco per un controllo a campione sui prodotti alimentari.",
                "Abbiamo inviato alla dogana la fattura e le schede dei prodotti; il corriere ci avvisa appena il pacco è sbloccato.",
                c.at(-5, 9),
            );
            d.new_estimate = Some(c.window(2, 4));
            p.delay = Some(d);
            Tracking {
                shipping_address: Some(MaskedAddress {
                    country: Some("CH".into()),
                    city: Some("Lugano".into()),
                    postcode: Some("6900".into()),
                    name: Some("Franz K.".into()),
                    line: Some("Via ****, 3*".into()),
                }),
                promised_delivery: Some(c.window(-3, -1)),
                shipments: vec![p],
                ..Tracking::default()
            }
        },
    },
    // Carrier strike.
    DemoOrder {
        number: "SP-1010",
        note: "Sciopero del corriere",
        email: "giorgio.marino@example.com",
        postcode: "16121",
        days_ago: 7,
        status: OrderStatus::InTransit,
        items: &[("Ciotola in ceramica raku", 2, 2700)],
        tracking: |c| {
            let mut p = parcel(
                "P1",
                "SDA",
                "SDA0001010",
                ShipmentStatus::InTransit,
                &[("Ciotola in ceramica raku", 2)],
            );
            p.events = early_journey(c, 6, "Firenze");
            p.estimated_delivery = Some(c.window(1, 3));
            p.estimate_revised_at = Some(c.at(-2, 12));
            let mut d = delay(
                DelayReason::Strike,
                DelaySide::Carrier,
                "Uno sciopero nazionale della logistica ha fermato per un giorno i magazzini del corriere.",
                "Il corriere sta smaltendo gli arretrati; seguiamo il pacco e ti scriviamo se la data cambia ancora.",
                c.at(-2, 12),
            );
            d.new_estimate = Some(c.window(1, 3));
            d.goodwill = voucher(
                "SCUSA10",
                None,
                Some(10),
                c,
                "Sul prossimo ordine, senza minimo di spesa.",
            );
            p.delay = Some(d);
            Tracking {
                shipping_address: address("Giorgio M.", "Genova", "16121"),
                promised_delivery: Some(c.window(-2, 0)),
                shipments: vec![p],
                ..Tracking::default()
            }
        },
    },
    // The address could not be matched by the courier.
    DemoOrder {
        number: "SP-1011",
        note: "Indirizzo non trovato dal corriere",
        email: "valentina.galli@example.com",
        postcode: "09124",
        days_ago: 6,
        status: OrderStatus::Problem,
        items: &[("Cestino intrecciato in asfodelo", 1, 4600)],
        tracking: |c| {
            let mut p = parcel(
                "P1",
                "BRT",
                "BRT0001011",
                ShipmentStatus::AttemptFail,
                &[("Cestino intrecciato in asfodelo", 1)],
            );
            p.events = early_journey(c, 5, "Olbia");
            p.events.push(event(
                c,
                -1,
                11,
                "Cagliari",
                "Consegna non riuscita: indirizzo non trovato dal corriere",
                ShipmentStatus::AttemptFail,
            ));
            p.estimated_delivery = Some(c.window(1, 2));
            let mut d = delay(
                DelayReason::AddressIssue,
                DelaySide::Carrier,
                "Il corriere non ha trovato il numero civico: capita con gli indirizzi nuovi o con gli accessi da cortile.",
                "Abbiamo passato al corriere il tuo numero di telefono perché ti chiami prima del prossimo passaggio.",
                c.at(-1, 12),
            );
            d.new_estimate = Some(c.window(1, 2));
            p.delay = Some(d);
            // The customer may correct the address, or ask for another day.
            p.actions = vec![ParcelAction::CorrectAddress, ParcelAction::Redeliver];
            p.redelivery_dates = c.delivery_days(3);
            Tracking {
                shipping_address: address("Valentina G.", "Cagliari", "09124"),
                promised_delivery: Some(c.window(-1, 0)),
                shipments: vec![p],
                ..Tracking::default()
            }
        },
    },
    // Nobody was at home: the parcel waits at a pickup point.
    DemoOrder {
        number: "SP-1012",
        note: "Destinatario assente, al punto di ritiro",
        email: "davide.lombardi@example.com",
        postcode: "90133",
        days_ago: 7,
        status: OrderStatus::PickupAvailable,
        items: &[("Pistacchi di Bronte 250 g", 2, 1400)],
        tracking: |c| {
            let mut p = parcel(
                "P1",
                "Poste Italiane",
                "PI0001012",
                ShipmentStatus::AvailableForPickup,
                &[("Pistacchi di Bronte 250 g", 2)],
            );
            p.events = early_journey(c, 6, "Napoli");
            p.events.push(event(
                c,
                -2,
                10,
                "Palermo",
                "Destinatario assente: avviso lasciato",
                ShipmentStatus::AttemptFail,
            ));
            p.events.push(event(
                c,
                -2,
                16,
                "Palermo, Ufficio postale 3",
                "Disponibile per il ritiro fino a 10 giorni",
                ShipmentStatus::AvailableForPickup,
            ));
            p.estimated_delivery = Some(c.window(-2, -2));
            p.delay = Some(delay(
                DelayReason::RecipientUnavailable,
                DelaySide::Other,
                "Il postino è passato mentre non c'era nessuno: succede, soprattutto nelle ore di lavoro.",
                "Il pacco ti aspetta all'ufficio postale per 10 giorni; se preferisci, possiamo chiedere una nuova consegna.",
                c.at(-2, 17),
            ));
            p.pickup = Some(PickupPoint {
                name: "Ufficio postale Palermo 3".to_owned(),
                address: Some("Via Roma 320, 90133 Palermo".to_owned()),
                hours: Some("lun–ven 8:20–19:05, sab 8:20–12:35".to_owned()),
                until: Some(c.at(8, 19)),
            });
            p.actions = vec![ParcelAction::Redeliver];
            p.redelivery_dates = c.delivery_days(4);
            Tracking {
                shipping_address: address("Davide L.", "Palermo", "90133"),
                promised_delivery: Some(c.window(-3, -1)),
                shipments: vec![p],
                ..Tracking::default()
            }
        },
    },
    // The payment is under review by the payment provider.
    DemoOrder {
        number: "SP-1013",
        note: "Pagamento in verifica",
        email: "martina.fontana@example.com",
        postcode: "37121",
        days_ago: 3,
        status: OrderStatus::PaymentDue,
        items: &[("Lampada in ceramica smaltata", 1, 12900)],
        tracking: |c| {
            let mut d = delay(
                DelayReason::PaymentReview,
                DelaySide::Bank,
                "Il circuito di pagamento sta facendo un controllo di sicurezza di routine sugli importi più alti.",
                "Appena il controllo finisce (di solito entro un giorno lavorativo) spediamo; non devi fare nulla.",
                c.at(-2, 15),
            );
            d.new_estimate = Some(c.window(3, 5));
            Tracking {
                shipping_address: address("Martina F.", "Verona", "37121"),
                promised_delivery: Some(c.window(1, 3)),
                delay: Some(d),
                ..Tracking::default()
            }
        },
    },
    // A long journey with 200 carrier events, late for another reason.
    DemoOrder {
        number: "SP-1014",
        note: "Spedizione su bancale, 200 aggiornamenti",
        email: "roberto.bruno@example.com",
        postcode: "34121",
        days_ago: 20,
        status: OrderStatus::InTransit,
        items: &[("Credenza restaurata (spedizione su bancale)", 1, 89000)],
        tracking: |c| {
            let mut p = parcel(
                "P1",
                "Arcese",
                "ARC0001014",
                ShipmentStatus::InTransit,
                &[("Credenza restaurata (spedizione su bancale)", 1)],
            );
            p.events = (0..200)
                .map(|i| {
                    let hours_ago = (200 - i) * 2;
                    let at = (c.0 - Duration::hours(hours_ago))
                        .replace_nanosecond(0)
                        .expect("valid")
                        .format(&Rfc3339)
                        .expect("formats");
                    CarrierEvent {
                        at,
                        location: Some(
                            ["Perugia", "Firenze", "Bologna", "Padova", "Mestre"][(i % 5) as usize]
                                .to_owned(),
                        ),
                        description: format!("Scansione di controllo n. {}", i + 1),
                        status: if i == 0 {
                            ShipmentStatus::InfoReceived
                        } else {
                            ShipmentStatus::InTransit
                        },
                    }
                })
                .collect();
            p.estimated_delivery = Some(c.window(2, 3));
            p.estimate_revised_at = Some(c.at(-1, 8));
            let mut d = delay(
                DelayReason::Other,
                DelaySide::Carrier,
                "Le spedizioni su bancale viaggiano con i carichi completi: il camion per Trieste è partito più tardi del previsto.",
                "Abbiamo concordato con il corriere la consegna su appuntamento: ti telefoneranno il giorno prima.",
                c.at(-1, 8),
            );
            d.new_estimate = Some(c.window(2, 3));
            p.delay = Some(d);
            Tracking {
                shipping_address: address("Roberto B.", "Trieste", "34121"),
                promised_delivery: Some(c.window(-2, 0)),
                shipments: vec![p],
                ..Tracking::default()
            }
        },
    },
    // No delay recorded by anyone, but the carrier has been silent for days and the promised
    // window has passed: the widget works out that it is late; the detector flags it.
    DemoOrder {
        number: "SP-1015",
        note: "Corriere silenzioso, nessun ritardo registrato",
        email: "laura.moretti@example.com",
        postcode: "60121",
        days_ago: 9,
        status: OrderStatus::InTransit,
        items: &[("Cuscino ricamato a mano", 2, 2900)],
        tracking: |c| {
            let mut p = parcel(
                "P1",
                "GLS",
                "GLS0001015",
                ShipmentStatus::InTransit,
                &[("Cuscino ricamato a mano", 2)],
            );
            p.events = early_journey(c, 8, "Bologna");
            p.estimated_delivery = Some(c.window(-3, -2));
            Tracking {
                shipping_address: address("Laura M.", "Ancona", "60121"),
                promised_delivery: Some(c.window(-3, -1)),
                shipments: vec![p],
                ..Tracking::default()
            }
        },
    },
];
