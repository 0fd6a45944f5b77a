//! The plain letters a reader types for each accented or special Latin letter, as one small table.

/// First of the characters in [`TABLE`]'s second part, Latin Extended Additional.
const ADDITIONAL: usize = 0x1E00;

/// Two bytes for each character of U+00C0–U+024F (Latin-1 Supplement, Latin Extended-A and -B)
/// and then of U+1E00–U+1EFF (Latin Extended Additional): the plain lowercase letters it folds
/// to, padded with a space, or two spaces for a character kept as it is (a sign, or a letter no
/// plain keyboard spells, such as ə or ʒ, which a search then matches as itself, case aside).
const TABLE: &str = concat!(
    "a a a a a a aec e e e e i i i i ", // U+00C0 ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ
    "d n o o o o o   o u u u u y thss", // U+00D0 ÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß
    "a a a a a a aec e e e e i i i i ", // U+00E0 àáâãäåæçèéêëìíîï
    "d n o o o o o   o u u u u y thy ", // U+00F0 ðñòóôõö÷øùúûüýþÿ
    "a a a a a a c c c c c c c c d d ", // U+0100 ĀāĂăĄąĆćĈĉĊċČčĎď
    "d d e e e e e e e e e e g g g g ", // U+0110 ĐđĒēĔĕĖėĘęĚěĜĝĞğ
    "g g g g h h h h i i i i i i i i ", // U+0120 ĠġĢģĤĥĦħĨĩĪīĬĭĮį
    "i i ijijj j k k k l l l l l l l ", // U+0130 İıĲĳĴĵĶķĸĹĺĻļĽľĿ
    "l l l n n n n n n n n n o o o o ", // U+0140 ŀŁłŃńŅņŇňŉŊŋŌōŎŏ
    "o o oeoer r r r r r s s s s s s ", // U+0150 ŐőŒœŔŕŖŗŘřŚśŜŝŞş
    "s s t t t t t t u u u u u u u u ", // U+0160 ŠšŢţŤťŦŧŨũŪūŬŭŮů
    "u u u u w w y y y z z z z z z s ", // U+0170 ŰűŲųŴŵŶŷŸŹźŻżŽžſ
    "b   b b       c c     d d       ", // U+0180 ƀƁƂƃƄƅƆƇƈƉƊƋƌƍƎƏ
    "  f f     hv    k k l       n   ", // U+0190 ƐƑƒƓƔƕƖƗƘƙƚƛƜƝƞƟ
    "o o oioip p           t t t   u ", // U+01A0 ƠơƢƣƤƥƦƧƨƩƪƫƬƭƮƯ
    "u     y y z z                   ", // U+01B0 ưƱƲƳƴƵƶƷƸƹƺƻƼƽƾƿ
    "        dzdzdzljljljnjnjnja a i ", // U+01C0 ǀǁǂǃǄǅǆǇǈǉǊǋǌǍǎǏ
    "i o o u u u u u u u u u u   a a ", // U+01D0 ǐǑǒǓǔǕǖǗǘǙǚǛǜǝǞǟ
    "a a aeaeg g g g k k o o o o     ", // U+01E0 ǠǡǢǣǤǥǦǧǨǩǪǫǬǭǮǯ
    "j dzdzdzg g hv  n n a a aeaeo o ", // U+01F0 ǰǱǲǳǴǵǶǷǸǹǺǻǼǽǾǿ
    "a a a a e e e e i i i i o o o o ", // U+0200 ȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏ
    "r r r r u u u u s s t t     h h ", // U+0210 ȐȑȒȓȔȕȖȗȘșȚțȜȝȞȟ
    "n d ououz z a a e e o o o o o o ", // U+0220 ȠȡȢȣȤȥȦȧȨȩȪȫȬȭȮȯ
    "o o y y l n t j dbqp  c c l   s ", // U+0230 ȰȱȲȳȴȵȶȷȸȹȺȻȼȽȾȿ
    "z     b     e e j j q q r r y y ", // U+0240 ɀɁɂɃɄɅɆɇɈɉɊɋɌɍɎɏ
    "a a b b b b b b c c d d d d d d ", // U+1E00 ḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏ
    "d d d d e e e e e e e e e e f f ", // U+1E10 ḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟ
    "g g h h h h h h h h h h i i i i ", // U+1E20 ḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯ
    "k k k k k k l l l l l l l l m m ", // U+1E30 ḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿ
    "m m m m n n n n n n n n o o o o ", // U+1E40 ṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏ
    "o o o o p p p p r r r r r r r r ", // U+1E50 ṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟ
    "s s s s s s s s s s t t t t t t ", // U+1E60 ṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯ
    "t t u u u u u u u u u u v v v v ", // U+1E70 ṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿ
    "w w w w w w w w w w x x x x y y ", // U+1E80 ẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏ
    "z z z z z z h t w y a s s s ss  ", // U+1E90 ẐẑẒẓẔẕẖẗẘẙẚẛẜẝẞẟ
    "a a a a a a a a a a a a a a a a ", // U+1EA0 ẠạẢảẤấẦầẨẩẪẫẬậẮắ
    "a a a a a a a a e e e e e e e e ", // U+1EB0 ẰằẲẳẴẵẶặẸẹẺẻẼẽẾế
    "e e e e e e e e i i i i o o o o ", // U+1EC0 ỀềỂểỄễỆệỈỉỊịỌọỎỏ
    "o o o o o o o o o o o o o o o o ", // U+1ED0 ỐốỒồỔổỖỗỘộỚớỜờỞở
    "o o o o u u u u u u u u u u u u ", // U+1EE0 ỠỡỢợỤụỦủỨứỪừỬửỮữ
    "u u y y y y y y y y llllv v y y ", // U+1EF0 ỰựỲỳỴỵỶỷỸỹỺỻỼỽỾỿ
);

