import PlanCore
import Testing

@Suite struct LanguageTests {
    @Test func plandbLangWinsOverTheLocale() {
        #expect(Language.detect(["PLANDB_LANG": "ja", "LANG": "en_US.UTF-8"]) == .ja)
        #expect(Language.detect(["PLANDB_LANG": "en", "LC_ALL": "ja_JP.UTF-8"]) == .en)
        #expect(Language.detect(["PLANDB_LANG": "JA"]) == .ja)
    }

    @Test func theLocaleVariablesAreReadInPosixOrder() {
        #expect(Language.detect(["LANG": "ja_JP.UTF-8"]) == .ja)
        #expect(Language.detect(["LC_MESSAGES": "ja_JP.eucJP", "LANG": "C.UTF-8"]) == .ja)
        #expect(Language.detect(["LC_ALL": "C", "LC_MESSAGES": "ja_JP.UTF-8", "LANG": "ja_JP.UTF-8"]) == .en)
        #expect(Language.detect(["LC_ALL": "", "LANG": "ja_JP.UTF-8"]) == .ja)
    }

    @Test func anUnknownOrMissingLanguageIsEnglish() {
        #expect(Language.detect([:]) == .en)
        #expect(Language.detect(["PLANDB_LANG": "fr", "LANG": "fr_FR.UTF-8"]) == .en)
        #expect(Language.detect(["PLANDB_LANG": "fr", "LANG": "ja_JP.UTF-8"]) == .ja)
    }
}
