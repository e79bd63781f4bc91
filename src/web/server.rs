//! The one HTTP stack of the local workbench and the hub: axum on tokio.
//! Each request is read here once — its body bounded, its fields parsed —
//! into a [`Request`] and handed to a [`Surface`] (the workbench's local
//! person, or the hub's accounts); the surface's [`Reply`] goes back. A slow
//! page blocks nobody: the surfaces run the core's handlers on tokio's
//! blocking pool.

use super::{Reply, WebError};
use crate::error::Error;
use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, Method, Response};
use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;
use tower::Layer;

/// Request bodies larger than this are refused (a form is a few kB).
pub(crate) const MAX_BODY: usize = 64 * 1024;
/// A request's headers must have arrived by then, or the connection is
/// closed (a client sending a byte now and then holds nothing).
const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// A request must be answered by then (its body read, its page made).
const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);
/// Connections open at once; beyond them a new one is closed at once.
const MAX_CONNECTIONS: usize = 512;

/// One request, as every handler sees it.
pub(crate) struct Request {
    pub method: Method,
    pub path: String,
    pub query: String,
    pub headers: HeaderMap,
    pub body: Bytes,
    /// The client's address (a trusted proxy's `X-Forwarded-For` where the
    /// surface believes one).
    pub client: IpAddr,
}

impl Request {
    /// A cookie the browser sent.
    pub(crate) fn cookie(&self, name: &str) -> Option<String> {
        self.headers
            .get_all(axum::http::header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|c| c.trim().split_once('='))
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_string())
    }

    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub(crate) fn is_post(&self) -> bool {
        self.method == Method::POST
    }

    /// The submitted form (`application/x-www-form-urlencoded`).
    pub(crate) fn form(&self) -> Form {
        Form(form_urlencoded::parse(&self.body).into_owned().collect())
    }

    /// The address's query (`?q=…&thema=…`).
    pub(crate) fn query_pairs(&self) -> Vec<(String, String)> {
        form_urlencoded::parse(self.query.as_bytes())
            .into_owned()
            .collect()
    }
}

/// A submitted form's fields, in the order the browser sent them (a name
/// may repeat: check boxes, multiple choices).
#[derive(Debug, Clone, Default)]
pub(crate) struct Form(pub Vec<(String, String)>);

impl Form {
    /// The first value of a field, as sent.
    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// The first value of a field, trimmed; empty when it was not sent.
    pub(crate) fn text(&self, key: &str) -> String {
        self.get(key).map(str::trim).unwrap_or_default().to_string()
    }

    /// Every value of a field.
    pub(crate) fn all<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.0
            .iter()
            .filter(move |(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    pub(crate) fn pairs(&self) -> &[(String, String)] {
        &self.0
    }

    /// The form carries this token (compared in constant time).
    pub(crate) fn carries(&self, key: &str, token: &str) -> bool {
        self.get(key).is_some_and(|sent| token_matches(sent, token))
    }
}

/// A secret as a page carries it: XORed with a fresh pad each time, pad
/// first, in hex. Pages are compressed, and a page that holds a secret and
/// text an attacker chose gives the secret away byte by byte to someone
/// who sees its compressed size (BREACH); a masked secret differs on every
/// page. Without randomness the page carries it unmasked.
pub(crate) fn masked(token: &str) -> String {
    let mut pad = vec![0u8; token.len()];
    if getrandom::fill(&mut pad).is_err() {
        return token.to_string();
    }
    let mut out = String::with_capacity(token.len() * 4);
    for b in pad.iter().chain(
        &pad.iter()
            .zip(token.as_bytes())
            .map(|(p, t)| p ^ t)
            .collect::<Vec<u8>>(),
    ) {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

/// The secret sent back matches `token`: masked as [`masked`] gives it,
/// or as it is. Compared in constant time.
pub(crate) fn token_matches(sent: &str, token: &str) -> bool {
    if token.is_empty() {
        return false;
    }
    let unmasked = (sent.len() == token.len() * 4)
        .then(|| {
            let bytes: Option<Vec<u8>> = (0..sent.len() / 2)
                .map(|i| u8::from_str_radix(sent.get(2 * i..2 * i + 2)?, 16).ok())
                .collect();
            let bytes = bytes?;
            let (pad, xored) = bytes.split_at(token.len());
            Some(
                pad.iter()
                    .zip(xored)
                    .map(|(p, x)| p ^ x)
                    .collect::<Vec<u8>>(),
            )
        })
        .flatten();
    match unmasked {
        Some(u) => constant_eq(&u, token.as_bytes()),
        None => constant_eq(sent.as_bytes(), token.as_bytes()),
    }
}

/// Two secrets compared in the same time whatever they hold.
pub(crate) fn constant_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Who answers the requests of a server: the workbench's one local person,
/// or the hub's signed-in people.
pub(crate) trait Surface: Send + Sync + 'static {
    /// The client's address of a connection from `peer`.
    fn client(&self, peer: SocketAddr, _headers: &HeaderMap) -> IpAddr {
        peer.ip()
    }

    /// The reply to one request.
    fn respond(self: Arc<Self>, request: Request) -> impl Future<Output = Reply> + Send;
}

/// A runtime for a server: one worker per core.
pub(crate) fn runtime() -> Result<tokio::runtime::Runtime, Error> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::Serve(e.to_string()))
}

/// The listening socket of `host:port` (port 0: any free one).
pub(crate) async fn bind(host: &str, port: u16) -> Result<tokio::net::TcpListener, Error> {
    tokio::net::TcpListener::bind((host, port))
        .await
        .map_err(|e| Error::Serve(format!("{host}:{port}: {e}")))
}

/// Serves `surface` on `listener` until Ctrl-C: each connection its own
/// task, at most [`MAX_CONNECTIONS`] at once, its headers read within
/// [`HEADER_TIMEOUT`] and each request answered within [`REQUEST_TIMEOUT`].
pub(crate) async fn serve<S: Surface>(
    listener: tokio::net::TcpListener,
    surface: Arc<S>,
) -> Result<(), Error> {
    let connections = Arc::new(tokio::sync::Semaphore::new(MAX_CONNECTIONS));
    let shutdown = tokio::signal::ctrl_c();
    tokio::pin!(shutdown);
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = &mut shutdown => return Ok(()),
        };
        let (stream, peer) = match accepted {
            Ok(a) => a,
            // Out of file descriptors, say: a moment, then on.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let Ok(permit) = connections.clone().try_acquire_owned() else {
            drop(stream);
            continue;
        };
        let surface = surface.clone();
        tokio::spawn(async move {
            let service =
                tower::service_fn(move |request: hyper::Request<hyper::body::Incoming>| {
                    let surface = surface.clone();
                    async move {
                        let answered = tokio::time::timeout(
                            REQUEST_TIMEOUT,
                            handle(surface, peer, request.map(Body::new)),
                        )
                        .await;
                        Ok::<_, std::convert::Infallible>(answered.unwrap_or_else(|_| {
                            into_response(
                                WebError::Refused(408, crate::i18n::t!("serve-timeout")).page(),
                            )
                        }))
                    }
                });
            // gzip where the browser accepts it (tower-http's defaults:
            // not images, not bodies under 32 bytes). Pages carry their
            // secrets masked (`masked`), so compression gives none away.
            let service = hyper_util::service::TowerToHyperService::new(
                tower_http::compression::CompressionLayer::new()
                    .gzip(true)
                    .layer(service),
            );
            let mut http = hyper::server::conn::http1::Builder::new();
            http.timer(hyper_util::rt::TokioTimer::new())
                .header_read_timeout(HEADER_TIMEOUT);
            let _ = http
                .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                .await;
            drop(permit);
        });
    }
}

