//! The everyday demo orders: on time, late with a voucher, delivered, a refund late at the bank,
//! an item out of stock, ready for pickup, cancelled, two parcels.

use super::*;

pub const ORDERS: &[DemoOrder] = &[
    // On time: shipped yesterday, estimate inside the promised window. A promotion may show.
    DemoOrder {
        number: "SP-1001",
        note: "In viaggio, puntuale",
        email: "giulia.rossi@example.com",
        postcode: "00184",
        days_ago: 2,
        status: OrderStatus::InTransit,
        items: &[
            ("Tazza in ceramica di Deruta", 2, 1850),
            ("Caffè macinato miscela Aurora 250 g", 1, 690),
        ],
        tracking: |c| {
            let mut p = parcel(
                "P1",
                "BRT",
                "BRT0001001",
                ShipmentStatus::InTransit,
                &[
                    ("Tazza in ceramica di Deruta", 2),
                    ("Caffè macinato miscela Aurora 250 g", 1),
                ],
            );
            p.events = early_journey(c, 1, "Bologna");
            p.estimated_delivery = Some(c.window(1, 2));
            Tracking {
                shipping_address: address("Giulia R.", "Roma", "00184"),
                promised_delivery: Some(c.window(1, 3)),
                shipments: vec![p],
                promotions: vec![Promotion {
                    title: "Spedizione gratuita sul prossimo ordine".into(),
                    text: Some("Per gli ordini sopra i 40 € fino a fine mese.".into()),
                    code: None,
                }],
                ..Tracking::default()
            }
        },
    },
    // Late at the carrier (capacity): new estimate after the promise, a 10 % voucher.
    DemoOrder {
        number: "SP-1002",
        note: "In ritardo (corriere), con buono sconto",
        email: "marco.bianchi@example.com",
        postcode: "20121",
        days_ago: 9,
        status: OrderStatus::InTransit,
        items: &[("Piatto da portata dipinto a mano", 1, 5400)],
        tracking: |c| {
            let mut p = parcel(
                "P1",
                "BRT",
                "BRT0001002",
                ShipmentStatus::InTransit,
                &[("Piatto da portata dipinto a mano", 1)],
            );
            p.events = early_journey(c, 8, "Bologna");
            p.events.push(event(
                c,
                -5,
                7,
                "Bologna",
                "Giacenza presso l'hub per eccesso di volumi",
                ShipmentStatus::InTransit,
            ));
            p.events.push(event(
                c,
                -1,
                22,
                "Milano",
                "Arrivata alla filiale di destinazione",
                ShipmentStatus::InTransit,
            ));
            p.estimated_delivery = Some(c.window(1, 2));
            p.estimate_revised_at = Some(c.at(-1, 22));
            let mut d = delay(
                DelayReason::CarrierCapacity,
                DelaySide::Carrier,
                "Il corriere ha avuto un picco di spedizioni e il tuo pacco è rimasto fermo qualche giorno nel suo centro di smistamento di Bologna.",
                "Abbiamo chiesto al corriere di dare priorità al tuo pacco e seguiamo la consegna ogni giorno.",
                c.at(-4, 10),
            );
            d.new_estimate = Some(c.window(1, 2));
            d.goodwill = voucher(
                "SCUSA10",
                None,
                Some(10),
                c,
                "Sul prossimo ordine, senza minimo di spesa.",
            );
            p.delay = Some(d);
            Tracking {
                shipping_address: address("Marco B.", "Milano", "20121"),
                promised_delivery: Some(c.window(-5, -3)),
                shipments: vec![p],
                promotions: vec![Promotion {
                    title: "Saldi d'inverno".into(),
                    text: None,
                    code: Some("INVERNO".into()),
                }],
                ..Tracking::default()
            }
        },
    },
    // Delivered on time.
    DemoOrder {
        number: "SP-1003",
        note: "Consegnato",
        email: "chiara.esposito@example.com",
        postcode: "80121",
        days_ago: 14,
        status: OrderStatus::Delivered,
        items: &[
            ("Olio extravergine di oliva 0,75 l", 3, 1490),
            ("Pasta di Gragnano trafilata al bronzo 1 kg", 4, 420),
        ],
        tracking: |c| {
            let mut p = parcel(
                "P1",
                "Poste Italiane",
                "PI0001003",
                ShipmentStatus::Delivered,
                &[
                    ("Olio extravergine di oliva 0,75 l", 3),
                    ("Pasta di Gragnano trafilata al bronzo 1 kg", 4),
                ],
            );
            p.events = early_journey(c, 13, "Roma");
            p.events.push(event(
                c,
                -11,
                8,
                "Napoli",
                "In consegna",
                ShipmentStatus::OutForDelivery,
            ));
            p.events.push(event(
                c,
                -11,
                14,
                "Napoli",
                "Consegnata",
                ShipmentStatus::Delivered,
            ));
            p.estimated_delivery = Some(c.window(-11, -11));
            p.delivered_at = Some(c.at(-11, 14));
            Tracking {
                shipping_address: address("Chiara E.", "Napoli", "80121"),
                promised_delivery: Some(c.window(-12, -10)),
                delivered_at: Some(c.at(-11, 14)),
                shipments: vec![p],
                ..Tracking::default()
            }
        },
    },
    // Returned; the refund was sent by bank transfer and is late at the bank.
    DemoOrder {
        number: "SP-1004",
        note: "Reso: rimborso in ritardo in banca",
        email: "luca.ferrari@example.com",
        postcode: "40121",
        days_ago: 30,
        status: OrderStatus::Returned,
        items: &[("Vaso in terracotta smaltata", 1, 3900)],
        tracking: |c| {
            let mut d = delay(
                DelayReason::BankProcessing,
                DelaySide::Bank,
                "Abbiamo disposto il bonifico il giorno in cui il reso è arrivato, ma la banca non l'ha ancora accreditato.",
                "Abbiamo sollecitato la nostra banca e ti abbiamo inviato per e-mail la ricevuta del bonifico (CRO), che puoi mostrare alla tua banca.",
                c.at(-1, 9),
            );
            d.new_estimate = Some(c.window(1, 3));
            d.goodwill = voucher(
                "GRAZIE5",
                Some(500),
                None,
                c,
                "Sul prossimo ordine di almeno 30 €.",
            );
            Tracking {
                shipping_address: address("Luca F.", "Bologna", "40121"),
                promised_delivery: Some(c.window(-27, -25)),
                delivered_at: Some(c.at(-26, 12)),
                refunds: vec![Refund {
                    id: "R1".into(),
                    amount: 3900,
                    method: RefundMethod::BankTransfer,
                    status: RefundStatus::Issued,
                    issued_at: Some(c.at(-12, 10)),
                    expected_by: Some(c.at(-2, 20)),
                    completed_at: None,
                    delay: Some(d),
                }],
                ..Tracking::default()
            }
        },
    },
    // Being prepared, late because an item is out of stock at the workshop.
    DemoOrder {
        number: "SP-1005",
        note: "In ritardo: articolo esaurito",
        email: "sara.romano@example.com",
        postcode: "50122",
        days_ago: 6,
        status: OrderStatus::Processing,
        items: &[
            ("Set di 6 bicchieri in vetro soffiato", 1, 4800),
            ("Tovaglia in lino grezzo", 1, 3500),
        ],
        tracking: |c| {
            let mut d = delay(
                DelayReason::StockShortage,
                DelaySide::Shop,
                "I bicchieri sono soffiati a mano e il laboratorio ha finito le scorte prima del previsto: è un nostro errore di previsione.",
                "Il laboratorio li sta producendo ora; spediremo tutto insieme appena pronti.",
                c.at(-3, 11),
            );
            d.new_estimate = Some(c.window(4, 6));
            d.goodwill = voucher(
                "PAZIENZA",
                Some(500),
                None,
                c,
                "Sul prossimo ordine, senza minimo di spesa.",
            );
            Tracking {
                shipping_address: address("Sara R.", "Firenze", "50122"),
                promised_delivery: Some(c.window(-1, 1)),
                delay: Some(d),
                ..Tracking::default()
            }
        },
    },
    // Waiting at a pickup point.
    DemoOrder {
        number: "SP-1006",
        note: "Pronto per il ritiro",
        email: "paolo.ricci@example.com",
        postcode: "10121",
        days_ago: 5,
        status: OrderStatus::PickupAvailable,
        items: &[("Miele di castagno 500 g", 2, 950)],
        tracking: |c| {
            let mut p = parcel(
                "P1",
                "Poste Italiane",
                "PI0001006",
                ShipmentStatus::AvailableForPickup,
                &[("Miele di castagno 500 g", 2)],
            );
            p.events = early_journey(c, 4, "Milano");
            p.events.push(event(
                c,
                -1,
                11,
                "Torino, Ufficio postale 12",
                "Disponibile per il ritiro",
                ShipmentStatus::AvailableForPickup,
            ));
            p.estimated_delivery = Some(c.window(-1, -1));
            p.pickup = Some(PickupPoint {
                name: "Ufficio postale Torino 12".to_owned(),
                address: Some("Via Alfieri 10, 10121 Torino".to_owned()),
                hours: Some("lun–ven 8:20–19:05, sab 8:20–12:35".to_owned()),
                until: Some(c.at(9, 19)),
            });
            Tracking {
                shipping_address: address("Paolo R.", "Torino", "10121"),
                promised_delivery: Some(c.window(-1, 1)),
                shipments: vec![p],
                ..Tracking::default()
            }
        },
    },
    // Cancelled; refunded to the card.
    DemoOrder {
        number: "SP-1007",
        note: "Annullato e rimborsato",
        email: "elena.conti@example.com",
        postcode: "30121",
        days_ago: 12,
        status: OrderStatus::Cancelled,
        items: &[("Brocca in ceramica di Caltagirone", 1, 6200)],
        tracking: |c| Tracking {
            refunds: vec![Refund {
                id: "R1".into(),
                amount: 6200,
                method: RefundMethod::Card,
                status: RefundStatus::Completed,
                issued_at: Some(c.at(-11, 10)),
                expected_by: Some(c.at(-6, 20)),
                completed_at: Some(c.at(-8, 9)),
                delay: None,
            }],
            ..Tracking::default()
        },
    },
    // Two parcels: one delivered, one held up by snow in the Apennines.
    DemoOrder {
        number: "SP-1008",
        note: "Due pacchi, uno fermo per neve",
        email: "anna.greco@example.com",
        postcode: "70121",
        days_ago: 8,
        status: OrderStatus::InTransit,
        items: &[
            ("Servizio da tè in maiolica", 1, 8900),
            ("Tagliere in legno d'ulivo", 1, 3200),
        ],
        tracking: |c| {
            let mut first = parcel(
                "P1",
                "GLS",
                "GLS0001008",
                ShipmentStatus::Delivered,
                &[("Tagliere in legno d'ulivo", 1)],
            );
            first.events = early_journey(c, 6, "Roma");
            first.events.push(event(
                c,
                -4,
                8,
                "Bari",
                "In consegna",
                ShipmentStatus::OutForDelivery,
            ));
            first.events.push(event(
                c,
                -4,
                13,
                "Bari",
                "Consegnata",
                ShipmentStatus::Delivered,
            ));
            first.delivered_at = Some(c.at(-4, 13));
            first.estimated_delivery = Some(c.window(-4, -4));
            let mut second = parcel(
                "P2",
                "GLS",
                "GLS0002008",
                ShipmentStatus::InTransit,
                &[("Servizio da tè in maiolica", 1)],
            );
            second.events = early_journey(c, 6, "Roma");
            second.events.push(event(
                c,
                -3,
                15,
                "Avellino",
                "Transito sospeso per neve sulla A16",
                ShipmentStatus::InTransit,
            ));
            second.estimated_delivery = Some(c.window(1, 2));
            second.estimate_revised_at = Some(c.at(-2, 9));
            let mut d = delay(
                DelayReason::Weather,
                DelaySide::Carrier,
                "Una nevicata ha chiuso per due giorni l'autostrada che il corriere usa per raggiungere la Puglia.",
                "Il corriere ha riaperto il transito; controlliamo che il pacco parta con il primo carico.",
                c.at(-2, 9),
            );
            d.new_estimate = Some(c.window(1, 2));
            second.delay = Some(d);
            Tracking {
                shipping_address: address("Anna G.", "Bari", "70121"),
                promised_delivery: Some(c.window(-4, -2)),
                shipments: vec![first, second],
                ..Tracking::default()
            }
        },
    },
];
