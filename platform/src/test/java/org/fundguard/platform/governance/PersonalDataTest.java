package org.fundguard.platform.governance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void masksResidentIdNumbersAndMobilesInText() {
        String text = "参保人身份证37010219800101123X，手机13912345678，另一证件110101199001011234。";

        assertThat(PersonalData.scrub(text))
                .isEqualTo("参保人身份证370102********123X，手机139****5678，另一证件110101********1234。");
    }

    @Test
    void leavesAmountsDatesAndInstitutionCodesAlone() {
        String text = "2024年3月追回12345678.90元，机构H37010200004，结算号 20240301000012345678901 不是证件号";

        assertThat(PersonalData.scrub(text)).isEqualTo(text);
    }

    @Test
    void masksAGivenNameWhereverTheTextRepeatsIt() {
        assertThat(PersonalData.scrub("王建国冒用他人医保卡，王建国已退赔。", "王建国")).isEqualTo("王**冒用他人医保卡，王**已退赔。");
        assertThat(PersonalData.scrub("无涉事个人。", "", null)).isEqualTo("无涉事个人。");
    }
}
