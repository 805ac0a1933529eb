package org.fundguard.core;

/** labels.csv — ground truth of generated or hand-labelled data; never read by detection. */
public record Label(Category scenario, SubjectType subjectType, String subjectId, long fundLossFen) implements java.io.Serializable {
}
