//! The tutor pack as a PDF with a password, for a tutor who has only a PDF
//! reader: the PDF Waymark draws, encrypted with AES-256 (PDF 2.0's
//! security handler, revision 6) by `lopdf`.
//!
//! It fails closed: the encrypted PDF is read back and must open with the
//! password and only with it, or nothing is handed on to be written.

use std::collections::BTreeMap;
use std::sync::Arc;

use lopdf::encryption::crypt_filters::{Aes256CryptFilter, CryptFilter};
use lopdf::{
    Document, EncryptionState, EncryptionVersion, LoadOptions, Object, Permissions, StringFormat,
};
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::files::sealed::Passphrase;

/// `pdf` (a whole PDF) with `password` needed to open it.
pub fn with_password(pdf: &[u8], password: &Passphrase) -> Result<Vec<u8>> {
    let failed = |_: lopdf::Error| Error::Export("pdf password");
    let mut document = Document::load_mem(pdf).map_err(failed)?;
    if document.is_encrypted() {
        return Err(Error::Export("pdf password"));
    }
    // AES-256 with revision 6 is PDF 2.0's, which asks for a file /ID.
    document.version = "2.0".into();
    let mut id = [0u8; 16];
    getrandom::fill(&mut id).map_err(|_| Error::Export("pdf password"))?;
    let id = Object::String(id.to_vec(), StringFormat::Hexadecimal);
    document
        .trailer
        .set("ID", Object::Array(vec![id.clone(), id]));
    let mut file_key = Zeroizing::new([0u8; 32]);
    getrandom::fill(file_key.as_mut()).map_err(|_| Error::Export("pdf password"))?;
    // Nobody needs the owner's password: a random one, forgotten at once.
    let mut owner = Zeroizing::new([0u8; 24]);
    getrandom::fill(owner.as_mut()).map_err(|_| Error::Export("pdf password"))?;
    let owner = Zeroizing::new(hex::encode(owner.as_ref()));
    let filter: Arc<dyn CryptFilter> = Arc::new(Aes256CryptFilter);
    let state = EncryptionState::try_from(EncryptionVersion::V5 {
        encrypt_metadata: true,
        crypt_filters: BTreeMap::from([(b"StdCF".to_vec(), filter)]),
        file_encryption_key: file_key.as_ref(),
        stream_filter: b"StdCF".to_vec(),
        string_filter: b"StdCF".to_vec(),
        owner_password: &owner,
        user_password: password.expose(),
        // Reading it aloud, copying and printing stay open to the reader.
        permissions: Permissions::PRINTABLE
            | Permissions::PRINTABLE_IN_HIGH_QUALITY
            | Permissions::COPYABLE
            | Permissions::COPYABLE_FOR_ACCESSIBILITY,
    })
    .map_err(failed)?;
    document.encrypt(&state).map_err(failed)?;
    let mut out = Vec::with_capacity(pdf.len() + 4096);
    document
        .save_to(&mut out)
        .map_err(|_| Error::Export("pdf password"))?;
    check(&out, password, document.get_pages().len())?;
    Ok(out)
}

/// Fails closed: `out` must be encrypted, refuse a wrong password, and open
/// with `password` to the same number of pages.
fn check(out: &[u8], password: &Passphrase, pages: usize) -> Result<()> {
    let refused = || Error::Export("pdf password check");
    let locked = Document::load_mem(out).map_err(|_| refused())?;
    if !locked.is_encrypted() || locked.trailer.get(b"Encrypt").is_err() {
        return Err(refused());
    }
    if Document::load_mem_with_options(out, LoadOptions::with_password(""))
        .is_ok_and(|d| !d.is_encrypted())
    {
        return Err(refused());
    }
    let opened =
        Document::load_mem_with_options(out, LoadOptions::with_password(password.expose()))
            .map_err(|_| refused())?;
    if opened.get_pages().len() != pages || pages == 0 {
        return Err(refused());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_not_a_pdf_gives_no_pdf_at_all() {
        let password = Passphrase::typed("apple river candle").expect("typed");
        let error = with_password(b"%PDF-1.7\nnot really", &password).expect_err("refused");
        assert!(matches!(error, Error::Export("pdf password")), "{error:?}");
    }
}
