//! Passwords: argon2id with OWASP's parameters (19 MiB, two passes, one
//! lane), stored as the PHC string; at least 12 characters and none of the
//! passwords people pick most. A password is never logged, stored or shown.

use argon2::password_hash::{PasswordHash, PasswordHasher, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

/// The shortest password the hub takes.
pub(crate) const MIN_CHARS: usize = 12;

fn hasher() -> Argon2<'static> {
    // OWASP Password Storage Cheat Sheet: m = 19456 KiB, t = 2, p = 1.
    let params = Params::new(19_456, 2, 1, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

pub(crate) fn hash(password: &str) -> Result<String, String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| e.to_string())?;
    let salt = SaltString::encode_b64(&bytes).map_err(|e| e.to_string())?;
    hasher()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| e.to_string())
}

/// Whether `password` is the one `stored` was made from (argon2's own
/// verification, for the tests to hold [`verify_in`] to).
#[cfg(test)]
fn verify(password: &str, stored: &str) -> bool {
    use argon2::password_hash::PasswordVerifier;
    PasswordHash::new(stored)
        .is_ok_and(|h| hasher().verify_password(password.as_bytes(), &h).is_ok())
}

/// The most memory a stored hash may ask for (64 MiB): a hash in the
/// database is the hub's own, but verifying never trusts it to allocate.
const MAX_BLOCKS: usize = 64 * 1024;

/// [`verify`] with `blocks` as argon2's memory: a verifying thread keeps
/// its 19 MiB and uses them again, so sign-ins never grow the hub.
fn verify_in(password: &str, stored: &str, blocks: &mut Vec<argon2::Block>) -> bool {
    let Ok(hash) = PasswordHash::new(stored) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (hash.salt, hash.hash) else {
        return false;
    };
    let (Ok(params), Ok(algorithm)) =
        (Params::try_from(&hash), Algorithm::try_from(hash.algorithm))
    else {
        return false;
    };
    let version = match hash.version.map(Version::try_from) {
        Some(Ok(v)) => v,
        Some(Err(_)) => return false,
        None => Version::V0x13,
    };
    let count = params.block_count();
    if count > MAX_BLOCKS {
        return false;
    }
    if blocks.len() < count {
        blocks.resize(count, argon2::Block::default());
    }
    let mut salt_bytes = [0u8; 64];
    let Ok(salt) = salt.decode_b64(&mut salt_bytes) else {
        return false;
    };
    let mut out = vec![0u8; expected.len()];
    Argon2::new(algorithm, version, params)
        .hash_password_into_with_memory(password.as_bytes(), salt, &mut out, &mut blocks[..count])
        .is_ok()
        && crate::web::server::constant_eq(&out, expected.as_bytes())
}

/// Passwords verified a few at a time. Each argon2id run holds 19 MiB, so
/// sign-ins at once go to a fixed set of threads (whose memory is reused,
/// not grown) through a short queue; beyond that the hub says it is busy.
pub(crate) struct Verifier {
    jobs: std::sync::mpsc::SyncSender<Job>,
    slots: std::sync::Arc<tokio::sync::Semaphore>,
}

type Job = (String, String, tokio::sync::oneshot::Sender<bool>);

impl Verifier {
    /// `threads` verifying, `queue` more waiting. The decoy hash is made
    /// here, once, before any sign-in.
    pub(crate) fn start(threads: usize, queue: usize) -> Verifier {
        let _ = decoy();
        let threads = threads.max(1);
        let (jobs, work) = std::sync::mpsc::sync_channel::<Job>(threads + queue);
        let work = std::sync::Arc::new(std::sync::Mutex::new(work));
        for n in 0..threads {
            let work = work.clone();
            let _ = std::thread::Builder::new()
                .name(format!("vsopro-verify-{n}"))
                .spawn(move || {
                    // argon2's memory, made once per thread and used again.
                    let mut blocks = Vec::new();
                    loop {
                        let job = work.lock().unwrap_or_else(|e| e.into_inner()).recv();
                        let Ok((password, stored, done)) = job else {
                            return;
                        };
                        let _ = done.send(verify_in(&password, &stored, &mut blocks));
                    }
                });
        }
        Verifier {
            jobs,
            slots: std::sync::Arc::new(tokio::sync::Semaphore::new(threads + queue)),
        }
    }

