//! Text encodings of imported files: detected (a byte-order mark, UTF-16 by its zero bytes,
//! UTF-8 when the file is essentially UTF-8, otherwise `chardetng`'s guess), decoded, and
//! changeable: the bytes are kept so another encoding can be tried.
//!
//! A UTF-8 file with a few broken bytes stays UTF-8: each broken sequence becomes U+FFFD and
//! is counted, so the page can say how many characters were replaced instead of reading the
//! whole file as Windows-1252.
//!
//! UTF-8 and UTF-16 are read here, in the page; the legacy encodings (and the guess among
//! them) by [`legacy`], with `encoding_rs` and `chardetng`, whose tables are about a tenth of
//! the page's download: the page has them read by a worker of their own
//! (`src/decode_worker.rs`) for the rare file that needs them. So the page's own paths are
//! [`detect_unicode`], [`TextFile::start_unicode`], [`TextFile::from_legacy`] and
//! [`decode_unicode`]; [`detect`], [`decode`], [`TextFile::new`] and [`TextFile::start`] read
//! any file, for the worker, the tests and the command-line tools.

use encoding_rs::Encoding;
use std::sync::Arc;

/// Bytes looked at by the UTF-16 check and by `chardetng`.
const SAMPLE: usize = 1 << 20;

/// One text encoding (a WHATWG encoding of `encoding_rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextEncoding(&'static Encoding);

impl TextEncoding {
    /// UTF-8.
    pub const UTF_8: TextEncoding = TextEncoding(encoding_rs::UTF_8);
    /// UTF-16, little-endian (what Excel's "Unicode text" writes).
    pub const UTF_16LE: TextEncoding = TextEncoding(encoding_rs::UTF_16LE);
    /// UTF-16, big-endian.
    pub const UTF_16BE: TextEncoding = TextEncoding(encoding_rs::UTF_16BE);
    /// Windows-1252, Western Europe and the Americas.
    pub const WINDOWS_1252: TextEncoding = TextEncoding(encoding_rs::WINDOWS_1252);
    /// Windows-1250, Central Europe.
    pub const WINDOWS_1250: TextEncoding = TextEncoding(encoding_rs::WINDOWS_1250);
    /// Windows-1251, Cyrillic (Bulgarian, Russian, …).
    pub const WINDOWS_1251: TextEncoding = TextEncoding(encoding_rs::WINDOWS_1251);
    /// Windows-1258, Vietnamese.
    pub const WINDOWS_1258: TextEncoding = TextEncoding(encoding_rs::WINDOWS_1258);
    /// GBK (GB18030), simplified Chinese.
    pub const GBK: TextEncoding = TextEncoding(encoding_rs::GBK);
    /// Big5, traditional Chinese.
    pub const BIG5: TextEncoding = TextEncoding(encoding_rs::BIG5);
    /// Shift_JIS, Japanese.
    pub const SHIFT_JIS: TextEncoding = TextEncoding(encoding_rs::SHIFT_JIS);
    /// EUC-KR, Korean.
    pub const EUC_KR: TextEncoding = TextEncoding(encoding_rs::EUC_KR);

    /// The encodings offered in the mapping step, most common first.
    pub const LIKELY: [TextEncoding; 11] = [
        TextEncoding::UTF_8,
        TextEncoding::UTF_16LE,
        TextEncoding::UTF_16BE,
        TextEncoding::WINDOWS_1252,
        TextEncoding::WINDOWS_1250,
        TextEncoding::WINDOWS_1251,
        TextEncoding::WINDOWS_1258,
        TextEncoding::GBK,
        TextEncoding::BIG5,
        TextEncoding::SHIFT_JIS,
        TextEncoding::EUC_KR,
    ];

    /// The encoding's WHATWG name ("UTF-8", "windows-1251", "GBK"), a stable `<select>` value.
    pub fn key(self) -> &'static str {
        self.0.name()
    }

    /// The encoding with this name or any of its WHATWG labels ("cp1251", "utf-16").
    pub fn from_key(key: &str) -> Option<TextEncoding> {
        Encoding::for_label(key.trim().as_bytes()).map(TextEncoding)
    }

    /// The name as a translation-key suffix: "utf_8", "windows_1251", "gbk".
    pub fn slug(self) -> String {
        self.0.name().to_ascii_lowercase().replace('-', "_")
    }

    /// Whether the page reads this encoding itself (UTF-8, UTF-16); the others are read by
    /// [`legacy`].
    pub fn is_unicode(self) -> bool {
        [
            TextEncoding::UTF_8,
            TextEncoding::UTF_16LE,
            TextEncoding::UTF_16BE,
        ]
        .contains(&self)
    }

    /// Whether this is one of [`TextEncoding::LIKELY`] (which have a translated name).
    pub fn is_listed(self) -> bool {
        TextEncoding::LIKELY.contains(&self)
    }
}

