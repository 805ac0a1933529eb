package org.fundguard.platform.reports;

import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the public form sends, as typed. {@link #toString()} leaves the identity, the password and the text
 * out: a record's generated toString would put them in any log line or exception that mentions it.
 */
record Submission(
        String actor,
        List<String> behaviours,
        String subject,
        String description,
        String occurredFrom,
        String occurredTo,
        String amount,
        boolean named,
        String name,
        String idNumber,
        String phone,
        String contact,
        boolean insider,
        boolean wantsReward,
        boolean privacyAccepted,
        String password,
        String passwordRepeat,
        String challengeToken,
        String challengeAnswer,
        List<MultipartFile> attachments) {

    Submission {
        behaviours = behaviours == null ? List.of() : List.copyOf(behaviours);
        attachments = attachments == null ? List.of()
                : attachments.stream().filter(f -> f != null && !f.isEmpty()).toList();
    }

    @Override
    public String toString() {
        return "Submission[" + actor + ", " + behaviours + (named ? ", named" : ", anonymous") + ", "
                + attachments.size() + " attachments]";
    }
}
