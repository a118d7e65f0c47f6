//! `sportello-server`: the reference backend of the Sportello contract.

use std::{net::SocketAddr, path::PathBuf};

use clap::{Parser, Subcommand, ValueEnum};
use sportello_server::{db, serve, Settings};

#[derive(Debug, Parser)]
#[command(
    version,
    about = "Sportello reference backend: the shop contract on SQLite, the widget and a demo shop page"
)]
struct Args {
    #[command(subcommand)]
    command: Option<Command>,
    /// SQLite database file (created and migrated on first start).
    #[arg(
        long,
        env = "SPORTELLO_DB",
        default_value = "data/sportello.db",
        global = true
    )]
    db: PathBuf,
    /// How log lines are written to standard error: `text` for people, `json` (one object per
    /// line) for a log collector.
    #[arg(long, env = "SPORTELLO_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text, global = true)]
    log_format: LogFormat,
    /// Address to listen on; port 0 picks a free port (the chosen one is printed).
    #[arg(long, env = "SPORTELLO_ADDR", default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// Directory of the built widget, served under /widget/.
    #[arg(long, env = "SPORTELLO_WIDGET_DIR", default_value = "dist")]
    widget_dir: PathBuf,
    /// An origin allowed to call /v1 from another site (CORS); repeat for several.
    #[arg(
        long = "cors-origin",
        env = "SPORTELLO_CORS_ORIGINS",
        value_delimiter = ','
    )]
    cors_origins: Vec<String>,
    /// Bearer token for the /admin endpoints (disabled when unset).
    #[arg(long, env = "SPORTELLO_ADMIN_TOKEN")]
    admin_token: Option<String>,
    /// Seconds between runs of the delay detector; 0 turns the periodic run off.
    #[arg(long, env = "SPORTELLO_DETECTOR_INTERVAL", default_value_t = 300)]
    detector_interval: u64,
    /// Days without a carrier event after which the detector flags a parcel as late.
    #[arg(long, env = "SPORTELLO_STALE_DAYS", default_value_t = 3)]
    stale_days: i64,
    /// Order lookups allowed per client address per minute.
    #[arg(long, env = "SPORTELLO_LOOKUPS_PER_MINUTE", default_value_t = 30)]
    lookups_per_minute: u32,
    /// Failed postcode proofs allowed per order number per 15 minutes (e-mail proofs are never
    /// held back by others' failures).
    #[arg(long, env = "SPORTELLO_FAILED_LOOKUPS_PER_ORDER", default_value_t = 10)]
    failed_lookups_per_order: u32,
    /// Writes (complaints, messages, ratings, help feedback, subscriptions) allowed per client
    /// address per minute.
    #[arg(long, env = "SPORTELLO_WRITES_PER_MINUTE", default_value_t = 20)]
    writes_per_minute: u32,
    /// Messages one complaint takes per hour.
    #[arg(
        long,
        env = "SPORTELLO_MESSAGES_PER_COMPLAINT_PER_HOUR",
        default_value_t = 30
    )]
    messages_per_complaint_per_hour: u32,
    /// Photo megabytes (decoded) one client address may send per hour.
    #[arg(long, env = "SPORTELLO_PHOTO_MB_PER_HOUR", default_value_t = 60)]
    photo_mb_per_hour: u32,
    /// Complaint and message bodies with photos read at once; more wait their turn.
    #[arg(long, env = "SPORTELLO_CONCURRENT_UPLOADS", default_value_t = 4)]
    concurrent_uploads: usize,
    /// The demo shop: its orders seeded on first start and its page at /. Never in production.
    #[arg(long, env = "SPORTELLO_DEMO")]
    demo: bool,
    /// A bearer key of the ingest API (/ingest/v1) a shop's system sends its orders with; repeat
    /// (or commas) to rotate. Without one the ingest API does not exist.
    #[arg(
        long = "ingest-key",
        env = "SPORTELLO_INGEST_KEY",
        value_delimiter = ','
    )]
    ingest_keys: Vec<String>,
    /// The Shopify app's webhook secret: with it, /ingest/shopify takes the shop's order,
    /// fulfillment and refund webhooks (each verified by its X-Shopify-Hmac-Sha256).
    #[arg(long, env = "SPORTELLO_SHOPIFY_WEBHOOK_SECRET")]
    shopify_webhook_secret: Option<String>,
    /// The secret of the shop's WooCommerce webhooks: with it, /ingest/woocommerce takes
    /// order.created and order.updated (each verified by its X-WC-Webhook-Signature).
    #[arg(long, env = "SPORTELLO_WOOCOMMERCE_WEBHOOK_SECRET")]
    woocommerce_webhook_secret: Option<String>,
    /// Days after its last change an order or a complaint (with its photos) is removed; unset,
    /// they are kept.
    #[arg(long, env = "SPORTELLO_RETENTION_DAYS")]
    retention_days: Option<u32>,
    /// Where customers reach this server (https://support.shop.example): the links in e-mails
    /// open the widget's full page there.
    #[arg(long, env = "SPORTELLO_PUBLIC_URL")]
    public_url: Option<String>,
    /// Where e-mail goes out: smtp://user:password@host:587 (STARTTLS when offered) or
    /// smtps://…:465. Without it nothing is sent.
    #[arg(long, env = "SPORTELLO_SMTP_URL")]
    smtp_url: Option<String>,
    /// The sender of every e-mail, e.g. "Bottega Aurora <assistenza@bottega.example>".
    #[arg(long, env = "SPORTELLO_MAIL_FROM")]
    mail_from: Option<String>,
    /// Where customers' replies go, if not to the sender.
    #[arg(long, env = "SPORTELLO_MAIL_REPLY_TO")]
    mail_reply_to: Option<String>,
    /// E-mail every delay to every customer it touches, not only to those who asked for
    /// updates (a service message about their order).
    #[arg(long, env = "SPORTELLO_NOTIFY_ALL_DELAYS")]
    notify_all_delays: bool,
    /// With --demo: the demo page links to the mail catcher at this address.
    #[arg(long, env = "SPORTELLO_DEMO_MAILBOX_URL")]
    demo_mailbox_url: Option<String>,
    /// The shop's relay for SMS and WhatsApp: each message is POSTed there as signed JSON.
    #[arg(long, env = "SPORTELLO_MESSAGE_WEBHOOK_URL")]
    message_webhook_url: Option<String>,
    /// The secret the relay's messages are signed with (X-Sportello-Signature).
    #[arg(long, env = "SPORTELLO_MESSAGE_WEBHOOK_SECRET")]
    message_webhook_secret: Option<String>,
    /// The shop's name, as /v1/config reports it.
    #[arg(long, env = "SPORTELLO_SHOP_NAME", default_value = "Bottega Aurora")]
    shop_name: String,
    /// The shop's language (BCP 47): the widget's when the customer's is not supported.
    #[arg(long, env = "SPORTELLO_DEFAULT_LOCALE", default_value = "it")]
    default_locale: String,
    /// Languages the shop's own texts (delay messages, replies) are written in.
    #[arg(
        long,
        env = "SPORTELLO_SUPPORTED_LOCALES",
        value_delimiter = ',',
        default_value = "it,en"
    )]
    supported_locales: Vec<String>,
    /// Proofs of ownership the order lookup accepts, the one to offer first first: email,
    /// postcode or both. Another is refused with 422.
    #[arg(
        long,
        env = "SPORTELLO_LOOKUP_PROOFS",
        value_delimiter = ',',
        default_value = "email,postcode"
    )]
    lookup_proofs: Vec<Proof>,
    /// An order number as the shop prints it, shown as the example under the lookup's field.
    #[arg(long, env = "SPORTELLO_ORDER_NUMBER_EXAMPLE")]
    order_number_example: Option<String>,
    /// The pattern (ECMA-262) every order number matches, upper-case and without `#`, e.g.
    /// `^SP-[0-9]{4,}$`: a number typed without its prefix then gets a hint.
    #[arg(long, env = "SPORTELLO_ORDER_NUMBER_PATTERN")]
    order_number_pattern: Option<String>,
    /// Country (ISO 3166-1 alpha-2) of most customers' phones: national numbers get its code.
    #[arg(long, env = "SPORTELLO_PHONE_COUNTRY")]
    phone_country: Option<String>,
    /// Most connections open at once; past it new ones wait until one closes.
    #[arg(long, env = "SPORTELLO_MAX_CONNECTIONS", default_value_t = 512)]
    max_connections: usize,
    /// Seconds a client has to send a request's headers (and an idle keep-alive lasts).
    #[arg(long, env = "SPORTELLO_HEADER_TIMEOUT", default_value_t = 10)]
    header_timeout: u64,
    /// Seconds a client has to send a request's body.
    #[arg(long, env = "SPORTELLO_BODY_TIMEOUT", default_value_t = 30)]
    body_timeout: u64,
    /// A reverse proxy (CIDR or address) whose Forwarded / X-Forwarded-For name the client;
    /// repeat for several. Without it those headers are ignored.
    #[arg(
        long = "trusted-proxy",
        env = "SPORTELLO_TRUSTED_PROXIES",
        value_delimiter = ','
    )]
    trusted_proxies: Vec<String>,
    /// Seconds requests in flight get to finish after SIGTERM or Ctrl-C.
    #[arg(long, env = "SPORTELLO_SHUTDOWN_TIMEOUT", default_value_t = 10)]
    shutdown_timeout: u64,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve (what runs without a command).
    Serve,
    /// Writes a consistent copy of the database to FILE (SQLite's `VACUUM INTO`), also while the
    /// server runs. To restore, stop the server and put the copy in the database's place.
    Backup {
        /// Where the copy goes; must not exist yet.
        file: PathBuf,
    },
    /// Staff accounts of the desk (`/desk/`).
    Staff {
        #[command(subcommand)]
        action: StaffAction,
    },
    /// Loads orders from FILE, one JSON object per line: `number` and the ingest API's order
    /// document (`server/ingest.openapi.json`). Says per line what was created, updated, left
    /// unchanged or refused and why; safe to run again.
    Import {
        /// The JSON lines file (`-` for standard input).
        file: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
enum StaffAction {
    /// Adds a staff member, or gives them a new password (which ends their sessions). The
    /// password is read from standard input (one line, at least 12 characters), never from the
    /// command line.
    Add {
        email: String,
        /// The name customers read under an answer (default: the part of the address before @).
        #[arg(long)]
        name: Option<String>,
    },
    /// Removes a staff member and ends their sessions.
    Remove { email: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Proof {
    Email,
    Postcode,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum LogFormat {
    Text,
    Json,
}

fn init_logs(format: LogFormat) {
    let builder = tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,tower_http=warn".into()),
        )
        .with_writer(std::io::stderr);
    match format {
        // Colours only for a person at a terminal, never into a journal or a log file.
        LogFormat::Text => builder
            .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
            .init(),
        LogFormat::Json => builder
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .with_span_list(false)
            .init(),
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    init_logs(args.log_format);
    if let Some(Command::Backup { file }) = &args.command {
        let copy = db::backup(&args.db, file)?;
        println!(
            "Backed up {} to {} ({} bytes, {} orders, {} complaints)",
            args.db.display(),
            file.display(),
            copy.bytes,
            copy.orders,
            copy.complaints
        );
        return Ok(());
    }
    if let Some(Command::Staff { action }) = &args.command {
        let conn = db::open(&args.db, false)?;
        match action {
            StaffAction::Add { email, name } => {
                let mut password = String::new();
                std::io::stdin().read_line(&mut password)?;
                let password = password.trim_end_matches(['\r', '\n']);
                let name = name.clone().unwrap_or_else(|| {
                    let local = email.split('@').next().unwrap_or("");
                    let mut chars = local.chars();
                    chars
                        .next()
                        .map(|c| c.to_uppercase().chain(chars).collect())
                        .unwrap_or_default()
                });
                let new = sportello_server::desk::staff::add(&conn, email, &name, password)?;
                println!(
                    "{} {email} ({name}): they sign in at /desk/",
                    if new { "Added" } else { "New password for" }
                );
            }
            StaffAction::Remove { email } => {
                if sportello_server::desk::staff::remove(&conn, email)? {
                    println!("Removed {email}; their sessions are over");
                } else {
                    anyhow::bail!("no staff member {email}");
                }
            }
        }
        return Ok(());
    }
    if let Some(Command::Import { file }) = &args.command {
        let report = sportello_server::ingest::import(&args.db, file)?;
        println!("{report}");
        if report.refused > 0 {
            std::process::exit(1);
        }
        return Ok(());
    }
    let mut settings = Settings::new(args.db, args.widget_dir);
    settings.cors_origins = args.cors_origins;
    settings.shop_name = args.shop_name;
    settings.default_locale = args.default_locale;
    settings.supported_locales = args.supported_locales;
    settings.lookup = sportello_contract::LookupSettings {
        proofs: args
            .lookup_proofs
            .iter()
            .map(|proof| match proof {
                Proof::Email => sportello_contract::LookupProof::Email,
                Proof::Postcode => sportello_contract::LookupProof::Postcode,
            })
            .collect(),
        order_number_example: args.order_number_example.filter(|e| !e.trim().is_empty()),
        order_number_pattern: args.order_number_pattern.filter(|p| !p.trim().is_empty()),
    };
    settings.phone_country = args
        .phone_country
        .map(|c| c.trim().to_ascii_uppercase())
        .filter(|c| !c.is_empty());
    settings.admin_token = args.admin_token.filter(|t| !t.is_empty());
    settings.ingest_keys = args.ingest_keys;
    settings.shopify_webhook_secret = args.shopify_webhook_secret;
    settings.woocommerce_webhook_secret = args.woocommerce_webhook_secret;
    settings.retention_days = args.retention_days;
    settings.smtp_url = args.smtp_url.filter(|u| !u.is_empty());
    settings.public_url = args.public_url;
    settings.mail_from = args.mail_from.filter(|f| !f.is_empty());
    settings.mail_reply_to = args.mail_reply_to.filter(|r| !r.is_empty());
    settings.message_webhook_url = args.message_webhook_url.filter(|u| !u.is_empty());
    settings.message_webhook_secret = args.message_webhook_secret.filter(|s| !s.is_empty());
    settings.detector_interval = (args.detector_interval > 0)
        .then(|| std::time::Duration::from_secs(args.detector_interval));
    settings.stale_days = args.stale_days;
    settings.lookups_per_minute = args.lookups_per_minute;
    settings.failed_lookups_per_order = args.failed_lookups_per_order;
    settings.writes_per_minute = args.writes_per_minute;
    settings.messages_per_complaint_per_hour = args.messages_per_complaint_per_hour;
    settings.photo_mb_per_hour = args.photo_mb_per_hour;
    settings.concurrent_uploads = args.concurrent_uploads;
    settings.trusted_proxies = args.trusted_proxies;
    settings.demo = args.demo;
    settings.notify_all_delays = args.notify_all_delays;
    settings.demo_mailbox_url = args.demo_mailbox_url.filter(|u| !u.is_empty());
    settings.limits = sportello_server::Limits {
        max_connections: args.max_connections,
        header_timeout: std::time::Duration::from_secs(args.header_timeout.max(1)),
        body_timeout: std::time::Duration::from_secs(args.body_timeout.max(1)),
        shutdown_timeout: std::time::Duration::from_secs(args.shutdown_timeout),
    };
    serve(settings, args.addr).await
}