/// A file's text in one encoding, and how many broken byte sequences were replaced by U+FFFD.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub text: String,
    pub encoding: TextEncoding,
    pub replaced: usize,
}

/// The encoding a file most likely has: its byte-order mark; UTF-16 when every other byte of
/// the start is zero; UTF-8 when the bytes are UTF-8 or nearly so (more than twice as many
/// valid non-ASCII sequences as broken ones: a legacy encoding makes mostly broken ones);
/// otherwise `chardetng`'s guess among the legacy encodings ([`legacy::detect`]).
pub fn detect(bytes: &[u8]) -> TextEncoding {
    detect_unicode(bytes).unwrap_or_else(|| legacy::detect(bytes))
}

/// What [`detect`] finds when it is UTF-8 or UTF-16; `None` when the file is in a legacy
/// encoding, which [`legacy::detect`] guesses.
pub fn detect_unicode(bytes: &[u8]) -> Option<TextEncoding> {
    if let Some((encoding, _)) = Encoding::for_bom(bytes) {
        return Some(TextEncoding(encoding));
    }
    if let Some(utf16) = utf16_without_bom(&bytes[..bytes.len().min(SAMPLE)]) {
        return Some(utf16);
    }
    let (valid, broken) = utf8_sequences(bytes);
    (broken == 0 || valid > 2 * broken).then_some(TextEncoding::UTF_8)
}

/// UTF-16 without a byte-order mark: at least 40 % of the pairs have a zero on one side (ASCII
/// characters) and almost none on the other.
fn utf16_without_bom(sample: &[u8]) -> Option<TextEncoding> {
    let pairs = sample.len() / 2;
    if pairs < 2 {
        return None;
    }
    let (mut high_zero, mut low_zero) = (0, 0);
    for pair in sample.chunks_exact(2) {
        high_zero += usize::from(pair[0] != 0 && pair[1] == 0);
        low_zero += usize::from(pair[0] == 0 && pair[1] != 0);
    }
    let clear = |many: usize, few: usize| many * 5 >= pairs * 2 && few * 20 <= pairs;
    if clear(high_zero, low_zero) {
        Some(TextEncoding::UTF_16LE)
    } else if clear(low_zero, high_zero) {
        Some(TextEncoding::UTF_16BE)
    } else {
        None
    }
}

/// Valid non-ASCII UTF-8 sequences and broken ones (a sequence cut by the end counts broken).
fn utf8_sequences(bytes: &[u8]) -> (usize, usize) {
    let leads = |b: &[u8]| b.iter().filter(|&&b| b >= 0xC0).count();
    let (mut valid, mut broken) = (0, 0);
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => return (valid + leads(s.as_bytes()), broken),
            Err(e) => {
                let (good, after) = rest.split_at(e.valid_up_to());
                valid += leads(good);
                broken += 1;
                match e.error_len() {
                    Some(n) => rest = after.get(n..).unwrap_or_default(),
                    None => return (valid, broken),
                }
            }
        }
    }
}

/// The bytes read as `encoding` (its byte-order mark removed), each broken sequence replaced
/// by U+FFFD and counted.
pub fn decode_as(bytes: &[u8], encoding: TextEncoding) -> Decoded {
    if encoding.is_unicode() {
        decode_unicode_as(bytes, encoding)
    } else {
        legacy::decode_as(bytes, encoding)
    }
}

/// [`decode_as`] for UTF-8 and UTF-16, read here; any other encoding is read as UTF-8.
fn decode_unicode_as(bytes: &[u8], encoding: TextEncoding) -> Decoded {
    let mut decoding = Decoding::new(encoding, bytes.len());
    decoding.feed(&bytes[bom_len(bytes, encoding)..], true);
    decoding.decoded
}

