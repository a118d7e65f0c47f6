//! The server on a real socket, as the internet treats it: clients that trickle their headers
//! are dropped, idle keep-alive connections are closed, a normal request is served while 200 slow
//! clients hold connections, the connection cap holds newcomers back until a slot frees, and a
//! shutdown (also SIGTERM to the binary) finishes in bounded time with a half-sent request open.

mod common;

use std::{
    net::SocketAddr,
    time::{Duration, Instant},
};

use common::test_app;
use sportello_server::{serve_with, Limits};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::{TcpListener, TcpStream},
    sync::oneshot,
    task::JoinHandle,
};

struct Running {
    addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    server: JoinHandle<anyhow::Result<()>>,
    _app: common::TestApp,
}

async fn start(limits: Limits) -> Running {
    let app = test_app();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = oneshot::channel::<()>();
    let server = tokio::spawn(serve_with(listener, app.router.clone(), limits, async {
        let _ = stopped.await;
    }));
    Running {
        addr,
        stop: Some(stop),
        server,
        _app: app,
    }
}

fn limits(header_timeout: Duration) -> Limits {
    Limits {
        header_timeout,
        ..Limits::default()
    }
}

/// `GET /v1/config` on a connection of its own: the status line, or why there was none.
async fn config_status(addr: SocketAddr) -> String {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream
        .write_all(b"GET /v1/config HTTP/1.1\r\nHost: shop.example\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer).await;
    String::from_utf8_lossy(&answer)
        .lines()
        .next()
        .unwrap_or("(nothing)")
        .to_owned()
}

/// Reads until the server closes the connection; how long that took.
async fn closed_after(stream: &mut TcpStream, started: Instant) -> Duration {
    let mut buffer = [0u8; 1024];
    loop {
        match stream.read(&mut buffer).await {
            Ok(0) | Err(_) => return started.elapsed(),
            Ok(_) => {}
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_clients_are_dropped_while_a_normal_request_is_served() {
    let running = start(limits(Duration::from_secs(1))).await;
    let addr = running.addr;
    // 200 clients that send a request line, then one byte of header every 200 ms.
    let slow: Vec<_> = (0..200)
        .map(|_| {
            tokio::spawn(async move {
                let started = Instant::now();
                let mut stream = TcpStream::connect(addr).await.unwrap();
                let _ = stream
                    .write_all(b"GET /v1/config HTTP/1.1\r\nX-Slow: ")
                    .await;
                let mut buffer = [0u8; 256];
                loop {
                    tokio::select! {
                        read = stream.read(&mut buffer) => match read {
                            Ok(0) | Err(_) => return started.elapsed(),
                            // A 408 before closing is fine too; keep reading until the close.
                            Ok(_) => {}
                        },
                        () = tokio::time::sleep(Duration::from_millis(200)) => {
                            if stream.write_all(b"x").await.is_err() {
                                return started.elapsed();
                            }
                        }
                    }
                    if started.elapsed() > Duration::from_secs(10) {
                        return started.elapsed();
                    }
                }
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let asked = Instant::now();
    let status = tokio::time::timeout(Duration::from_secs(2), config_status(addr))
        .await
        .expect("a normal request is answered while 200 slow clients are connected");
    assert!(status.starts_with("HTTP/1.1 200"), "{status}");
    assert!(
        asked.elapsed() < Duration::from_secs(1),
        "{:?}",
        asked.elapsed()
    );
    for client in slow {
        let held = client.await.unwrap();
        assert!(
            held < Duration::from_secs(4),
            "a client trickling its headers was held for {held:?} (header timeout 1 s)"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_idle_keep_alive_connection_is_closed() {
    let running = start(limits(Duration::from_secs(1))).await;
    let mut stream = TcpStream::connect(running.addr).await.unwrap();
    stream
        .write_all(b"GET /v1/config HTTP/1.1\r\nHost: shop.example\r\n\r\n")
        .await
        .unwrap();
    let mut buffer = [0u8; 4096];
    let read = stream.read(&mut buffer).await.unwrap();
    assert!(buffer[..read].starts_with(b"HTTP/1.1 200"));
    let started = Instant::now();
    let closed = tokio::time::timeout(Duration::from_secs(5), closed_after(&mut stream, started))
        .await
        .expect("the idle connection is closed");
    assert!(closed < Duration::from_secs(3), "{closed:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn past_the_cap_a_newcomer_waits_until_a_slot_frees() {
    let running = start(Limits {
        max_connections: 2,
        header_timeout: Duration::from_secs(1),
        ..Limits::default()
    })
    .await;
    // Two connections that never send anything fill the cap.
    let _idle = [
        TcpStream::connect(running.addr).await.unwrap(),
        TcpStream::connect(running.addr).await.unwrap(),
    ];
    tokio::time::sleep(Duration::from_millis(100)).await;
    let asked = Instant::now();
    let waiting = tokio::spawn(config_status(running.addr));
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(!waiting.is_finished(), "the third connection waits");
    let status = tokio::time::timeout(Duration::from_secs(4), waiting)
        .await
        .expect("served once the silent connections timed out")
        .unwrap();
    assert!(status.starts_with("HTTP/1.1 200"), "{status}");
    assert!(asked.elapsed() >= Duration::from_millis(500));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_shutdown_ends_in_bounded_time_with_a_half_sent_request_open() {
    let mut running = start(Limits {
        header_timeout: Duration::from_secs(30),
        shutdown_timeout: Duration::from_secs(1),
        ..Limits::default()
    })
    .await;
    let mut half = TcpStream::connect(running.addr).await.unwrap();
    half.write_all(b"POST /v1/orders/lookup HTTP/1.1\r\nHost: shop.example\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"order")
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    let asked = Instant::now();
    running.stop.take().unwrap().send(()).unwrap();
    let result = tokio::time::timeout(Duration::from_secs(5), &mut running.server)
        .await
        .expect("the server stops within its grace");
    result.unwrap().unwrap();
    assert!(
        asked.elapsed() < Duration::from_secs(3),
        "{:?}",
        asked.elapsed()
    );
    // No new connection is accepted any more.
    assert!(TcpStream::connect(running.addr).await.is_err());
}

/// SIGTERM, as systemd, Docker and Kubernetes send it, stops the binary within its grace, a
/// request in flight or not.
#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_stops_the_binary_within_its_grace() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = common::binary::Binary::start(
        &dir.path().join("shop.db"),
        &["--shutdown-timeout", "2", "--header-timeout", "30"],
        None,
    )
    .await;
    let addr = server.addr;
    assert!(config_status(addr).await.starts_with("HTTP/1.1 200"));
    let mut half = TcpStream::connect(addr).await.unwrap();
    half.write_all(b"GET /v1/config HTTP/1.1\r\nHost: shop")
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    let asked = Instant::now();
    server.terminate();
    let status = tokio::time::timeout(Duration::from_secs(6), server.child.wait())
        .await
        .expect("the server exits within its grace after SIGTERM")
        .unwrap();
    assert!(status.success(), "{status:?}");
    assert!(
        asked.elapsed() < Duration::from_secs(4),
        "{:?}",
        asked.elapsed()
    );
}
