//! The demo shop, Bottega Aurora: an Italian shop of ceramics and pantry goods, with orders that
//! cover every situation the widget explains. Dates are relative to the first start, so the demo
//! always looks current.

use sportello_contract::{
    CarrierEvent, DateWindow, Delay, DelayReason, DelaySide, Goodwill, MaskedAddress, OrderStatus,
    Promotion, Refund, RefundMethod, RefundStatus, Shipment, ShipmentItem, ShipmentStatus,
};
use time::{format_description::well_known::Rfc3339, Duration, OffsetDateTime};

use crate::db::Tracking;

pub struct DemoOrder {
    pub number: &'static str,
    /// What the order demonstrates (shown on the demo page).
    pub note: &'static str,
    pub email: &'static str,
    pub postcode: &'static str,
    pub days_ago: i64,
    pub status: OrderStatus,
    pub items: &'static [(&'static str, u32, i64)],
    pub tracking: fn(&Clock) -> Tracking,
}

/// Times relative to the seeding moment.
pub struct Clock(pub OffsetDateTime);

impl Clock {
    /// `days` from now (negative = in the past), at a fixed hour of that day (UTC).
    pub fn at(&self, days: i64, hour: u8) -> String {
        let day = (self.0 + Duration::days(days)).date();
        day.with_hms(hour, 0, 0)
            .expect("valid hour")
            .assume_utc()
            .format(&Rfc3339)
            .expect("formats")
    }

    pub fn window(&self, from_days: i64, to_days: i64) -> DateWindow {
        DateWindow {
            from: self.at(from_days, 8),
            to: self.at(to_days, 20),
        }
    }
}

fn event(
    clock: &Clock,
    days: i64,
    hour: u8,
    location: &str,
    description: &str,
    status: ShipmentStatus,
) -> CarrierEvent {
    CarrierEvent {
        at: clock.at(days, hour),
        location: (!location.is_empty()).then(|| location.to_owned()),
        description: description.to_owned(),
        status,
    }
}

fn parcel(
    id: &str,
    carrier: &str,
    tracking: &str,
    status: ShipmentStatus,
    items: &[(&str, u32)],
) -> Shipment {
    Shipment {
        id: id.to_owned(),
        carrier: carrier.to_owned(),
        tracking_number: Some(tracking.to_owned()),
        tracking_url: Some(
            format!("https://tracking.example/{carrier}/{tracking}").replace(' ', "-"),
        ),
        status,
        items: items
            .iter()
            .map(|(name, quantity)| ShipmentItem {
                name: (*name).to_owned(),
                quantity: *quantity,
            })
            .collect(),
        events: Vec::new(),
        estimated_delivery: None,
        estimate_revised_at: None,
        delivered_at: None,
        delay: None,
    }
}

fn address(name: &str, city: &str, postcode: &str) -> Option<MaskedAddress> {
    Some(MaskedAddress {
        name: Some(name.to_owned()),
        line: Some("Via ****, 1*".to_owned()),
        city: Some(city.to_owned()),
        postcode: Some(postcode.to_owned()),
        country: Some("IT".to_owned()),
    })
}

fn delay(
    reason: DelayReason,
    side: DelaySide,
    message: &str,
    action: &str,
    reported: String,
) -> Delay {
    Delay {
        reason,
        side,
        message: Some(message.to_owned()),
        action: Some(action.to_owned()),
        reported_at: Some(reported),
        new_estimate: None,
        goodwill: None,
    }
}

fn voucher(
    code: &str,
    amount: Option<i64>,
    percent: Option<u8>,
    clock: &Clock,
    conditions: &str,
) -> Option<Goodwill> {
    Some(Goodwill {
        code: code.to_owned(),
        amount,
        percent,
        expires_at: Some(clock.at(60, 23)),
        conditions: Some(conditions.to_owned()),
    })
}

fn early_journey(clock: &Clock, shipped_days_ago: i64, hub: &str) -> Vec<CarrierEvent> {
    vec![
        event(
            clock,
            -shipped_days_ago,
            9,
            "Perugia",
            "Spedizione registrata dal mittente",
            ShipmentStatus::InfoReceived,
        ),
        event(
            clock,
            -shipped_days_ago,
            18,
            "Perugia",
            "Ritirata dal corriere",
            ShipmentStatus::InTransit,
        ),
        event(
            clock,
            -shipped_days_ago + 1,
            6,
            hub,
            "In transito presso l'hub",
            ShipmentStatus::InTransit,
        ),
    ]
}

pub const DEMO_ORDERS: &[DemoOrder] = &[
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