/// The bytes read as UTF-8 or UTF-16, whichever [`detect_unicode`] finds, else as UTF-8 with
/// its broken sequences replaced: for files that are Unicode or nothing (a JSON document).
pub fn decode_unicode(bytes: &[u8]) -> Decoded {
    decode_unicode_as(bytes, detect_unicode(bytes).unwrap_or(TextEncoding::UTF_8))
}

/// The length of `encoding`'s own byte-order mark at the start of `bytes` (0 without one):
/// as `encoding_rs` removes it, the mark of another encoding is read as text.
fn bom_len(bytes: &[u8], encoding: TextEncoding) -> usize {
    match Encoding::for_bom(bytes) {
        Some((found, len)) if found == encoding.0 => len,
        _ => 0,
    }
}

/// A UTF-8 or UTF-16 decoding fed the bytes a chunk at a time: a sequence cut by the end of a
/// chunk is kept for the next, so the text is the same however the bytes are cut, and the same
/// as `encoding_rs` makes of them (a property test holds it to that).
struct Decoding {
    /// The bytes of a sequence begun at the end of the last chunk (at most 3).
    pending: Vec<u8>,
    decoded: Decoded,
}

impl Decoding {
    fn new(encoding: TextEncoding, len: usize) -> Decoding {
        Decoding {
            pending: Vec::new(),
            decoded: Decoded {
                text: String::with_capacity(len),
                encoding,
                replaced: 0,
            },
        }
    }

    /// Decodes `bytes`, the file's last ones with `last`.
    fn feed(&mut self, bytes: &[u8], last: bool) {
        let joined;
        let bytes = if self.pending.is_empty() {
            bytes
        } else {
            let mut pending = std::mem::take(&mut self.pending);
            pending.extend_from_slice(bytes);
            joined = pending;
            &joined[..]
        };
        let big_endian = match self.decoded.encoding {
            e if e == TextEncoding::UTF_16LE => false,
            e if e == TextEncoding::UTF_16BE => true,
            _ => return self.feed_utf8(bytes, last),
        };
        self.feed_utf16(bytes, last, big_endian);
    }

    fn replace(&mut self) {
        self.decoded.text.push('\u{FFFD}');
        self.decoded.replaced += 1;
    }

    fn feed_utf8(&mut self, bytes: &[u8], last: bool) {
        let mut rest = bytes;
        loop {
            match std::str::from_utf8(rest) {
                Ok(valid) => return self.decoded.text.push_str(valid),
                Err(e) => {
                    let (valid, after) = rest.split_at(e.valid_up_to());
                    self.decoded
                        .text
                        .push_str(std::str::from_utf8(valid).unwrap_or_default());
                    match e.error_len() {
                        Some(n) => {
                            self.replace();
                            rest = after.get(n..).unwrap_or_default();
                        }
                        // A sequence cut by the end: the next chunk may complete it.
                        None if last => return self.replace(),
                        None => return self.pending.extend_from_slice(after),
                    }
                }
            }
        }
    }

    fn feed_utf16(&mut self, bytes: &[u8], last: bool, big_endian: bool) {
        let unit = |pair: &[u8]| {
            let pair = [pair[0], pair[1]];
            if big_endian {
                u16::from_be_bytes(pair)
            } else {
                u16::from_le_bytes(pair)
            }
        };
        let pairs = bytes.chunks_exact(2);
        let odd = pairs.remainder();
        let mut units: Vec<u16> = pairs.map(unit).collect();
        // A lead surrogate at the end of a chunk waits for the unit after it; at the end of
        // the file, it and an odd byte after it are one broken sequence (as `encoding_rs`
        // counts them).
        let mut keep = odd.len();
        let lead_at_end = units.last().is_some_and(|u| (0xD800..0xDC00).contains(u));
        if lead_at_end && (!last || keep > 0) {
            units.pop();
            keep += 2;
        }
        for c in char::decode_utf16(units) {
            match c {
                Ok(c) => self.decoded.text.push(c),
                Err(_) => self.replace(),
            }
        }
        if last {
            if keep > 0 {
                self.replace();
            }
        } else {
            self.pending.extend_from_slice(&bytes[bytes.len() - keep..]);
        }
    }
}

/// A file being read into a [`TextFile`] a chunk of bytes at a time (see
/// [`TextFile::start`]), so that a page can paint and answer input while a large file is
/// decoded.
pub struct TextDecoding {
    bytes: Arc<[u8]>,
    detected: TextEncoding,
    decoding: Decoding,
    /// Bytes decoded so far.
    pos: usize,
    finished: bool,
}

