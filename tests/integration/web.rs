//! The one way the tests start a server and talk to it: the real binary
//! (`vsopro serve` or `vsopro hub`) on port 0, its address read from the
//! line it prints, and one HTTP client over a plain TCP stream (every byte
//! of a request is the test's own, so hostile requests can be written as
//! they are) with a browser's cookie jar.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, ChildStdout, Command, Stdio};

/// A running server, ended when dropped.
pub(crate) struct Server {
    pub child: Child,
    /// `127.0.0.1:PORT`
    pub host: String,
    /// The workbench's token (its link's `?token=`); the hub has none.
    pub token: Option<String>,
    /// What it printed before its address (the hub's first invitation).
    pub said: Vec<String>,
    /// What it prints after its address, line by line.
    pub stdout: BufReader<ChildStdout>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// Starts `cmd` (`vsopro … serve --port 0` or `vsopro … hub --port 0`)
    /// and waits for the line with its address: `http://HOST:PORT`, or the
    /// workbench's `http://HOST:PORT/?token=TOKEN`.
    pub(crate) fn spawn(mut cmd: Command) -> Server {
        let mut child = cmd
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("vsopro starts");
        let mut lines = BufReader::new(child.stdout.take().unwrap());
        let mut said = Vec::new();
        loop {
            let mut line = String::new();
            lines.read_line(&mut line).unwrap();
            assert!(!line.is_empty(), "the server ended: {said:?}");
            let url = line
                .split("http://")
                .nth(1)
                .and_then(|u| u.split_whitespace().next())
                .map(str::to_string);
            match url.as_deref().map(|u| u.split_once('/')) {
                Some(None) => {
                    let host = url.unwrap_or_default();
                    return Server {
                        child,
                        host,
                        token: None,
                        said,
                        stdout: lines,
                    };
                }
                Some(Some((host, rest))) if rest.starts_with("?token=") => {
                    return Server {
                        host: host.to_string(),
                        token: Some(rest["?token=".len()..].to_string()),
                        child,
                        said,
                        stdout: lines,
                    };
                }
                _ => said.push(line),
            }
        }
    }

    /// A request as written, answered.
    pub(crate) fn raw(&self, request: &str) -> Reply {
        let mut stream = TcpStream::connect(&self.host).unwrap();
        stream.write_all(request.as_bytes()).unwrap();
        let mut bytes = Vec::new();
        let _ = stream.read_to_end(&mut bytes);
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let status = head
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        Reply {
            status,
            headers: head.to_string(),
            body: body.to_string(),
        }
    }

    /// A browser of this server: with the workbench's token as its cookie.
    pub(crate) fn client(&self) -> Client {
        let mut cookies = BTreeMap::new();
        if let Some(token) = &self.token {
            cookies.insert("vsopro-token".to_string(), token.clone());
        }
        Client {
            host: self.host.clone(),
            cookies,
            origin: Some(format!("http://{}", self.host)),
            forwarded: None,
        }
    }
}

#[derive(Debug)]
pub(crate) struct Reply {
    pub status: u16,
    pub headers: String,
    pub body: String,
}

impl Reply {
    /// A header's value (names are case-insensitive in HTTP).
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.trim().eq_ignore_ascii_case(name).then(|| v.trim())
        })
    }
}

/// A browser: its cookies, and the `Origin` it sends with a form.
pub(crate) struct Client {
    pub host: String,
    pub cookies: BTreeMap<String, String>,
    pub origin: Option<String>,
    /// `X-Forwarded-For`, as a proxy in front of the server says it.
    pub forwarded: Option<String>,
}

impl Client {
    /// A request with the browser's cookies (and its `Origin` and the
    /// form's type with a POST); the cookies it sets are kept.
    pub(crate) fn send(&mut self, method: &str, path: &str, body: &str) -> Reply {
        let cookies: Vec<String> = self
            .cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n",
            self.host
        );
        if !cookies.is_empty() {
            head.push_str(&format!("Cookie: {}\r\n", cookies.join("; ")));
        }
        if let Some(f) = &self.forwarded {
            head.push_str(&format!("X-Forwarded-For: {f}\r\n"));
        }
        if method == "POST" {
            if let Some(o) = &self.origin {
                head.push_str(&format!("Origin: {o}\r\n"));
            }
            head.push_str(&format!(
                "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
                body.len()
            ));
        }
        let mut stream = TcpStream::connect(&self.host).unwrap();
        stream.write_all(head.as_bytes()).unwrap();
        stream.write_all(b"\r\n").unwrap();
        stream.write_all(body.as_bytes()).unwrap();
        let mut bytes = Vec::new();
        let _ = stream.read_to_end(&mut bytes);
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let (headers, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let reply = Reply {
            status: headers
                .split(' ')
                .nth(1)
                .and_then(|s| s.parse().ok())
                .unwrap_or(0),
            headers: headers.to_string(),
            body: body.to_string(),
        };
        for line in reply.headers.lines() {
            let Some((name, c)) = line.split_once(':') else {
                continue;
            };
            if !name.trim().eq_ignore_ascii_case("set-cookie") {
                continue;
            }
            let c = c.trim();
            let (kv, _) = c.split_once(';').unwrap_or((c, ""));
            let (k, v) = kv.split_once('=').unwrap();
            if c.contains("Max-Age=0") {
                self.cookies.remove(k);
            } else {
                self.cookies.insert(k.to_string(), v.to_string());
            }
        }
        reply
    }

    pub(crate) fn get(&mut self, path: &str) -> Reply {
        self.send("GET", path, "")
    }

    /// A form posted with these fields.
    pub(crate) fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        self.send("POST", path, &body)
    }
}

/// The value of the first hidden field `name` of a page (or a part of one).
pub(crate) fn hidden(page: &str, name: &str) -> String {
    let at = page
        .find(&format!("name=\"{name}\" value=\""))
        .unwrap_or_else(|| panic!("no {name} in {page}"));
    let rest = &page[at + name.len() + 15..];
    rest[..rest.find('"').unwrap()].to_string()
}
