package io.tillid.screening.internal.matching;

import java.util.Map;

/**
 * Korean personal names in Hangul: most are three syllables, a one-syllable family name and a
 * two-syllable given name (김정은 Kim Jong Un), written as one word; romanised letter by letter
 * they would be one part (gimjeongeun) that matches none of the ways the name is written in
 * Latin. A three-syllable word that starts with a common family name and goes on with two common
 * given-name syllables is written as three parts, the family name in the spelling Koreans use
 * for it (김 Kim, 이 Lee, 박 Park: the Revised Romanization's gim, i, bak are almost never
 * used for family names), the given name's syllables by the Revised Romanization. Loanwords
 * (오바마 Obama, 이리나 Irina) have syllables that are not common in given names and stay one
 * part: 리, 나 and 아, common in foreign names, are left out of the given-name syllables, and 마
 * (Maria) out of the family names.
 *
 * <p>Written for this project from general facts of Korean naming: the family names are the most
 * frequent ones of the Korean census, in their most common passport spelling; the given-name
 * syllables are common Sino-Korean syllables of given names.
 */
final class KoreanNames {

  private KoreanNames() {}

  /** Family names and their usual Latin spelling. */
  static final Map<Character, String> FAMILY_NAMES = Map.ofEntries(
      Map.entry('김', "kim"), Map.entry('이', "lee"), Map.entry('리', "ri"), Map.entry('박', "park"),
      Map.entry('최', "choi"), Map.entry('정', "jung"), Map.entry('강', "kang"), Map.entry('조', "cho"),
      Map.entry('윤', "yoon"), Map.entry('장', "jang"), Map.entry('임', "lim"), Map.entry('림', "rim"),
      Map.entry('한', "han"), Map.entry('오', "oh"), Map.entry('서', "seo"), Map.entry('신', "shin"),
      Map.entry('권', "kwon"), Map.entry('황', "hwang"), Map.entry('안', "ahn"), Map.entry('송', "song"),
      Map.entry('류', "ryu"), Map.entry('유', "yoo"), Map.entry('전', "jeon"), Map.entry('홍', "hong"),
      Map.entry('고', "ko"), Map.entry('문', "moon"), Map.entry('양', "yang"), Map.entry('손', "son"),
      Map.entry('배', "bae"), Map.entry('백', "baek"), Map.entry('허', "heo"), Map.entry('남', "nam"),
      Map.entry('심', "shim"), Map.entry('노', "noh"), Map.entry('로', "ro"), Map.entry('하', "ha"),
      Map.entry('곽', "kwak"), Map.entry('성', "sung"), Map.entry('차', "cha"), Map.entry('주', "joo"),
      Map.entry('우', "woo"), Map.entry('구', "koo"), Map.entry('민', "min"), Map.entry('진', "jin"),
      Map.entry('지', "ji"), Map.entry('엄', "eom"), Map.entry('채', "chae"), Map.entry('원', "won"),
      Map.entry('천', "cheon"), Map.entry('방', "bang"), Map.entry('공', "kong"), Map.entry('현', "hyun"),
      Map.entry('함', "ham"), Map.entry('변', "byun"), Map.entry('염', "yeom"), Map.entry('여', "yeo"),
      Map.entry('추', "choo"), Map.entry('도', "do"), Map.entry('소', "so"), Map.entry('석', "seok"),
      Map.entry('선', "sun"), Map.entry('설', "seol"), Map.entry('길', "gil"),
      Map.entry('연', "yeon"), Map.entry('위', "wi"), Map.entry('표', "pyo"), Map.entry('명', "myung"),
      Map.entry('기', "ki"), Map.entry('반', "ban"), Map.entry('왕', "wang"), Map.entry('금', "keum"),
      Map.entry('옥', "ok"), Map.entry('육', "yook"), Map.entry('인', "in"), Map.entry('맹', "maeng"),
      Map.entry('제', "je"), Map.entry('모', "mo"), Map.entry('탁', "tak"), Map.entry('국', "kook"),
      Map.entry('편', "pyun"), Map.entry('용', "yong"), Map.entry('경', "kyung"), Map.entry('봉', "bong"));

  /** Common syllables of given names. */
  private static final String GIVEN_NAME_SYLLABLES =
      "가각간갑강건걸경계고곤관광교구국군권규균근금기길남녀년노단달담대덕도동두란래량려련렬령례로록룡류륜률린림"
      + "만매명모목무문미민배백범병보복봉부분비빈사산삼상서석선설섭성세소속손송수숙순술승시식신실심안애양억언엽연열염영"
      + "여예오옥완왕요용우욱운웅원월위유윤율은을음응의이익인일임자작장재전정제조종주준중지직진찬창채천철청초춘충치탁태택"
      + "평표필하학한해행향혁현형혜호홍화환황회효훈휘흥희";

  static boolean givenNameSyllable(char c) {
    return GIVEN_NAME_SYLLABLES.indexOf(c) >= 0;
  }
}