impl TextDecoding {
    /// Decodes up to `max_bytes` more bytes (at least one); true once every byte is decoded.
    pub fn advance(&mut self, max_bytes: usize) -> bool {
        if self.finished {
            return true;
        }
        let end = self
            .pos
            .saturating_add(max_bytes.max(1))
            .min(self.bytes.len());
        // The decoder is told which bytes are the last once, with them.
        self.finished = end == self.bytes.len();
        self.decoding
            .feed(&self.bytes[self.pos..end], self.finished);
        self.pos = end;
        self.finished
    }

    /// Bytes decoded so far, and the file's size.
    pub fn progress(&self) -> (usize, usize) {
        (self.pos, self.bytes.len())
    }

    /// The file, decoding whatever is left.
    pub fn finish(mut self) -> TextFile {
        self.advance(usize::MAX);
        TextFile {
            bytes: self.bytes,
            detected: self.detected,
            decoded: self.decoding.decoded,
        }
    }

    /// A file already read (in a legacy encoding, by [`legacy`]), as a decoding with nothing
    /// left to do.
    pub fn done(file: TextFile) -> TextDecoding {
        let TextFile {
            bytes,
            detected,
            decoded,
        } = file;
        TextDecoding {
            pos: bytes.len(),
            bytes,
            detected,
            decoding: Decoding {
                pending: Vec::new(),
                decoded,
            },
            finished: true,
        }
    }
}

/// The bytes read in the encoding [`detect`] finds.
pub fn decode(bytes: &[u8]) -> Decoded {
    decode_as(bytes, detect(bytes))
}

/// An imported file: its bytes (kept so that another encoding can be tried), the encoding
/// detected, and its text in the encoding chosen (the detected one until the user changes it).
#[derive(Debug, Clone, PartialEq)]
pub struct TextFile {
    bytes: Arc<[u8]>,
    pub detected: TextEncoding,
    pub decoded: Decoded,
}

impl TextFile {
    /// Reads `bytes` in the encoding detected.
    pub fn new(bytes: &[u8]) -> TextFile {
        TextFile::start(bytes).finish()
    }

    /// No bytes, read as UTF-8.
    pub fn empty() -> TextFile {
        TextFile {
            bytes: Arc::from(&[][..]),
            detected: TextEncoding::UTF_8,
            decoded: decode_unicode_as(&[], TextEncoding::UTF_8),
        }
    }

    /// Detects the encoding of `bytes` and starts reading them in it, a chunk at a time (a
    /// legacy encoding is read at once).
    pub fn start(bytes: &[u8]) -> TextDecoding {
        TextFile::start_unicode(bytes).unwrap_or_else(|| {
            let bytes: Arc<[u8]> = Arc::from(bytes);
            let decoded = legacy::read(&bytes, None);
            TextDecoding::done(TextFile::from_legacy(bytes, decoded))
        })
    }

    /// [`TextFile::start`] for a file in UTF-8 or UTF-16; `None` for one in a legacy encoding,
    /// which [`legacy::read`] reads (the page has it read by its decoding worker).
    pub fn start_unicode(bytes: &[u8]) -> Option<TextDecoding> {
        Some(TextFile::start_as(bytes, detect_unicode(bytes)?))
    }

    /// Starts reading a document that is Unicode or nothing (a JSON list), as
    /// [`decode_unicode`] reads it: in the encoding of its byte-order mark, as UTF-16 when its
    /// start looks so, else as UTF-8, without [`detect_unicode`]'s look through the whole file
    /// for a legacy encoding (one task of some 60 ms for 30 MB in the page).
    pub fn start_document(bytes: &[u8]) -> TextDecoding {
        let detected = Encoding::for_bom(bytes)
            .map(|(encoding, _)| TextEncoding(encoding))
            .or_else(|| utf16_without_bom(&bytes[..bytes.len().min(SAMPLE)]))
            .unwrap_or(TextEncoding::UTF_8);
        TextFile::start_as(bytes, detected)
    }

    fn start_as(bytes: &[u8], detected: TextEncoding) -> TextDecoding {
        TextDecoding {
            pos: bom_len(bytes, detected),
            bytes: Arc::from(bytes),
            detected,
            decoding: Decoding::new(detected, bytes.len()),
            finished: false,
        }
    }