    /// Whether `password` is the one `stored` was made from; `None` when
    /// too many are being verified at once (the caller says it is busy).
    pub(crate) async fn verify(&self, password: String, stored: String) -> Option<bool> {
        let _slot = self.slots.clone().try_acquire_owned().ok()?;
        let (done, verified) = tokio::sync::oneshot::channel();
        self.jobs.try_send((password, stored, done)).ok()?;
        verified.await.ok()
    }
}

/// A hash to verify against when the account does not exist, so that an
/// unknown address costs as much time as a wrong password.
pub(crate) fn decoy() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash("vsopro-decoy-password").unwrap_or_default())
}

/// The passwords people pick most that are 12 characters or longer (from
/// the published lists of breached passwords), and the words of this
/// network: a password that is one of these, in any case, is refused.
const COMMON: &[&str] = &[
    "123456789012",
    "1234567890123",
    "12345678901234",
    "123456789123",
    "1q2w3e4r5t6y",
    "qwertyuiopas",
    "qwertyuiop123",
    "qwerty123456",
    "password1234",
    "password12345",
    "passwordpassword",
    "wachtwoord12",
    "wachtwoord123",
    "wachtwoord1234",
    "welkom123456",
    "welkomwelkom",
    "abcdefghijkl",
    "aaaaaaaaaaaa",
    "111111111111",
    "000000000000",
    "iloveyou1234",
    "praktijkonderwijs",
    "netwerkcoordinator",
    "vsoprovsopro",
    "zomer2026zomer",
];

/// What is wrong with a new password, if anything (a catalogue id).
pub(crate) fn problem(password: &str, email: &str) -> Option<&'static str> {
    let lower = password.to_lowercase();
    if password.chars().count() < MIN_CHARS {
        return Some("hub-password-short");
    }
    let one_char = password.chars().all(|c| password.starts_with(c));
    let own = !email.is_empty() && lower.contains(&email.to_lowercase());
    if one_char || own || COMMON.contains(&lower.as_str()) {
        return Some("hub-password-common");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn argon2id_with_owasp_parameters_and_a_salt_each() {
        let a = hash("een lange zin als wachtwoord").unwrap();
        assert!(a.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{a}");
        assert_ne!(a, hash("een lange zin als wachtwoord").unwrap());
        assert!(verify("een lange zin als wachtwoord", &a));
        assert!(!verify("een andere zin als wachtwoord", &a));
        assert!(!verify("x", "not a hash"));
        // The verifier's own, with its memory used again, says the same.
        let mut blocks = Vec::new();
        for (password, stored) in [
            ("een lange zin als wachtwoord", a.as_str()),
            ("een andere zin als wachtwoord", a.as_str()),
            ("x", "not a hash"),
            ("vsopro-decoy-password", decoy()),
        ] {
            assert_eq!(
                verify_in(password, stored, &mut blocks),
                verify(password, stored)
            );
        }
        assert_eq!(blocks.len(), 19_456);
        // A stored hash that asks for more than 64 MiB is not followed.
        let greedy = a.replace("m=19456", "m=4000000");
        assert!(!verify_in(
            "een lange zin als wachtwoord",
            &greedy,
            &mut blocks
        ));
    }

    #[test]
    fn short_and_common_passwords_are_refused() {
        assert_eq!(problem("kort", "a@b.nl"), Some("hub-password-short"));
        assert_eq!(
            problem("Wachtwoord123", "a@b.nl"),
            Some("hub-password-common")
        );
        assert_eq!(
            problem("zzzzzzzzzzzzzz", "a@b.nl"),
            Some("hub-password-common")
        );
        assert_eq!(
            problem("mijn a@b.nl adres", "a@b.nl"),
            Some("hub-password-common")
        );
        assert_eq!(problem("paard batterij nietje", "a@b.nl"), None);
    }
}
