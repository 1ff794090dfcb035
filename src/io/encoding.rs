//! Text encodings of imported files: detected (a byte-order mark, UTF-16 by its zero bytes,
//! UTF-8 when the file is essentially UTF-8, otherwise `chardetng`'s guess), decoded with
//! `encoding_rs`, and changeable: the bytes are kept so another encoding can be tried.
//!
//! A UTF-8 file with a few broken bytes stays UTF-8: each broken sequence becomes U+FFFD and
//! is counted, so the page can say how many characters were replaced instead of reading the
//! whole file as Windows-1252.

use encoding_rs::{DecoderResult, Encoding};
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
/// otherwise `chardetng`'s guess among the legacy encodings.
pub fn detect(bytes: &[u8]) -> TextEncoding {
    if let Some((encoding, _)) = Encoding::for_bom(bytes) {
        return TextEncoding(encoding);
    }
    if let Some(utf16) = utf16_without_bom(&bytes[..bytes.len().min(SAMPLE)]) {
        return utf16;
    }
    let (valid, broken) = utf8_sequences(bytes);
    if broken == 0 || valid > 2 * broken {
        return TextEncoding::UTF_8;
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(&bytes[..bytes.len().min(SAMPLE)], true);
    TextEncoding(detector.guess(None, false))
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
    let mut decoding = Decoding::new(encoding, bytes.len());
    decoding.feed(bytes, true);
    decoding.decoded
}

/// A decoding fed the bytes a chunk at a time: `encoding_rs` keeps a sequence cut by the end
/// of a chunk for the next, so the text is the same however the bytes are cut.
struct Decoding {
    decoder: encoding_rs::Decoder,
    decoded: Decoded,
}

impl Decoding {
    fn new(encoding: TextEncoding, len: usize) -> Decoding {
        let decoder = encoding.0.new_decoder_with_bom_removal();
        let text = String::with_capacity(Decoding::room(&decoder, len));
        Decoding {
            decoder,
            decoded: Decoded {
                text,
                encoding,
                replaced: 0,
            },
        }
    }

    fn room(decoder: &encoding_rs::Decoder, n: usize) -> usize {
        decoder
            .max_utf8_buffer_length_without_replacement(n)
            .unwrap_or(n)
            .max(16)
    }

    /// Decodes `bytes`, the file's last ones with `last`.
    fn feed(&mut self, bytes: &[u8], last: bool) {
        let mut rest = bytes;
        let text = &mut self.decoded.text;
        loop {
            let (result, read) = self
                .decoder
                .decode_to_string_without_replacement(rest, text, last);
            rest = rest.get(read..).unwrap_or_default();
            match result {
                DecoderResult::InputEmpty => break,
                DecoderResult::OutputFull => {
                    text.reserve(Decoding::room(&self.decoder, rest.len()));
                }
                DecoderResult::Malformed(_, _) => {
                    text.push('\u{FFFD}');
                    self.decoded.replaced += 1;
                }
            }
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

    /// Detects the encoding of `bytes` and starts reading them in it, a chunk at a time.
    pub fn start(bytes: &[u8]) -> TextDecoding {
        let detected = detect(bytes);
        TextDecoding {
            bytes: Arc::from(bytes),
            detected,
            decoding: Decoding::new(detected, bytes.len()),
            pos: 0,
            finished: false,
        }
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

    /// The encodings to offer: the likely ones, with the detected one first when it is not
    /// among them.
    pub fn choices(&self) -> Vec<TextEncoding> {
        let extra = (!self.detected.is_listed()).then_some(self.detected);
        extra.into_iter().chain(TextEncoding::LIKELY).collect()
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