    /// A file read in a legacy encoding by [`legacy::read`] (the encoding detected is the one
    /// it was read in).
    pub fn from_legacy(bytes: Arc<[u8]>, decoded: Decoded) -> TextFile {
        TextFile {
            bytes,
            detected: decoded.encoding,
            decoded,
        }
    }

    /// The file's bytes, as read.
    pub fn bytes(&self) -> &Arc<[u8]> {
        &self.bytes
    }

    /// The text in the chosen encoding.
    pub fn text(&self) -> &str {
        &self.decoded.text
    }

    /// Size of the file in bytes.
    pub fn size(&self) -> usize {
        self.bytes.len()
    }

    /// Reads the bytes again in `encoding`.
    pub fn set_encoding(&mut self, encoding: TextEncoding) {
        self.decoded = decode_as(&self.bytes, encoding);
    }

    /// Reads the bytes again in UTF-8 or UTF-16 (`encoding`), as the page does itself; a
    /// legacy encoding is read by [`legacy::read`] and given to [`TextFile::set_decoded`].
    pub fn set_unicode_encoding(&mut self, encoding: TextEncoding) {
        self.decoded = decode_unicode_as(&self.bytes, encoding);
    }

    /// Takes the text of the bytes read again in another encoding.
    pub fn set_decoded(&mut self, decoded: Decoded) {
        self.decoded = decoded;
    }

    /// The encodings to offer: the likely ones, with the detected one first when it is not
    /// among them.
    pub fn choices(&self) -> Vec<TextEncoding> {
        let extra = (!self.detected.is_listed()).then_some(self.detected);
        extra.into_iter().chain(TextEncoding::LIKELY).collect()
    }
}

/// The legacy encodings (Windows code pages, GBK, Big5, Shift_JIS, EUC-KR, …): `chardetng`
/// guesses which one a file is in and `encoding_rs` reads it. Not called by the page's own
/// module, whose download their tables would enlarge by a tenth: its decoding worker
/// (`src/decode_worker.rs`) runs [`legacy::read`].
pub mod legacy {
    use super::{Decoded, TextEncoding, SAMPLE};
    use encoding_rs::DecoderResult;

    /// `chardetng`'s guess among the legacy encodings.
    pub fn detect(bytes: &[u8]) -> TextEncoding {
        let mut detector = chardetng::EncodingDetector::new();
        detector.feed(&bytes[..bytes.len().min(SAMPLE)], true);
        TextEncoding(detector.guess(None, false))
    }

    /// The bytes read as `encoding` (any: UTF-8 and UTF-16 too) by `encoding_rs`, its
    /// byte-order mark removed, each broken sequence replaced by U+FFFD and counted.
    pub fn decode_as(bytes: &[u8], encoding: TextEncoding) -> Decoded {
        let mut decoder = encoding.0.new_decoder_with_bom_removal();
        let room = |decoder: &encoding_rs::Decoder, n: usize| {
            decoder
                .max_utf8_buffer_length_without_replacement(n)
                .unwrap_or(n)
                .max(16)
        };
        let mut text = String::with_capacity(room(&decoder, bytes.len()));
        let mut replaced = 0;
        let mut rest = bytes;
        loop {
            let (result, read) =
                decoder.decode_to_string_without_replacement(rest, &mut text, true);
            rest = rest.get(read..).unwrap_or_default();
            match result {
                DecoderResult::InputEmpty => break,
                DecoderResult::OutputFull => text.reserve(room(&decoder, rest.len())),
                DecoderResult::Malformed(_, _) => {
                    text.push('\u{FFFD}');
                    replaced += 1;
                }
            }
        }
        Decoded {
            text,
            encoding,
            replaced,
        }
    }

