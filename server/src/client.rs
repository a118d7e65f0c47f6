//! Who the client is, behind a reverse proxy or not. Production puts TLS in front (nginx, Caddy, a
//! load balancer): then every request comes from the proxy's address, and the per-client limits
//! would be one budget for the whole shop. With `--trusted-proxy CIDR`, a request whose peer is a
//! trusted proxy is attributed to the address that proxy names (`Forwarded: for=`, RFC 7239, or
//! `X-Forwarded-For`): the rightmost one that is not itself a trusted proxy. From any other peer
//! those headers are ignored, since anyone can write them.

use std::{
    net::{IpAddr, SocketAddr},
    sync::Arc,
};

use axum::{
    extract::{ConnectInfo, Request, State},
    http::HeaderMap,
    middleware::Next,
    response::Response,
};
use ipnet::IpNet;

/// The address a request is attributed to (the per-client limits count by it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientAddr(pub IpAddr);

/// The networks whose requests carry a trustworthy `Forwarded` / `X-Forwarded-For`.
#[derive(Debug, Clone, Default)]
pub struct TrustedProxies(Arc<Vec<IpNet>>);

impl TrustedProxies {
    /// From CIDRs (`10.0.0.0/8`, `::1/128`) or plain addresses; names the first it cannot read.
    pub fn parse(cidrs: &[String]) -> anyhow::Result<TrustedProxies> {
        let nets = cidrs
            .iter()
            .map(|text| {
                let text = text.trim();
                text.parse::<IpNet>()
                    .or_else(|_| text.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| {
                        anyhow::anyhow!("--trusted-proxy {text:?} is not a CIDR or an address")
                    })
            })
            .collect::<anyhow::Result<_>>()?;
        Ok(TrustedProxies(Arc::new(nets)))
    }

    fn trusts(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        self.0.iter().any(|net| net.contains(&ip))
    }

    /// The client of a request that came from `peer` with `headers`.
    pub fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let peer = canonical(peer);
        if !self.trusts(peer) {
            return peer;
        }
        let hops = forwarded_for(headers);
        // From the nearest hop outwards: the first one that is not a trusted proxy is the
        // client. A hop that cannot be read ("unknown", an obfuscated name) ends the walk: the
        // request is attributed to the last proxy that could be trusted.
        let mut client = peer;
        for hop in hops.iter().rev() {
            match hop {
                Some(ip) if self.trusts(*ip) => client = *ip,
                Some(ip) => return *ip,
                None => return client,
            }
        }
        client
    }
}

/// An IPv4 address written as IPv6 (`::ffff:192.0.2.1`) is the IPv4 address.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        IpAddr::V4(_) => ip,
    }
}

/// The hops a proxy recorded, nearest last: `Forwarded: for=` when present, else
/// `X-Forwarded-For`; `None` for a hop that is not an address.
fn forwarded_for(headers: &HeaderMap) -> Vec<Option<IpAddr>> {
    let forwarded: Vec<&str> = headers
        .get_all("forwarded")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .collect();
    if !forwarded.is_empty() {
        return forwarded
            .iter()
            .flat_map(|value| value.split(','))
            .filter_map(|element| {
                element.split(';').find_map(|pair| {
                    let (key, value) = pair.split_once('=')?;
                    key.trim()
                        .eq_ignore_ascii_case("for")
                        .then(|| node_address(value.trim().trim_matches('"')))
                })
            })
            .collect();
    }
    headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .map(|hop| node_address(hop.trim()))
        .collect()
}

/// An address as proxies write it: `192.0.2.1`, `192.0.2.1:4711`, `[2001:db8::1]:4711`,
/// `2001:db8::1`.
fn node_address(text: &str) -> Option<IpAddr> {
    if let Ok(ip) = text.parse::<IpAddr>() {
        return Some(canonical(ip));
    }
    if let Ok(socket) = text.parse::<SocketAddr>() {
        return Some(canonical(socket.ip()));
    }
    let inner = text.strip_prefix('[')?.split(']').next()?;
    inner.parse::<IpAddr>().ok().map(canonical)
}