/// Every request: read once, answered by the surface.
async fn handle<S: Surface>(
    surface: Arc<S>,
    peer: SocketAddr,
    request: axum::http::Request<Body>,
) -> Response<Body> {
    let (parts, body) = request.into_parts();
    // Bounded: a body said to be larger is refused before it is read, one
    // that turns out larger once it has reached the limit.
    let declared = parts
        .headers
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_BODY as u64) {
        return into_response(WebError::TooLarge.page());
    }
    let Ok(body) = axum::body::to_bytes(body, MAX_BODY).await else {
        return into_response(WebError::TooLarge.page());
    };
    let seen = parts
        .headers
        .get(axum::http::header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let request = Request {
        client: surface.client(peer, &parts.headers),
        method: parts.method,
        path: parts.uri.path().to_string(),
        query: parts.uri.query().unwrap_or("").to_string(),
        headers: parts.headers,
        body,
    };
    let mut reply = surface.respond(request).await;
    // What the browser has is still what we have: 304, without the body.
    let unchanged = reply.status == 200
        && reply
            .headers
            .iter()
            .any(|(k, v)| *k == "ETag" && seen.as_deref() == Some(v.as_str()));
    if unchanged {
        reply.status = 304;
        reply.body.clear();
        reply.headers.retain(|(k, _)| *k != "Content-Type");
    }
    into_response(reply)
}

fn into_response(r: Reply) -> Response<Body> {
    let mut b = Response::builder().status(r.status);
    for (name, value) in r.headers {
        b = b.header(name, value);
    }
    b.body(Body::from(r.body))
        .unwrap_or_else(|_| Response::new(Body::from("vsopro")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_reads_repeated_fields_and_compares_tokens_in_constant_time() {
        let form = Form(vec![
            ("csrf".into(), "abc".into()),
            ("themes".into(), "a".into()),
            ("themes".into(), "b".into()),
            ("title".into(), "  x ".into()),
        ]);
        assert!(form.carries("csrf", "abc"));
        assert!(!form.carries("csrf", "abd") && !form.carries("csrf", ""));
        assert!(!form.carries("missing", "abc"));
        assert_eq!(form.all("themes").collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(form.text("title"), "x");
        assert!(constant_eq(b"", b"") && !constant_eq(b"a", b"ab"));
    }

    #[test]
    fn a_masked_token_differs_on_every_page_and_still_matches() {
        let token = "0123456789abcdef0123456789abcdef";
        let (a, b) = (masked(token), masked(token));
        assert_ne!(a, b);
        assert!(!a.contains(token) && a.len() == 4 * token.len());
        assert!(token_matches(&a, token) && token_matches(&b, token));
        assert!(token_matches(token, token));
        assert!(!token_matches(
            &masked("0123456789abcdef0123456789abcdee"),
            token
        ));
        assert!(!token_matches(&a[..a.len() - 2], token) && !token_matches("", token));
        assert!(!token_matches("", ""));
        // Not hex of the right length: compared as it is, and refused.
        assert!(!token_matches(&"zz".repeat(2 * token.len()), token));
    }
}
