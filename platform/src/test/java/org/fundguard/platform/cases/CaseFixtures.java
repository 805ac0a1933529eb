package org.fundguard.platform.cases;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.fundguard.platform.PlatformIT;
import org.fundguard.platform.clues.ClueService;
import org.fundguard.platform.clues.SourceKind;
import org.fundguard.platform.clues.Verdict;
import org.fundguard.platform.security.Role;
import org.fundguard.platform.web.CurrentUser;

/** Small builders for case tests: the demo accounts as actors, a confirmed clue made into a case, a record. */
final class CaseFixtures {
    static final CurrentUser DIRECTOR = new CurrentUser("director", Role.DIRECTOR);
    static final CurrentUser INVESTIGATOR = new CurrentUser("investigator", Role.INVESTIGATOR);
    static final CurrentUser LEGAL = new CurrentUser("legal", Role.LEGAL);
    static final LocalDateTime ON_SITE_START = PlatformIT.TODAY.atTime(9, 0);

    private CaseFixtures() {
    }

    /** A report about {@code institution} confirmed at {@code yuan}, filed as a case by the director; returns the case. */
    static CaseFile aCaseFromAConfirmedClue(ClueService clues, Cases cases, String institution, String yuan) {
        String clueId = clues.register(new ClueService.ManualClue(SourceKind.REPORT, "OVER_PRICE", institution, null,
                new BigDecimal(yuan), "JB-1", "群众举报超标准收费", PlatformIT.TODAY), "intake");
        clues.assign(clueId, "investigator", "director");
        clues.verify(clueId, Verdict.CONFIRMED, "核对收费票据属实", null, "investigator");
        String caseNo = clues.openCase(clueId, "director");
        return cases.findByNo(caseNo).orElseThrow();
    }

    static Investigation.RecordForm anInterview(List<String> officers) {
        return new Investigation.RecordForm(Investigation.RecordKind.INTERVIEW, "医院行政楼会议室", ON_SITE_START, ON_SITE_START.plusHours(1),
                "王大明", "收费科科长", "问：血常规如何收费？答：按35元收取。", officers);
    }
}
