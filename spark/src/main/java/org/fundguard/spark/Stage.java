package org.fundguard.spark;

import java.io.Serializable;
import java.util.List;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.fundguard.engine.ScreeningModel;

/**
 * One detector as the job schedules it: region statistics folded over every claim, claims grouped by
 * key, one call per group. Screening models are exactly this; the audit rules are a stage keyed by
 * trace-code component (in practice by person) with no statistics. Kept apart from
 * {@link ScreeningModel} so the job can hold models of different statistics types in one array.
 */
interface Stage extends Serializable {
    String name();

    Serializable emptyStatistics();

    Serializable accumulate(Serializable statistics, Claim claim, Region region);

    Serializable merge(Serializable left, Serializable right);

    List<String> keys(Claim claim, Region region);

    List<Finding> screen(String key, List<Claim> group, Serializable statistics, Region region);

    /** Anything the stage must learn from the whole data set before it can key claims; itself by default. */
    default Stage prepared(org.apache.spark.sql.Dataset<byte[]> claims, Region region) {
        return this;
    }

    static <S extends Serializable> Stage of(ScreeningModel<S> model) {
        return new ModelStage<>(model);
    }

    /** Casts are safe: a model's statistics only ever come from its own emptyStatistics/accumulate/merge. */
    @SuppressWarnings("unchecked")
    record ModelStage<S extends Serializable>(ScreeningModel<S> model) implements Stage {
        @Override
        public String name() {
            return "MODEL:" + model.code();
        }

        @Override
        public Serializable emptyStatistics() {
            return model.emptyStatistics();
        }

        @Override
        public Serializable accumulate(Serializable statistics, Claim claim, Region region) {
            return model.accumulate((S) statistics, claim, region);
        }

        @Override
        public Serializable merge(Serializable left, Serializable right) {
            return model.merge((S) left, (S) right);
        }

        @Override
        public List<String> keys(Claim claim, Region region) {
            return model.keys(claim, region);
        }

        @Override
        public List<Finding> screen(String key, List<Claim> group, Serializable statistics, Region region) {
            return model.screen(key, group, (S) statistics, region);
        }
    }
}
