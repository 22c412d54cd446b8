//! Check links (`#/check?v=1&...`), as fixed by the link contract: a decoder that uses every
//! good field and names every unused one, an encoder that writes only what was filled, and
//! the reading of mistyped fragments. Pure; imports only `model`.

mod decode;
mod encode;
pub mod form_encoding;
mod fragment;
pub mod title;

pub use decode::{
    check_query, decode, refused_as_too_long, DecodedLink, UnusedField, MAX_LINK_CHARS,
    SHOWN_UNUSED,
};
pub use encode::{encode, encode_fields, share_link};
pub use fragment::{fix_fragment, FragmentFix};

/// The only link format version so far.
pub const FORMAT_VERSION: &str = "1";