/// The middleware: attributes each request to its [`ClientAddr`].
pub async fn attribute(
    State(trusted): State<TrustedProxies>,
    mut request: Request,
    next: Next,
) -> Response {
    if let Some(ConnectInfo(peer)) = request.extensions().get::<ConnectInfo<SocketAddr>>() {
        let client = trusted.client(peer.ip(), request.headers());
        request.extensions_mut().insert(ClientAddr(client));
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_static(value));
        }
        map
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn headers_count_only_from_a_trusted_proxy() {
        let trusted = TrustedProxies::parse(&["10.0.0.0/8".into(), "::1".into()]).unwrap();
        let spoofed = headers(&[("x-forwarded-for", "203.0.113.9")]);
        assert_eq!(
            trusted.client(ip("198.51.100.7"), &spoofed),
            ip("198.51.100.7")
        );
        assert_eq!(trusted.client(ip("10.1.2.3"), &spoofed), ip("203.0.113.9"));
        assert_eq!(trusted.client(ip("::1"), &spoofed), ip("203.0.113.9"));
        // Nothing trusted: headers never count.
        let none = TrustedProxies::default();
        assert_eq!(none.client(ip("10.1.2.3"), &spoofed), ip("10.1.2.3"));
    }

    #[test]
    fn the_rightmost_untrusted_hop_is_the_client() {
        let trusted = TrustedProxies::parse(&["10.0.0.0/8".into()]).unwrap();
        // The client wrote a fake first hop; the proxies appended the real one.
        let chain = headers(&[("x-forwarded-for", "1.2.3.4, 203.0.113.9, 10.0.0.5")]);
        assert_eq!(trusted.client(ip("10.0.0.1"), &chain), ip("203.0.113.9"));
        let split = headers(&[
            ("x-forwarded-for", "1.2.3.4"),
            ("x-forwarded-for", "203.0.113.9"),
        ]);
        assert_eq!(trusted.client(ip("10.0.0.1"), &split), ip("203.0.113.9"));
        let all_trusted = headers(&[("x-forwarded-for", "10.0.0.7, 10.0.0.5")]);
        assert_eq!(trusted.client(ip("10.0.0.1"), &all_trusted), ip("10.0.0.7"));
        let garbage = headers(&[("x-forwarded-for", "unknown")]);
        assert_eq!(trusted.client(ip("10.0.0.1"), &garbage), ip("10.0.0.1"));
        assert_eq!(
            trusted.client(ip("10.0.0.1"), &HeaderMap::new()),
            ip("10.0.0.1")
        );
    }

    #[test]
    fn forwarded_wins_over_x_forwarded_for_and_is_read_in_every_form() {
        let trusted = TrustedProxies::parse(&["10.0.0.0/8".into()]).unwrap();
        let both = headers(&[
            ("forwarded", "for=192.0.2.60;proto=https;by=10.0.0.1"),
            ("x-forwarded-for", "203.0.113.9"),
        ]);
        assert_eq!(trusted.client(ip("10.0.0.1"), &both), ip("192.0.2.60"));
        let v6 = headers(&[(
            "forwarded",
            r#"For="[2001:db8:cafe::17]:4711", for=10.0.0.3"#,
        )]);
        assert_eq!(trusted.client(ip("10.0.0.1"), &v6), ip("2001:db8:cafe::17"));
        let port = headers(&[("forwarded", "for=192.0.2.60:8080")]);
        assert_eq!(trusted.client(ip("10.0.0.1"), &port), ip("192.0.2.60"));
        let hidden = headers(&[("forwarded", "for=_hidden")]);
        assert_eq!(trusted.client(ip("10.0.0.1"), &hidden), ip("10.0.0.1"));
        let mapped = headers(&[("x-forwarded-for", "::ffff:203.0.113.9")]);
        assert_eq!(
            trusted.client(ip("::ffff:10.0.0.1"), &mapped),
            ip("203.0.113.9")
        );
    }

    #[test]
    fn a_bad_cidr_is_named() {
        let error = TrustedProxies::parse(&["10.0.0.0/33".into()]).unwrap_err();
        assert!(error.to_string().contains("10.0.0.0/33"), "{error}");
    }
}
