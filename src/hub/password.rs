//! Passwords: argon2id with OWASP's parameters (19 MiB, two passes, one
//! lane), stored as the PHC string; at least 12 characters and none of the
//! passwords people pick most. A password is never logged, stored or shown.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
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

pub(crate) fn verify(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .is_ok_and(|h| hasher().verify_password(password.as_bytes(), &h).is_ok())
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