const _: () = assert!(TABLE.is_ascii() && TABLE.len() == 2 * (0x250 - 0xC0 + 0x100));

/// What a reader types for `c`: "e" for é, "th" for þ, "ss" for ß, "fi" for the ligature ﬁ
/// (as text copied from a PDF has it); `None` for characters kept.
pub(crate) fn plain(c: char) -> Option<&'static str> {
    let at = match c as usize {
        c @ 0xC0..0x250 => c - 0xC0,
        c @ ADDITIONAL..0x1F00 => c - ADDITIONAL + 0x250 - 0xC0,
        c @ 0xFB00..0xFB07 => return Some(["ff", "fi", "fl", "ffi", "ffl", "st", "st"][c - 0xFB00]),
        _ => return None,
    };
    let plain = TABLE[2 * at..2 * at + 2].trim_end();
    (!plain.is_empty()).then_some(plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_fold_to_what_a_plain_keyboard_types() {
        let folded: Vec<_> = "ÀșȚþÐđłØæŒßŋħıİĳŀŉſǎǧǩȟǰǿǽǆẃỳệẞỻﬀﬁﬂﬃﬄﬅﬆ"
            .chars()
            .map(plain)
            .collect();
        let expected = [
            "a", "s", "t", "th", "d", "d", "l", "o", "ae", "oe", "ss", "n", "h", "i", "i", "ij", "l", "n",
            "s", "a", "g", "k", "h", "j", "o", "ae", "dz", "w", "y", "e", "ss", "ll", "ff", "fi", "fl",
            "ffi", "ffl", "st", "st",
        ];
        assert_eq!(folded, expected.map(Some));
    }

    #[test]
    fn signs_other_scripts_and_unspellable_letters_are_kept() {
        for c in [
            '×', '÷', 'ə', 'ʒ', 'ƿ', 'a', '\u{301}', 'ω', 'ж', '\u{1F00}', '\u{FB07}', 'ﬓ',
        ] {
            assert_eq!(plain(c), None, "{c}");
        }
    }
}