    /// What the decoding worker does: the bytes read in `encoding`, or in the one guessed.
    pub fn read(bytes: &[u8], encoding: Option<TextEncoding>) -> Decoded {
        decode_as(bytes, encoding.unwrap_or_else(|| detect(bytes)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encoded(encoding: TextEncoding, text: &str) -> Vec<u8> {
        let (bytes, _, unmappable) = encoding.0.encode(text);
        assert!(!unmappable, "{text:?} in {}", encoding.key());
        bytes.into_owned()
    }

    const BULGARIAN: &str = "име;оборот\nИван Петров;1200\nМария Георгиева;800\n\
        Стоян Димитров;450\nЙордан Христов;300\nОбщо;2750\n";
    const CHINESE: &str = "客户;收入\n北京华联商贸有限公司;1200\n上海东方明珠贸易公司;800\n\
        广州市天河区电子科技有限公司;450\n合计;2450\n";

    #[test]
    fn bulgarian_from_windows_1251_reads_back() {
        // "Общо" in Windows-1251, byte by byte.
        assert_eq!(
            encoded(TextEncoding::WINDOWS_1251, "Общо"),
            vec![0xCE, 0xE1, 0xF9, 0xEE]
        );
        let bytes = encoded(TextEncoding::WINDOWS_1251, BULGARIAN);
        assert_eq!(detect(&bytes), TextEncoding::WINDOWS_1251);
        let d = decode(&bytes);
        assert_eq!(d.text, BULGARIAN);
        assert_eq!(d.replaced, 0);
    }

    #[test]
    fn chinese_from_gbk_reads_back() {
        let bytes = encoded(TextEncoding::GBK, CHINESE);
        assert_eq!(detect(&bytes), TextEncoding::GBK);
        assert_eq!(decode(&bytes).text, CHINESE);
    }

    #[test]
    fn vietnamese_from_windows_1258_reads_back() {
        // Windows-1258 writes a tone as a combining mark after the letter: "Nguyễn" is
        // N g u y ê (0xEA) + combining tilde (0xDE) n.
        let mut bytes = Vec::new();
        for _ in 0..4 {
            bytes.extend_from_slice(b"t\xEAn;doanh thu\n");
            bytes.extend_from_slice(b"Nguy\xEA\xDEn V\xE3n An;1200\n");
            bytes.extend_from_slice(b"Tr\xE2\xCCn Thi\xF2 Bi\xCCnh;800\n");
            bytes.extend_from_slice(b"C\xF4ng ty Ph\xFD\xF5ng \xD0\xF4ng;450\n");
        }
        assert_eq!(detect(&bytes), TextEncoding::WINDOWS_1258);
        let d = decode(&bytes);
        assert!(
            d.text
                .starts_with("tên;doanh thu\nNguyê\u{303}n Văn An;1200\nTrâ\u{300}n Thi\u{323} Bi\u{300}nh;800\nCông ty Phương Đông;450\n"),
            "{:?}",
            d.text
        );
        assert_eq!(d.replaced, 0);
    }

    #[test]
    fn utf16_with_either_byte_order_mark_reads_back() {
        let text = "name;revenue\nИван;12\n张伟;3\n";
        let mut le = vec![0xFF, 0xFE];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let mut be = vec![0xFE, 0xFF];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(detect(&le), TextEncoding::UTF_16LE);
        assert_eq!(detect(&be), TextEncoding::UTF_16BE);
        assert_eq!(decode(&le).text, text);
        assert_eq!(decode(&be).text, text);
        // Without the mark, the zero bytes of the ASCII characters tell the order.
        assert_eq!(detect(&le[2..]), TextEncoding::UTF_16LE);
        assert_eq!(detect(&be[2..]), TextEncoding::UTF_16BE);
    }

    #[test]
    fn utf8_with_or_without_bom_and_windows_1252() {
        let d = decode(b"\xEF\xBB\xBFname\nZo\xC3\xAB\n");
        assert_eq!(
            (d.text.as_str(), d.encoding, d.replaced),
            ("name\nZoë\n", TextEncoding::UTF_8, 0)
        );
        assert_eq!(decode(b"name\nZoe\n").encoding, TextEncoding::UTF_8);
        let d = decode(b"name\nCaf\xe9 \x80 Ren\xe9e\n");
        assert_eq!(d.encoding, TextEncoding::WINDOWS_1252);
        assert_eq!(d.text, "name\nCafé € Renée\n");
    }

    #[test]
    fn one_bad_byte_in_utf8_is_one_replaced_character() {
        // Five good non-ASCII letters and one stray 0xFF: UTF-8, one character replaced, the
        // rest as written (Windows-1252 would make "Ã¶" of every "ö").
        let bytes =
            b"name\nJ\xC3\xB6rg\nZo\xC3\xAB\n\xC3\x89mile\nM\xC3\xBCller \xFF\nS\xC3\xB8ren\n";
        let d = decode(bytes);
        assert_eq!(d.encoding, TextEncoding::UTF_8);
        assert_eq!(d.replaced, 1);
        assert_eq!(d.text, "name\nJörg\nZoë\nÉmile\nMüller \u{FFFD}\nSøren\n");
    }

    #[test]
    fn another_encoding_can_be_chosen_and_the_bytes_are_read_again() {
        let bytes = encoded(TextEncoding::WINDOWS_1251, BULGARIAN);
        let mut file = TextFile::new(&bytes);
        assert_eq!(file.detected, TextEncoding::WINDOWS_1251);
        assert_eq!(file.size(), bytes.len());
        file.set_encoding(TextEncoding::WINDOWS_1252);
        // 0xC8 is "И" in Windows-1251 and "È" in Windows-1252.
        assert!(file.text().starts_with("èìå;"), "{:?}", file.text());
        file.set_encoding(TextEncoding::UTF_8);
        assert!(file.decoded.replaced > 40);
        file.set_encoding(TextEncoding::WINDOWS_1251);
        assert_eq!(file.text(), BULGARIAN);
        assert_eq!(file.choices()[0], TextEncoding::UTF_8);
        assert_eq!(file.choices().len(), TextEncoding::LIKELY.len());
    }

    #[test]
    fn an_unlisted_encoding_detected_is_offered_first() {
        let mut file = TextFile::new(b"a");
        file.detected = TextEncoding::from_key("koi8-r").unwrap();
        let choices = file.choices();
        assert_eq!(choices[0].key(), "KOI8-R");
        assert_eq!(choices.len(), TextEncoding::LIKELY.len() + 1);
    }

    #[test]
    fn keys_and_labels_name_the_encoding() {
        assert_eq!(
            TextEncoding::from_key("cp1251"),
            Some(TextEncoding::WINDOWS_1251)
        );
        assert_eq!(
            TextEncoding::from_key("UTF-16LE"),
            Some(TextEncoding::UTF_16LE)
        );
        assert_eq!(TextEncoding::from_key("gb2312"), Some(TextEncoding::GBK));
        assert_eq!(TextEncoding::from_key("martian"), None);
        assert_eq!(TextEncoding::WINDOWS_1258.slug(), "windows_1258");
        assert_eq!(TextEncoding::UTF_16BE.slug(), "utf_16be");
        for e in TextEncoding::LIKELY {
            assert_eq!(TextEncoding::from_key(e.key()), Some(e));
        }
    }

    #[test]
    fn a_truncated_utf16_file_replaces_the_odd_byte() {
        let d = decode_as(b"\xFF\xFEa\x00b", TextEncoding::UTF_16LE);
        assert_eq!((d.text.as_str(), d.replaced), ("a\u{FFFD}", 1));
    }

    #[test]
    fn the_page_reads_unicode_itself_and_hands_a_legacy_file_to_the_worker_path() {
        let legacy_bytes = encoded(TextEncoding::WINDOWS_1251, BULGARIAN);
        // The page's own start declines a legacy file...
        assert!(TextFile::start_unicode(&legacy_bytes).is_none());
        // ...which the worker reads (guessing the encoding): the same file as read at once.
        let shared: Arc<[u8]> = Arc::from(&legacy_bytes[..]);
        let from_worker = TextFile::from_legacy(shared.clone(), legacy::read(&shared, None));
        assert_eq!(from_worker, TextFile::new(&legacy_bytes));
        assert_eq!(
            TextDecoding::done(from_worker.clone()).finish(),
            from_worker
        );
        // Another encoding chosen: the worker's text taken is what reading it again gives.
        let mut by_worker = from_worker.clone();
        by_worker.set_decoded(legacy::read(
            by_worker.bytes(),
            Some(TextEncoding::WINDOWS_1252),
        ));
        let mut at_once = from_worker;
        at_once.set_encoding(TextEncoding::WINDOWS_1252);
        assert_eq!(by_worker, at_once);
        // UTF-8 and UTF-16 are started by the page itself, and switching between them too.
        let unicode = format!("\u{feff}{BULGARIAN}");
        let mut file = TextFile::start_unicode(unicode.as_bytes())
            .unwrap()
            .finish();
        assert_eq!(file, TextFile::new(unicode.as_bytes()));
        file.set_unicode_encoding(TextEncoding::UTF_16LE);
        assert_eq!(
            file.decoded,
            decode_as(unicode.as_bytes(), TextEncoding::UTF_16LE)
        );
        assert_eq!(TextFile::empty(), TextFile::new(&[]));
        assert_eq!(decode_unicode(&legacy_bytes).encoding, TextEncoding::UTF_8);
    }

    /// Bytes that make valid, broken and cut sequences in UTF-8 and UTF-16 often: lead and
    /// continuation bytes, surrogate halves, byte-order marks, zeros, ASCII.
    fn tricky_bytes() -> impl proptest::strategy::Strategy<Value = Vec<u8>> {
        use proptest::prelude::*;
        let tricky = prop::sample::select(vec![
            0x00, 0x41, 0x0A, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9D, 0x84, 0x9E, 0xD8, 0x34,
            0xDD, 0x1E, 0xDC, 0xDB, 0xFF, 0xFE, 0xEF, 0xBB, 0xBF, 0x80, 0xC0, 0xED, 0xA0, 0xF4,
            0x90,
        ]);
        prop::collection::vec(prop_oneof![3 => tricky, 1 => any::<u8>()], 0..48)
    }

    proptest::proptest! {
        /// A document (JSON) read a chunk at a time is what [`decode_unicode`] reads at once,
        /// whatever the bytes and however they are cut.
        #[test]
        fn documents_are_read_in_chunks_as_read_at_once(
            bytes in tricky_bytes(),
            chunk in 1usize..7,
        ) {
            let mut decoding = TextFile::start_document(&bytes);
            while !decoding.advance(chunk) {}
            proptest::prop_assert_eq!(decoding.finish().decoded, decode_unicode(&bytes));
        }

        /// The page reads UTF-8 and UTF-16 itself, a chunk at a time; the decoding worker reads
        /// the other encodings with `encoding_rs`. Whatever the bytes and however they are cut,
        /// the page's text and count of replaced characters are what `encoding_rs` makes.
        #[test]
        fn the_pages_own_unicode_decoding_is_encoding_rs_s(
            bytes in tricky_bytes(),
            chunk in 1usize..7,
            which in 0usize..3,
        ) {
            let encoding =
                [TextEncoding::UTF_8, TextEncoding::UTF_16LE, TextEncoding::UTF_16BE][which];
            let expected = legacy::decode_as(&bytes, encoding);
            proptest::prop_assert_eq!(&decode_as(&bytes, encoding), &expected);
            let mut decoding = Decoding::new(encoding, bytes.len());
            let body = &bytes[bom_len(&bytes, encoding)..];
            let pieces: Vec<&[u8]> = body.chunks(chunk).collect();
            for (k, piece) in pieces.iter().enumerate() {
                decoding.feed(piece, k + 1 == pieces.len());
            }
            if pieces.is_empty() {
                decoding.feed(&[], true);
            }
            proptest::prop_assert_eq!(&decoding.decoded, &expected);
        }
    }

    #[test]
    fn a_file_decoded_a_few_bytes_at_a_time_is_the_file_decoded_at_once() {
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(BULGARIAN.encode_utf16().flat_map(u16::to_le_bytes));
        let files = [
            BULGARIAN.as_bytes().to_vec(),
            format!("\u{feff}{BULGARIAN}").into_bytes(),
            encoded(
                TextEncoding::WINDOWS_1252,
                "name;city\nJosé;Málaga\nRenée;Nîmes\n",
            ),
            utf16,
            // Broken sequences, one cut by the end.
            b"name\nAnn\xff\nB\xc3\xa9a\nC\xc3\xa9\nD\xc3\xa9\nE\xc3".to_vec(),
            Vec::new(),
        ];
        for bytes in files {
            let at_once = TextFile::new(&bytes);
            assert_eq!(at_once.decoded, decode(&bytes));
            for chunk in [1, 2, 3, 5, 64, usize::MAX] {
                let mut decoding = TextFile::start(&bytes);
                let mut last = 0;
                while !decoding.advance(chunk) {
                    let (done, size) = decoding.progress();
                    assert!(done > last && done < size);
                    last = done;
                }
                assert!(decoding.advance(chunk), "finished stays finished");
                assert_eq!(decoding.progress(), (bytes.len(), bytes.len()));
                assert_eq!(
                    decoding.finish(),
                    at_once,
                    "{bytes:?}, {chunk} bytes at a time"
                );
            }
        }
    }
}
