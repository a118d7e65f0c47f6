//! Serving on the internet: the accept loop with a cap on open connections (back-pressure: past
//! it, new connections wait in the kernel's backlog), hyper's timeouts (a request's headers must
//! arrive in time, which also closes idle keep-alive connections; the body timeout is a layer of
//! the app), and a graceful, bounded shutdown on SIGTERM or Ctrl-C.

use std::{future::Future, net::SocketAddr, sync::Arc, time::Duration};

use axum::{extract::ConnectInfo, Extension, Router};
use hyper_util::{
    rt::{TokioExecutor, TokioIo, TokioTimer},
    server::{conn::auto, graceful::GracefulShutdown},
    service::TowerToHyperService,
};
use tokio::{net::TcpListener, sync::Semaphore};
use tower::Layer;

/// What one client may hold of the server.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Most connections open at once. Past it the server stops accepting until one closes, and
    /// says so once in the log; the kernel's backlog holds the newcomers meanwhile.
    pub max_connections: usize,
    /// A request's headers must arrive within this; a keep-alive connection idle this long is
    /// closed.
    pub header_timeout: Duration,
    /// A request's body must arrive within this (the app's `RequestBodyTimeoutLayer`).
    pub body_timeout: Duration,
    /// On shutdown, requests in flight get this long to finish; then the server exits anyway.
    pub shutdown_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            // systemd's default limit of open files is 1024: the cap stays well under it, with
            // room for the database and the log.
            max_connections: 512,
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(30),
            shutdown_timeout: Duration::from_secs(10),
        }
    }
}

/// Resolves on SIGTERM (what systemd, Docker and Kubernetes send) or Ctrl-C.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => tracing::info!("Ctrl-C: shutting down"),
        () = terminate => tracing::info!("SIGTERM: shutting down"),
    }
}

/// Serves `router` on `listener` until `shutdown` resolves, then lets the requests in flight
/// finish for at most `limits.shutdown_timeout`.
pub async fn serve_with(
    listener: TcpListener,
    router: Router,
    limits: Limits,
    shutdown: impl Future<Output = ()>,
) -> anyhow::Result<()> {
    let permits = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let graceful = GracefulShutdown::new();
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout);
    builder
        .http2()
        .timer(TokioTimer::new())
        .keep_alive_interval(limits.header_timeout)
        .keep_alive_timeout(limits.header_timeout);
    tokio::pin!(shutdown);
    let mut at_cap = false;
    loop {
        let permit = match permits.clone().try_acquire_owned() {
            Ok(permit) => permit,
            Err(_) => {
                if !at_cap {
                    tracing::warn!(
                        max_connections = limits.max_connections,
                        "connection cap reached: new connections wait until one closes"
                    );
                    at_cap = true;
                }
                tokio::select! {
                    permit = permits.clone().acquire_owned() => permit?,
                    () = &mut shutdown => break,
                }
            }
        };
        if at_cap && permits.available_permits() > 0 {
            tracing::info!("below the connection cap again");
            at_cap = false;
        }
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of file descriptors, or a connection reset before it was accepted:
                    // wait a moment rather than spin.
                    tracing::warn!(%error, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let service = TowerToHyperService::new(
            Extension(ConnectInfo::<SocketAddr>(peer)).layer(router.clone()),
        );
        let (builder, watcher) = (builder.clone(), graceful.watcher());
        let first_byte = limits.header_timeout;
        tokio::spawn(async move {
            // hyper's header timer starts with the first byte: a connection that sends nothing
            // at all is closed here, after the same time.
            let mut first = [0u8; 1];
            if !matches!(
                tokio::time::timeout(first_byte, stream.peek(&mut first)).await,
                Ok(Ok(1..))
            ) {
                drop(permit);
                return;
            }
            let connection = builder.serve_connection(TokioIo::new(stream), service);
            if let Err(error) = watcher.watch(connection).await {
                tracing::debug!(%error, "connection ended");
            }
            drop(permit);
        });
    }
    drop(listener);
    tracing::info!(
        in_flight = graceful.count(),
        "no new connections; finishing the requests in flight"
    );
    tokio::select! {
        () = graceful.shutdown() => tracing::info!("every connection closed"),
        () = tokio::time::sleep(limits.shutdown_timeout) => tracing::warn!(
            after = ?limits.shutdown_timeout,
            "requests still in flight: closing them"
        ),
    }
    Ok(())
}
